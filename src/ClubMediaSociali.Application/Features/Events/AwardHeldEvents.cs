using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Events;
using ClubMediaSociali.Application.Domain.Reputation;
using ClubMediaSociali.Application.Features.Reputation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Events;

/// <summary>
/// After an event ends, its organiser (who created it) and each speaker earn their points once, if it was held with at
/// least <see cref="ReputationReasons.EventAttendees"/> attendees: those marked at the door when the organisers marked
/// arrivals, otherwise those with a seat at the end. Each ended event is looked at once, a batch at a time.
/// </summary>
[ChangesNoPublicPage("Reputation moves on members' pages, which are not kept in the page cache.")]
public sealed record AwardHeldEvents(DateTimeOffset Now) : ICommand<HeldEventsChecked>
{
    public const int Batch = 100;
}

/// <summary>How many ended events were looked at, and how many of them were held.</summary>
public sealed record HeldEventsChecked(int Looked, int Held);

public sealed class AwardHeldEventsHandler(ClubDbContext db, ReputationLedger reputation) : ICommandHandler<AwardHeldEvents, HeldEventsChecked>
{
    public async ValueTask<HeldEventsChecked> Handle(AwardHeldEvents command, CancellationToken cancellationToken)
    {
        var ended = await db.Events
            .Where(e => e.EndsAt <= command.Now && e.ReputationCheckedAt == null)
            .OrderBy(e => e.EndsAt).Take(AwardHeldEvents.Batch)
            .Select(e => new
            {
                e.Id,
                e.Status,
                e.CreatedById,
                e.SpeakerIds,
                Seated = e.RegisteredCount,
                Arrived = db.EventRegistrations.Count(r => r.EventId == e.Id && r.Status == RegistrationStatus.Registered && r.CheckedInAt != null),
            })
            .ToListAsync(cancellationToken);
        var held = 0;
        foreach (var e in ended)
        {
            var attendees = e.Arrived > 0 ? e.Arrived : e.Seated;
            if (e.Status == EventStatus.Scheduled && attendees >= ReputationReasons.EventAttendees)
            {
                held++;
                await reputation.AwardAsync(e.CreatedById, ReputationReasons.EventHeld, e.Id, cancellationToken);
                foreach (var speaker in e.SpeakerIds)
                {
                    await reputation.AwardAsync(speaker, ReputationReasons.EventSpoke, e.Id, cancellationToken);
                }
            }

            await db.Events.Where(x => x.Id == e.Id).ExecuteUpdateAsync(set => set.SetProperty(x => x.ReputationCheckedAt, command.Now), cancellationToken);
        }

        return new HeldEventsChecked(ended.Count, held);
    }
}
