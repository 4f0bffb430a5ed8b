using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Common;
using ClubMediaSociali.Application.Domain.Events;
using ClubMediaSociali.Application.Domain.Members;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Events;

/// <summary>
/// The events page: those to come (and under way) by date, soonest first, or the archive of past ones, latest first;
/// cancelled ones are not listed; narrowed by <see cref="Filters"/>. Keyset pages of <see cref="PageSize"/> on
/// (start, id), read from one index.
/// </summary>
public sealed record ListEvents(bool Past = false, string? After = null, EventFilters? Filters = null) : IQuery<EventPage>
{
    public const int PageSize = 20;
}

/// <summary>
/// What the list may be narrowed to: a region, online ones, a kind, a professional role, a tag, and words (matched in
/// Italian as everywhere in the Club: title, tags and place first, then the description).
/// </summary>
/// <param name="Company">The organising company's address word: its events only.</param>
public sealed record EventFilters(
    ItalianRegion? Region = null, bool OnlineOnly = false, EventKind? Kind = null, int? RoleId = null, string? Tag = null, string? Text = null, string? Company = null)
{
    public bool Any => Region is not null || OnlineOnly || Kind is not null || RoleId is not null || !string.IsNullOrEmpty(Tag) || !string.IsNullOrEmpty(Text)
        || !string.IsNullOrEmpty(Company);
}

/// <summary>
/// An event as lists show it: what, when (in its zone), where, and who organises it (a company's address word or a
/// member's handle in <see cref="OrganizerKey"/>; none for the Club).
/// </summary>
public sealed record EventCard(
    Guid Id, string Title, EventKind Kind, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string TimeZone, bool Online, string? City, ItalianRegion? Region,
    EventOrganizer OrganizedBy, string? OrganizerName, string? OrganizerKey, bool Full);

public sealed record EventPage(IReadOnlyList<EventCard> Items, string? Next);

public sealed class ListEventsHandler(ClubDbContext db, TimeProvider clock) : IQueryHandler<ListEvents, EventPage>
{
    public async ValueTask<EventPage> Handle(ListEvents query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var events = db.Events.AsNoTracking().Where(e => e.Status == EventStatus.Scheduled);
        if (query.Filters is { } f)
        {
            events = Narrow(db, events, f);
        }

        var after = KeysetCursor.Parse(query.After);
        IQueryable<Event> ordered;
        if (query.Past)
        {
            events = events.Where(e => e.StartsAt < now && e.EndsAt <= now);
            if (after is { } a)
            {
                events = events.Where(e => EF.Functions.LessThan(ValueTuple.Create(e.StartsAt, e.Id), ValueTuple.Create(a.At, a.Id)));
            }

            ordered = events.OrderByDescending(e => e.StartsAt).ThenByDescending(e => e.Id);
        }
        else
        {
            // No event lasts longer than MaxDuration: the ones still under way started no earlier than that.
            var earliest = now - Event.MaxDuration;
            events = events.Where(e => e.StartsAt >= earliest && e.EndsAt > now);
            if (after is { } a)
            {
                events = events.Where(e => EF.Functions.GreaterThan(ValueTuple.Create(e.StartsAt, e.Id), ValueTuple.Create(a.At, a.Id)));
            }

            ordered = events.OrderBy(e => e.StartsAt).ThenBy(e => e.Id);
        }

        var rows = await EventCards.Project(db, ordered.Take(ListEvents.PageSize + 1)).ToListAsync(cancellationToken);
        var next = rows.Count > ListEvents.PageSize ? new KeysetCursor(rows[ListEvents.PageSize - 1].StartsAt, rows[ListEvents.PageSize - 1].Id).ToString() : null;
        return new EventPage([.. rows.Take(ListEvents.PageSize)], next);
    }

    public static IQueryable<Event> Narrow(ClubDbContext db, IQueryable<Event> events, EventFilters f)
    {
        if (!string.IsNullOrEmpty(f.Company))
        {
            events = events.Where(e => db.Companies.Any(c => c.Id == e.CompanyId && c.Slug == f.Company));
        }

        if (!string.IsNullOrWhiteSpace(f.Text))
        {
            var matching = Search.TextSearch.Events(db, f.Text.Trim());
            events = events.Where(e => matching.Contains(e.Id));
        }

        if (f.Region is { } region)
        {
            events = events.Where(e => e.Region == region);
        }

        if (f.OnlineOnly)
        {
            events = events.Where(e => e.Online);
        }

        if (f.Kind is { } kind)
        {
            events = events.Where(e => e.Kind == kind);
        }

        if (f.RoleId is { } role)
        {
            events = events.Where(e => e.RoleIds.Contains(role));
        }

        if (!string.IsNullOrWhiteSpace(f.Tag))
        {
            var tag = Tags.Parse(f.Tag).FirstOrDefault() ?? "";
            events = events.Where(e => e.Tags.Contains(tag));
        }

        return events;
    }
}
