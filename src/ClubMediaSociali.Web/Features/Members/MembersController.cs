using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Network;
using ClubMediaSociali.Application.Features.Following;
using ClubMediaSociali.Application.Features.Members;
using ClubMediaSociali.Web.Features.Media;
using ClubMediaSociali.Web.Infrastructure;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using ClubMediaSociali.Web.Infrastructure.Caching;
using ClubMediaSociali.Web.Infrastructure.Localization;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Members;

/// <summary>Members' profiles: reading anyone's (as their visibility allows) and editing one's own.</summary>
public sealed class MembersController(IMediator mediator, IStringLocalizer<SharedResource> text, SignInManager<Member> signIn) : ClubController
{
    [AllowAnonymous]
    [OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.Members])]
    [HttpGet("/membri")]
    public async Task<IActionResult> Directory(DirectoryFilters filters, CancellationToken cancellationToken)
    {
        var viewer = User.MemberIdOrNull();
        var roleGroups = await mediator.Send(new GetProfessionalRoles(ClubCultures.Current), cancellationToken);
        var page = await mediator.Send(filters.ToQuery(viewer, ClubCultures.Current, roleGroups), cancellationToken);
        var followed = viewer is null ? null : await mediator.Send(new GetFollowedAmong(FollowKind.Member, [.. page.Members.Select(m => m.Id)]), cancellationToken);
        return View(new DirectoryViewModel(filters, page, roleGroups, viewer, followed));
    }

    [AllowAnonymous]
    [OutputCache(PolicyName = PageCache.MemberPolicy, Tags = [PageCache.Members, PageCache.Ideas, PageCache.Practices])]
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

    /// <summary>The members an "@" being typed may mean, for the editors' autocomplete (htmx, at each pause in typing).</summary>
    [Authorize(Policy = Policies.Member)]
    [HttpGet("/menzioni/suggerimenti")]
    [EnableRateLimiting(RateLimits.Mentions)]
    public async Task<IActionResult> Mentions(string? q, CancellationToken cancellationToken) =>
        PartialView("_MentionSuggestions", await mediator.Send(new SuggestMentions(q ?? ""), cancellationToken));

    [Authorize(Policy = Policies.Member)]
    [HttpGet("/profilo/modifica")]
    public async Task<IActionResult> Edit(CancellationToken cancellationToken)
    {
        var form = await mediator.Send(new GetProfileForEditing(), cancellationToken);
        return form is null ? NotFound() : await EditPageAsync(form, cancellationToken);
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
                // The name and the time zone travel in the sign-in cookie: renewed at once.
                if (await signIn.UserManager.GetUserAsync(User) is { } member)
                {
                    await signIn.RefreshSignInAsync(member);
                }

                Notice(text["Profilo aggiornato."]);
                return RedirectToAction(nameof(Profile), new { handle = result.Value });
            }

            return NotFound();
        }

        return await EditPageAsync(command, cancellationToken);
    }

    [Authorize(Policy = Policies.Member)]
    [UploadLimit(UploadKind.Picture)]
    [LimitedForm(FormLimit.Contributions, Field = PictureField.FileField)]
    [HttpPost("/profilo/foto")]
    public async Task<IActionResult> Photo(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            ModelState.AddModelError(PictureField.FileField, text["Scegli una foto dal tuo dispositivo."]);
        }

        if (ModelState.IsValid && file is not null)
        {
            var result = await mediator.Send(new SetProfilePhoto(await UploadedFiles.ReadAsync(file, cancellationToken)), cancellationToken);
            if (result.IsSuccess)
            {
                Notice(text["Foto aggiornata: ora si vede accanto al tuo nome in tutto il Club."]);
                return Redirect("/profilo/modifica#immagine");
            }

            if (result.Error!.Kind != Application.Common.Results.ErrorKind.Invalid)
            {
                return Refusal(result.Error);
            }

            AddRefusal(result.Error);
        }

        var form = await mediator.Send(new GetProfileForEditing(), cancellationToken);
        return form is null ? NotFound() : await EditPageAsync(form, cancellationToken);
    }

    [Authorize(Policy = Policies.Member)]
    [HttpPost("/profilo/foto/rimuovi")]
    public async Task<IActionResult> RemovePhoto(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new SetProfilePhoto(null), cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!);
        }

        Notice(text["Foto rimossa: al suo posto si vedono le tue iniziali."]);
        return Redirect("/profilo/modifica#immagine");
    }

    private async Task<IActionResult> EditPageAsync(UpdateProfile form, CancellationToken cancellationToken)
    {
        var photo = await mediator.Send(new GetProfilePhoto(), cancellationToken);
        if (photo is null)
        {
            return NotFound();
        }

        await ViewData.LoadRoleGroupsAsync(mediator, cancellationToken);
        ViewData[nameof(PictureField)] = new PictureField(photo.MemberId, photo.DisplayName, photo.PhotoHash, Company: false, "/profilo/foto");
        return View(nameof(Edit), form);
    }
}

public static class RegionNames
{
    public static string Of(ItalianRegion region) => ItalianRegions.Name(region, ClubCultures.Current);
}
