using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Domain.Newsletter;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Editions;

/// <summary>A moderator takes a scheduled edition back to draft, as long as it has not started leaving.</summary>
[ChangesNoPublicPage("A draft is seen by moderators only.")]
public sealed record UnscheduleEdition(Guid EditionId) : ICommand<Result<Guid>>;

public sealed class UnscheduleEditionHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<UnscheduleEdition, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(UnscheduleEdition command, CancellationToken cancellationToken)
    {
        var edition = await db.NewsletterEditions.AsNoTracking()
            .Where(e => e.Id == command.EditionId).Select(e => new { e.Id, e.TitleIt })
            .SingleOrDefaultAsync(cancellationToken);
        if (edition is null)
        {
            return EditionErrors.NotFound;
        }

        var now = clock.GetUtcNow();
        var changed = await db.NewsletterEditions
            .Where(e => e.Id == edition.Id && (e.Status == EditionStatus.Scheduled || e.Status == EditionStatus.Draft))
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.Status, EditionStatus.Draft).SetProperty(e => e.ScheduledFor, (DateTimeOffset?)null).SetProperty(e => e.UpdatedAt, now), cancellationToken);
        if (changed == 0)
        {
            return EditionErrors.AlreadySent;
        }

        db.AuditLog.Record(currentMember.RequiredId, AuditActions.UnscheduleEdition, AuditTargets.NewsletterEdition, edition.Id, edition.TitleIt, now);
        await db.SaveChangesAsync(cancellationToken);
        return edition.Id;
    }
}
