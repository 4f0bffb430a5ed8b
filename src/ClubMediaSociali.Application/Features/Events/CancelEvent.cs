using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Events;
using ClubMediaSociali.Application.Domain.Notifications;
using Mediator;

namespace ClubMediaSociali.Application.Features.Events;

/// <summary>
/// Its organisers (or a moderator) cancel an event that is not over: it leaves the list, its page says so, its
/// calendar entry becomes STATUS:CANCELLED with the next SEQUENCE (the same UID), and everyone registered or waiting
/// is told in the site and by mail.
/// </summary>
[ChangesPages(PublicPages.Events)]
public sealed record CancelEvent(Guid EventId) : ICommand<Result<Guid>>, ITransactional;

public sealed class CancelEventHandler(ICurrentMember currentMember, ClubDbContext db, EventSeats seats, TimeProvider clock) : ICommandHandler<CancelEvent, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(CancelEvent command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var e = await seats.LockAsync(command.EventId, cancellationToken);
        if (e is null)
        {
            return EventErrors.NotFound;
        }

        if (!await EventPermissions.ManagesAsync(db, currentMember, e, cancellationToken))
        {
            return EventErrors.NotOrganizer;
        }

        if (e.Status == EventStatus.Cancelled)
        {
            return e.Id;
        }

        if (e.EndsAt <= now)
        {
            return EventErrors.Over;
        }

        e.Status = EventStatus.Cancelled;
        e.CancelledAt = now;
        e.Sequence++;
        e.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await seats.NotifyAsync(e, NotificationKinds.EventCancelled, now, cancellationToken);
        return e.Id;
    }
}
