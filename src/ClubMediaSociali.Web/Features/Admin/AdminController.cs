using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Features.Admin;
using ClubMediaSociali.Application.Features.Members;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Admin;

/// <summary>Admins: staff roles, the professional role taxonomy, and the log of staff actions.</summary>
[Authorize(Policy = Policies.Admin)]
[Route("admin")]
public sealed class AdminController(IMediator mediator, IStringLocalizer<SharedResource> text) : ClubController
{
    [HttpGet("")]
    public Task<IActionResult> Index(CancellationToken cancellationToken) => StaffPageAsync(new ChangeStaffRole(), cancellationToken);

    [HttpPost("staff")]
    public async Task<IActionResult> ChangeStaffRole(ChangeStaffRole form, CancellationToken cancellationToken)
    {
        var command = form;
        if (ModelState.IsValid)
        {
            var result = await mediator.Send(command, cancellationToken);
            if (result.IsSuccess)
            {
                Notice((command.Grant
                    ? text["Ruolo {0} assegnato a {1}.", RoleName(command.Role), result.Value]
                    : text["Ruolo {0} tolto a {1}.", RoleName(command.Role), result.Value]).Value);
                return RedirectToAction(nameof(Index));
            }

            AddRefusal(result.Error!);
        }

        return await StaffPageAsync(command, cancellationToken);
    }

    [HttpGet("ruoli")]
    public Task<IActionResult> Roles(CancellationToken cancellationToken) => RolesPageAsync(new SaveProfessionalRole(), cancellationToken);

    [HttpPost("ruoli")]
    public async Task<IActionResult> SaveRole(SaveProfessionalRole form, CancellationToken cancellationToken)
    {
        var command = form;
        if (ModelState.IsValid)
        {
            var result = await mediator.Send(command, cancellationToken);
            if (result.IsSuccess)
            {
                Notice(text["Ruolo professionale salvato."]);
                return RedirectToAction(nameof(Roles));
            }

            return NotFound();
        }

        return await RolesPageAsync(command, cancellationToken);
    }

    private string RoleName(string role) => role == Application.Domain.Members.StaffRoles.Admin ? text["Amministratore"] : text["Moderatore"];

    private async Task<IActionResult> StaffPageAsync(ChangeStaffRole form, CancellationToken cancellationToken)
    {
        var staff = await mediator.Send(new GetStaff(), cancellationToken);
        var log = await mediator.Send(new GetAuditLog(), cancellationToken);
        return View("Index", new AdminPage(staff, log, form));
    }

    private async Task<IActionResult> RolesPageAsync(SaveProfessionalRole form, CancellationToken cancellationToken)
    {
        var groupsIt = await mediator.Send(new GetProfessionalRoles(Language.Italian), cancellationToken);
        var groupsEn = await mediator.Send(new GetProfessionalRoles(Language.English), cancellationToken);
        var english = groupsEn.SelectMany(g => g.Roles).ToDictionary(r => r.Id, r => r.Name);
        return View("Roles", new RolesPage(groupsIt, english, form));
    }
}

public sealed record AdminPage(IReadOnlyList<StaffMember> Staff, IReadOnlyList<AuditLine> Log, ChangeStaffRole Form);

public sealed record RolesPage(IReadOnlyList<RoleGroupOption> Groups, IReadOnlyDictionary<int, string> EnglishNames, SaveProfessionalRole Form);
