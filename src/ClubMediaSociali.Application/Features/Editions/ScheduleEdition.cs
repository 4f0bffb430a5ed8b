using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Domain.Newsletter;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Editions;

/// <summary>
/// A moderator sends an edition now (<paramref name="At"/> null) or at a time: the job starts it then, and
/// sends it a few mails at a time. A time already past means now. Scheduling again moves the time.
/// </summary>
[ChangesNoPublicPage("The archive shows an edition once it starts leaving.")]
public sealed record ScheduleEdition(Guid EditionId, DateTimeOffset? At) : ICommand<Result<DateTimeOffset>>;

public sealed class ScheduleEditionHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<ScheduleEdition, Result<DateTimeOffset>>
{
    public async ValueTask<Result<DateTimeOffset>> Handle(ScheduleEdition command, CancellationToken cancellationToken)
    {
        var edition = await db.NewsletterEditions.AsNoTracking()
            .Where(e => e.Id == command.EditionId).Select(e => new { e.Id, e.Status, e.TitleIt })
            .SingleOrDefaultAsync(cancellationToken);
        if (edition is null)
        {
            return EditionErrors.NotFound;
        }

        var now = clock.GetUtcNow();
        var at = command.At is { } when && when > now ? when : now;
        var scheduled = await db.NewsletterEditions
            .Where(e => e.Id == edition.Id && (e.Status == EditionStatus.Draft || e.Status == EditionStatus.Scheduled))
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.Status, EditionStatus.Scheduled).SetProperty(e => e.ScheduledFor, at).SetProperty(e => e.UpdatedAt, now), cancellationToken);
        if (scheduled == 0)
        {
            return EditionErrors.AlreadySent;
        }

        db.AuditLog.Record(currentMember.RequiredId, AuditActions.ScheduleEdition, AuditTargets.NewsletterEdition, edition.Id, edition.TitleIt, now);
        await db.SaveChangesAsync(cancellationToken);
        return at;
    }
}
