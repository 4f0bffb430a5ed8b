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

namespace ClubMediaSociali.Application.Features.Moderation;

/// <summary>
/// An admin suspends a member with a reason the member will read: no sign-in, out of the directory, the
/// leaderboards, suggestions and digests; their contributions stay. <see cref="ReinstateMember"/> lifts it.
/// Answers the member's handle.
/// </summary>
[ChangesPages(PublicPages.Everything)]
public sealed record SuspendMember : ICommand<Result<string>>
{
    public Guid MemberId { get; init; }

    public string Reason { get; init; } = "";
}

public sealed class SuspendMemberValidator : AbstractValidator<SuspendMember>
{
    public SuspendMemberValidator(IStringLocalizer<ValidationMessages> text)
    {
        RuleFor(c => c.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(_ => text["Scrivi il motivo: il membro lo leggerà quando prova ad accedere."]);
        RuleFor(c => c.Reason).ClubMaxLength(text, Member.SuspensionReasonMaxLength);
    }
}

public sealed class SuspendMemberHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<SuspendMember, Result<string>>
{
    public async ValueTask<Result<string>> Handle(SuspendMember command, CancellationToken cancellationToken)
    {
        var member = await db.Users.SingleOrDefaultAsync(m => m.Id == command.MemberId && m.DeletedAt == null, cancellationToken);
        if (member is null)
        {
            return ModerationErrors.NotFound;
        }

        if (member.Id == currentMember.RequiredId || await db.UserRoles.AnyAsync(r => r.UserId == member.Id, cancellationToken))
        {
            return ModerationErrors.Staff;
        }

        if (member.SuspendedAt is not null)
        {
            return ModerationErrors.AlreadySuspended;
        }

        var now = clock.GetUtcNow();
        var reason = command.Reason.Trim();
        member.SuspendedAt = now;
        member.SuspendedById = currentMember.RequiredId;
        member.SuspensionReason = reason;
        member.SuspendedForSpam = false;
        member.SecurityStamp = Guid.NewGuid().ToString();
        db.AuditLog.Record(currentMember.RequiredId, AuditActions.SuspendMember, AuditTargets.Member, member.Id, member.DisplayName, now, reason);
        await db.SaveChangesAsync(cancellationToken);
        return member.Handle;
    }
}
