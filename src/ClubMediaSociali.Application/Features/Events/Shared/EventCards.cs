using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Events;

namespace ClubMediaSociali.Application.Features.Events;

/// <summary>The one projection of events into cards, with their organiser's name and page, in the same query.</summary>
public static class EventCards
{
    public static IQueryable<EventCard> Project(ClubDbContext db, IQueryable<Event> events) =>
        events.Select(e => new EventCard(
            e.Id, e.Title, e.Kind, e.StartsAt, e.EndsAt, e.TimeZone, e.Online, e.City, e.Region, e.OrganizedBy,
            e.OrganizedBy == EventOrganizer.Company
                ? db.Companies.Where(c => c.Id == e.CompanyId).Select(c => c.Name).FirstOrDefault()
                : e.OrganizedBy == EventOrganizer.Member ? db.Users.Where(m => m.Id == e.CreatedById && m.DeletedAt == null).Select(m => m.DisplayName).FirstOrDefault() : null,
            e.OrganizedBy == EventOrganizer.Company
                ? db.Companies.Where(c => c.Id == e.CompanyId).Select(c => c.Slug).FirstOrDefault()
                : e.OrganizedBy == EventOrganizer.Member ? db.Users.Where(m => m.Id == e.CreatedById && m.DeletedAt == null).Select(m => m.Handle).FirstOrDefault() : null,
            e.Capacity != null && e.RegisteredCount >= e.Capacity));
}
