using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Events;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Events;

/// <summary>
/// The public iCalendar feed: the events to come (and those cancelled lately, so that subscribed calendars learn of
/// it), soonest first, at most <see cref="Max"/>. Never the online links: those are for the registered.
/// </summary>
public sealed record ListCalendarEvents : IQuery<IReadOnlyList<Event>>
{
    public const int Max = 200;
}

public sealed class ListCalendarEventsHandler(ClubDbContext db, TimeProvider clock) : IQueryHandler<ListCalendarEvents, IReadOnlyList<Event>>
{
    public async ValueTask<IReadOnlyList<Event>> Handle(ListCalendarEvents query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var events = await db.Events.AsNoTracking()
            .Where(e => e.EndsAt > now && e.StartsAt >= now - Event.MaxDuration)
            .OrderBy(e => e.StartsAt).ThenBy(e => e.Id)
            .Take(ListCalendarEvents.Max)
            .ToListAsync(cancellationToken);
        foreach (var e in events)
        {
            e.OnlineUrl = null;
        }

        return events;
    }
}
