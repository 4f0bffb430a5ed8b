using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Moderation;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Admin;

/// <summary>An admin grants or revokes a staff role (Moderator, Admin), always with a reason, always logged.</summary>
[ChangesNoPublicPage("staff roles show on no public page")]
public sealed record ChangeStaffRole : ICommand<Result<string>>
{
    public string MemberEmail { get; init; } = "";

    public string Role { get; init; } = StaffRoles.Moderator;

    public bool Grant { get; init; } = true;

    public string Reason { get; init; } = "";
}

public sealed class ChangeStaffRoleValidator : AbstractValidator<ChangeStaffRole>
{
    public ChangeStaffRoleValidator(IStringLocalizer<ValidationMessages> text)
    {
        RuleFor(c => c.MemberEmail).NotEmpty().WithMessage(_ => text["Scrivi l'indirizzo email del membro."])
            .ClubEmailLength(text);
        RuleFor(c => c.Role).Must(r => StaffRoles.All.Contains(r)).WithMessage(_ => text["Scegli un ruolo dall'elenco."]);
        RuleFor(c => c.Reason)
            .Cascade(CascadeMode.Stop)
            .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(_ => text["Scrivi il motivo: resta nel registro delle azioni."])
            .ClubMaxLength(text, AuditEntry.ReasonMaxLength);
    }
}

public sealed class ChangeStaffRoleHandler(ICurrentMember currentMember, ClubDbContext db, UserManager<Member> users, TimeProvider clock)
    : ICommandHandler<ChangeStaffRole, Result<string>>
{
    public async ValueTask<Result<string>> Handle(ChangeStaffRole command, CancellationToken cancellationToken)
    {
        var member = await users.FindByEmailAsync(command.MemberEmail.Trim());
        if (member is null || member.DeletedAt is not null)
        {
            return StaffErrors.MemberNotFound;
        }

        if (!command.Grant && command.Role == StaffRoles.Admin && (await users.GetUsersInRoleAsync(StaffRoles.Admin)).Count <= 1
            && await users.IsInRoleAsync(member, StaffRoles.Admin))
        {
            return StaffErrors.LastAdmin;
        }

        var result = command.Grant
            ? (await users.IsInRoleAsync(member, command.Role) ? IdentityResult.Success : await users.AddToRoleAsync(member, command.Role))
            : (await users.IsInRoleAsync(member, command.Role) ? await users.RemoveFromRoleAsync(member, command.Role) : IdentityResult.Success);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        db.AuditLog.Add(new AuditEntry
        {
            ActorId = currentMember.RequiredId == Guid.Empty ? null : currentMember.RequiredId,
            Action = command.Grant ? AuditActions.GrantStaffRole : AuditActions.RevokeStaffRole,
            TargetType = AuditTargets.Member,
            TargetId = member.Id.ToString(),
            Details = command.Role,
            Reason = command.Reason.Trim(),
            At = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return member.DisplayName;
    }
}
