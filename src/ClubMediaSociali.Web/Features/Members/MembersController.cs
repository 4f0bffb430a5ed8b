using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Features.Members;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using ClubMediaSociali.Web.Infrastructure.Caching;
using ClubMediaSociali.Web.Infrastructure.Localization;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Members;

/// <summary>Members' profiles: reading anyone's (as their visibility allows) and editing one's own.</summary>
public sealed class MembersController(IMediator mediator, IStringLocalizer<SharedResource> text) : ClubController
{
    [AllowAnonymous]
    [OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.Members])]
    [HttpGet("/membri")]
    public async Task<IActionResult> Directory(DirectoryFilters filters, CancellationToken cancellationToken)
    {
        var viewer = User.MemberIdOrNull();
        var roleGroups = await mediator.Send(new GetProfessionalRoles(ClubCultures.Current), cancellationToken);
        var page = await mediator.Send(filters.ToQuery(viewer, ClubCultures.Current, roleGroups), cancellationToken);
        return View(new DirectoryViewModel(filters, page, roleGroups, viewer is not null));
    }

    [AllowAnonymous]
    [OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.Members, PageCache.Ideas, PageCache.Practices])]
    [HttpGet("/membri/{handle}")]
    public async Task<IActionResult> Profile(string handle, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetMemberProfile(handle, ClubCultures.Current), cancellationToken);
        if (result.IsSuccess)
        {
            return View(result.Value);
        }

        return result.Error == MemberProfileErrors.MembersOnly ? View("MembersOnly") : NotFound();
    }

    [Authorize(Policy = Policies.Member)]
    [HttpGet("/profilo/modifica")]
    public async Task<IActionResult> Edit(CancellationToken cancellationToken)
    {
        var form = await mediator.Send(new GetProfileForEditing(), cancellationToken);
        if (form is null)
        {
            return NotFound();
        }

        await ViewData.LoadRoleGroupsAsync(mediator, cancellationToken);
        return View(form);
    }

    [Authorize(Policy = Policies.Member)]
    [HttpPost("/profilo/modifica")]
    public async Task<IActionResult> Edit(UpdateProfile form, CancellationToken cancellationToken)
    {
        // Whatever the form says, members edit only their own profile.
        var command = form;
        if (ModelState.IsValid)
        {
            var result = await mediator.Send(command, cancellationToken);
            if (result.IsSuccess)
            {
                Notice(text["Profilo aggiornato."]);
                return RedirectToAction(nameof(Profile), new { handle = result.Value });
            }

            return NotFound();
        }

        await ViewData.LoadRoleGroupsAsync(mediator, cancellationToken);
        return View(command);
    }
}

public static class RegionNames
{
    public static string Of(ItalianRegion region) => ItalianRegions.Name(region, ClubCultures.Current);
}
