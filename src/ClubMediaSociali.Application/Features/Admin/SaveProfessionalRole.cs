using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Moderation;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Admin;

/// <summary>
/// An admin adds a professional role to a group, or renames one (with a reason when renaming).
/// Roles are never deleted: members hold them.
/// </summary>
[ChangesPages(PublicPages.Everything)]
public sealed record SaveProfessionalRole : ICommand<Result<int>>
{
    /// <summary>0 to add a new role.</summary>
    public int RoleId { get; init; }

    public int GroupId { get; init; }

    [SingleLine]
    public string NameIt { get; init; } = "";

    [SingleLine]
    public string NameEn { get; init; } = "";

    public string? Reason { get; init; }
}

public static class ProfessionalRoleErrors
{
    public static readonly Error NotFound = Error.NotFound("roles.not_found");
}

public sealed class SaveProfessionalRoleValidator : AbstractValidator<SaveProfessionalRole>
{
    public SaveProfessionalRoleValidator(IStringLocalizer<ValidationMessages> text, ClubDbContext db)
    {
        RuleFor(c => c.NameIt)
            .Cascade(CascadeMode.Stop)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => text["Scrivi il nome in italiano."])
            .ClubMaxLength(text, ProfessionalRole.NameMaxLength);
        RuleFor(c => c.NameEn)
            .Cascade(CascadeMode.Stop)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => text["Scrivi il nome in inglese."])
            .ClubMaxLength(text, ProfessionalRole.NameMaxLength);
        RuleFor(c => c.GroupId)
            .MustAsync((id, ct) => db.ProfessionalRoleGroups.AnyAsync(g => g.Id == id, ct))
            .When(c => c.RoleId == 0)
            .WithMessage(_ => text["Scegli un'area dall'elenco."]);
        RuleFor(c => c.Reason)
            .ClubMaxLength(text, AuditEntry.ReasonMaxLength);
    }
}

public sealed class SaveProfessionalRoleHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<SaveProfessionalRole, Result<int>>
{
    public async ValueTask<Result<int>> Handle(SaveProfessionalRole command, CancellationToken cancellationToken)
    {
        ProfessionalRole role;
        string action;
        string details;
        if (command.RoleId == 0)
        {
            var key = Handles.FromDisplayName(command.NameIt);
            var taken = await db.ProfessionalRoles.CountAsync(r => r.Key == key || r.Key.StartsWith(key + "-"), cancellationToken);
            var maxOrder = await db.ProfessionalRoles.Where(r => r.GroupId == command.GroupId).MaxAsync(r => (int?)r.SortOrder, cancellationToken) ?? 0;
            role = new ProfessionalRole
            {
                Key = taken == 0 ? key : $"{key}-{taken + 1}",
                GroupId = command.GroupId,
                NameIt = command.NameIt.Trim(),
                NameEn = command.NameEn.Trim(),
                SortOrder = maxOrder + 1,
            };
            db.ProfessionalRoles.Add(role);
            action = AuditActions.CreateProfessionalRole;
            details = role.NameIt;
        }
        else
        {
            var existing = await db.ProfessionalRoles.SingleOrDefaultAsync(r => r.Id == command.RoleId, cancellationToken);
            if (existing is null)
            {
                return ProfessionalRoleErrors.NotFound;
            }

            role = existing;
            details = $"{role.NameIt} → {command.NameIt.Trim()}";
            role.NameIt = command.NameIt.Trim();
            role.NameEn = command.NameEn.Trim();
            action = AuditActions.RenameProfessionalRole;
        }

        await db.SaveChangesAsync(cancellationToken);
        db.AuditLog.Add(new AuditEntry
        {
            ActorId = currentMember.RequiredId == Guid.Empty ? null : currentMember.RequiredId,
            Action = action,
            TargetType = AuditTargets.ProfessionalRole,
            TargetId = role.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Details = details,
            Reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim(),
            At = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return role.Id;
    }
}
