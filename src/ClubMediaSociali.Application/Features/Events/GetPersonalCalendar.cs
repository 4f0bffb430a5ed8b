using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Events;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Events;

/// <summary>
/// A member's personal calendar, read by their calendar app at the secret address (no sign-in): the events they are
/// registered or waiting for and those they created, from a month ago on, cancelled ones included so calendars
/// learn of it; with the online link where they are registered or organise. None for an unknown or revoked secret.
/// </summary>
public sealed record GetPersonalCalendar(string Secret) : IQuery<IReadOnlyList<Event>?>
{
    public const int Max = 300;

    public static readonly TimeSpan Behind = TimeSpan.FromDays(30);
}

public sealed class GetPersonalCalendarHandler(ClubDbContext db, TimeProvider clock) : IQueryHandler<GetPersonalCalendar, IReadOnlyList<Event>?>
{
    public async ValueTask<IReadOnlyList<Event>?> Handle(GetPersonalCalendar query, CancellationToken cancellationToken)
    {
        if (!CalendarFeeds.LooksLikeSecret(query.Secret))
        {
            return null;
        }

        var hash = CalendarFeeds.Hash(query.Secret);
        var member = await db.Users.Where(m => m.CalendarFeedHash == hash && m.DeletedAt == null && m.SuspendedAt == null)
            .Select(m => (Guid?)m.Id).SingleOrDefaultAsync(cancellationToken);
        if (member is not { } me)
        {
            return null;
        }

        // From the member's own rows (their registrations, the events they created), then those events: no scan of the rest.
        var since = clock.GetUtcNow() - GetPersonalCalendar.Behind;
        var mine = await db.EventRegistrations.Where(r => r.MemberId == me && r.Status != RegistrationStatus.Cancelled)
            .Select(r => new { r.EventId, r.Status }).ToDictionaryAsync(r => r.EventId, r => r.Status, cancellationToken);
        var created = await db.Events.Where(e => e.CreatedById == me && e.EndsAt > since).Select(e => e.Id).ToListAsync(cancellationToken);
        var ids = mine.Keys.Concat(created).Distinct().ToList();
        var events = await db.Events.AsNoTracking()
            .Where(e => ids.Contains(e.Id) && e.EndsAt > since)
            .OrderBy(e => e.StartsAt).ThenBy(e => e.Id)
            .Take(GetPersonalCalendar.Max)
            .ToListAsync(cancellationToken);
        foreach (var e in events.Where(e => e.CreatedById != me && mine.GetValueOrDefault(e.Id) == RegistrationStatus.Waiting))
        {
            e.OnlineUrl = null; // the link is for the seated
        }

        return events;
    }
}
