using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Events;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Events;

/// <summary>
/// "I miei eventi": those the member is registered or waiting for, and those they organise (created, or of a company
/// they represent), still to come, soonest first; the last ones they were registered for; and whether their personal
/// calendar address exists (since when).
/// </summary>
public sealed record ListMyEvents : IQuery<MyEvents>
{
    public const int Max = 50;

    public const int PastMax = 10;
}

public sealed record MyEvent(EventCard Card, RegistrationStatus? Status);

public sealed record MyEvents(IReadOnlyList<MyEvent> Upcoming, IReadOnlyList<EventCard> Organizing, IReadOnlyList<EventCard> Past, DateTimeOffset? FeedSince);

public sealed class ListMyEventsHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : IQueryHandler<ListMyEvents, MyEvents>
{
    public async ValueTask<MyEvents> Handle(ListMyEvents query, CancellationToken cancellationToken)
    {
        var me = currentMember.RequiredId;
        var now = clock.GetUtcNow();
        var mine = await db.EventRegistrations.Where(r => r.MemberId == me && r.Status != RegistrationStatus.Cancelled)
            .Select(r => new { r.EventId, r.Status }).ToDictionaryAsync(r => r.EventId, r => r.Status, cancellationToken);
        var ids = mine.Keys.ToList();
        var upcoming = await EventCards.Project(db, db.Events.Where(e => ids.Contains(e.Id) && e.EndsAt > now && e.Status == EventStatus.Scheduled)
                .OrderBy(e => e.StartsAt).ThenBy(e => e.Id).Take(ListMyEvents.Max))
            .ToListAsync(cancellationToken);
        var seated = mine.Where(r => r.Value == RegistrationStatus.Registered).Select(r => r.Key).ToList();
        var past = await EventCards.Project(db, db.Events.Where(e => seated.Contains(e.Id) && e.EndsAt <= now && e.Status == EventStatus.Scheduled)
                .OrderByDescending(e => e.StartsAt).ThenBy(e => e.Id).Take(ListMyEvents.PastMax))
            .ToListAsync(cancellationToken);
        // What they organise, from the two indexes that know it (the events they created, their companies' events):
        // one condition with OR would read every event.
        var companies = db.CompanyMembers.Where(cm => cm.MemberId == me && cm.Status == Domain.Companies.CompanyMemberStatus.Representative).Select(cm => cm.CompanyId);
        var created = db.Events.Where(e => e.CreatedById == me && e.OrganizedBy != EventOrganizer.Company);
        var represented = db.Events.Where(e => e.OrganizedBy == EventOrganizer.Company && companies.Contains(e.CompanyId!.Value));
        var organizing = await EventCards.Project(db, created.Concat(represented)
                .Where(e => e.EndsAt > now && e.Status == EventStatus.Scheduled)
                .OrderBy(e => e.StartsAt).ThenBy(e => e.Id).Take(ListMyEvents.Max))
            .ToListAsync(cancellationToken);
        var feed = await db.Users.Where(m => m.Id == me).Select(m => m.CalendarFeedCreatedAt).SingleAsync(cancellationToken);
        return new MyEvents([.. upcoming.Select(c => new MyEvent(c, mine[c.Id]))], organizing, past, feed);
    }
}
