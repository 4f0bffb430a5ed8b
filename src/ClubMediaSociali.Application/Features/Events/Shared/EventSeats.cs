using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Events;
using ClubMediaSociali.Application.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Events;

/// <summary>
/// Who has a seat, decided in the database at the moment of the request (a page opened earlier decides nothing):
/// registrations and cancellations of one event lock its row for their transaction, so they take turns in the order
/// PostgreSQL grants the lock, and the counts, the numbers and the waiting list stay exact under any load.
/// </summary>
public sealed class EventSeats(ClubDbContext db)
{
    /// <summary>The event, its row locked until the transaction ends; none when it does not exist.</summary>
    public async Task<Event?> LockAsync(Guid eventId, CancellationToken cancellationToken) =>
        (await db.Events.FromSql($"SELECT * FROM events WHERE id = {eventId} FOR UPDATE").ToListAsync(cancellationToken)).SingleOrDefault();

    /// <summary>
    /// Takes a seat, or a place in the waiting list when the seats are taken (its number is its order). Registering
    /// again after cancelling takes a new number; registering twice changes nothing.
    /// </summary>
    public async Task<EventRegistration> RegisterAsync(Event e, Guid memberId, string? answer, bool showMe, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var registration = await db.EventRegistrations.SingleOrDefaultAsync(r => r.EventId == e.Id && r.MemberId == memberId, cancellationToken);
        if (registration is { Status: RegistrationStatus.Registered or RegistrationStatus.Waiting })
        {
            return registration;
        }

        if (registration is null)
        {
            registration = new EventRegistration { EventId = e.Id, MemberId = memberId };
            db.EventRegistrations.Add(registration);
        }

        var seated = e.HasRoom;
        e.LastNumber++;
        registration.Number = e.LastNumber;
        registration.Status = seated ? RegistrationStatus.Registered : RegistrationStatus.Waiting;
        registration.Answer = answer;
        registration.ShowMe = showMe;
        registration.RegisteredAt = now;
        registration.PromotedAt = null;
        registration.CancelledAt = null;
        if (seated)
        {
            e.RegisteredCount++;
        }
        else
        {
            e.WaitingCount++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return registration;
    }

    /// <summary>Gives up a seat or a place in the waiting list; a seat given up goes to the first waiting. Returns who was promoted.</summary>
    public async Task<IReadOnlyList<Guid>> CancelAsync(Event e, EventRegistration registration, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var hadSeat = registration.Status == RegistrationStatus.Registered;
        registration.Status = RegistrationStatus.Cancelled;
        registration.CancelledAt = now;
        if (hadSeat)
        {
            e.RegisteredCount--;
        }
        else
        {
            e.WaitingCount--;
        }

        await db.SaveChangesAsync(cancellationToken);
        return hadSeat ? await PromoteAsync(e, now, cancellationToken) : [];
    }

    /// <summary>Tells everyone registered or waiting of a change of time or place, or of the cancellation.</summary>
    public async Task NotifyAsync(Event e, NotificationKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var people = await db.EventRegistrations
            .Where(r => r.EventId == e.Id && (r.Status == RegistrationStatus.Registered || r.Status == RegistrationStatus.Waiting))
            .Select(r => r.MemberId).ToListAsync(cancellationToken);
        db.Notifications.AddRange(people.Select(member => Notification.Of(member, kind, e.Title, Target.Event(e.Id), now)));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Fills the free seats from the waiting list, first come first served. Returns who was promoted.</summary>
    public async Task<IReadOnlyList<Guid>> PromoteAsync(Event e, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (e.WaitingCount == 0 || !e.HasRoom || e.Status != EventStatus.Scheduled || e.EndsAt <= now)
        {
            return [];
        }

        var room = e.Capacity is { } capacity ? capacity - e.RegisteredCount : e.WaitingCount;
        var promoted = await db.EventRegistrations
            .Where(r => r.EventId == e.Id && r.Status == RegistrationStatus.Waiting)
            .OrderBy(r => r.Number)
            .Take(room)
            .ToListAsync(cancellationToken);
        foreach (var registration in promoted)
        {
            registration.Status = RegistrationStatus.Registered;
            registration.PromotedAt = now;
            // The place is theirs: told in the site and, unless they chose otherwise, by mail.
            db.Notifications.Add(Notification.Of(registration.MemberId, NotificationKinds.EventPromoted, e.Title, Target.Event(e.Id), now));
        }

        e.RegisteredCount += promoted.Count;
        e.WaitingCount -= promoted.Count;
        await db.SaveChangesAsync(cancellationToken);
        return [.. promoted.Select(r => r.MemberId)];
    }
}
