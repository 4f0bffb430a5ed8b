using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Moderation;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Moderation;

/// <summary>A moderator reads an appeal and keeps the suspension: the appeal closes, and the member may write again.</summary>
[ChangesNoPublicPage("the suspension stays as it was")]
public sealed record DismissAppeal(Guid AppealId) : ICommand<Result<Unit>>;

public sealed class DismissAppealHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<DismissAppeal, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(DismissAppeal command, CancellationToken cancellationToken)
    {
        var appeal = await db.SuspensionAppeals.SingleOrDefaultAsync(a => a.Id == command.AppealId, cancellationToken);
        if (appeal is null)
        {
            return ModerationErrors.NotFound;
        }

        if (appeal.ClosedAt is not null)
        {
            return ModerationErrors.AlreadyDecided;
        }

        var now = clock.GetUtcNow();
        appeal.ClosedAt = now;
        db.AuditLog.Record(currentMember.RequiredId, AuditActions.DismissAppeal, AuditTargets.Member, appeal.MemberId, null, now);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
