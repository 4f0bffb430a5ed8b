using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Events;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Events;

/// <summary>
/// An organiser marks a registered member as arrived at the door (or takes the mark back, for a wrong tap): from the
/// day the event starts until a week after it ends, when the list of who came is what it is.
/// </summary>
[ChangesNoPublicPage("Who came is seen by the organisers only.")]
public sealed record CheckInRegistrant(Guid EventId, Guid MemberId, bool Arrived) : ICommand<Result<Guid>>, ITransactional
{
    public static readonly TimeSpan OpensBefore = TimeSpan.FromDays(1);

    public static readonly TimeSpan ClosesAfter = TimeSpan.FromDays(7);

    /// <summary>Whether arrivals may be marked at <paramref name="now"/>: the one rule the list's buttons and the command read.</summary>
    public static bool DoorOpen(Event e, DateTimeOffset now) =>
        e.Status == EventStatus.Scheduled && now >= e.StartsAt - OpensBefore && now <= e.EndsAt + ClosesAfter;
}

public sealed class CheckInRegistrantHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<CheckInRegistrant, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(CheckInRegistrant command, CancellationToken cancellationToken)
    {
        var e = await db.Events.AsNoTracking().SingleOrDefaultAsync(x => x.Id == command.EventId, cancellationToken);
        if (e is null)
        {
            return EventErrors.NotFound;
        }

        if (!await EventPermissions.ManagesAsync(db, currentMember, e, cancellationToken))
        {
            return EventErrors.NotOrganizer;
        }

        var now = clock.GetUtcNow();
        if (e.Status == EventStatus.Cancelled)
        {
            return EventErrors.Cancelled;
        }

        if (!CheckInRegistrant.DoorOpen(e, now))
        {
            return EventErrors.CheckInClosed;
        }

        var arrivedAt = command.Arrived ? now : (DateTimeOffset?)null;
        var changed = await db.EventRegistrations
            .Where(r => r.EventId == e.Id && r.MemberId == command.MemberId && r.Status == RegistrationStatus.Registered)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.CheckedInAt, r => command.Arrived ? r.CheckedInAt ?? arrivedAt : null), cancellationToken);
        return changed == 1 ? e.Id : EventErrors.NotRegistered;
    }
}
