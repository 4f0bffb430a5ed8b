using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Events;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Events;

/// <summary>
/// Who registered for an event, for its organisers only: the registered in the order they came, then the waiting
/// list, each with their name, role, company, answer to the event's question and whether they arrived. With
/// <see cref="Search"/>, those whose name, handle or company holds it (accents aside): the check-in desk's search.
/// </summary>
public sealed record ListEventRegistrants(Guid EventId, string? Search = null, Language Language = Language.Italian) : IQuery<Result<EventRegistrants>>
{
    /// <summary>More than any event's hall: the list is whole, not paged.</summary>
    public const int Limit = 5_000;
}

public sealed record EventRegistrants(Event Event, IReadOnlyList<Registrant> People, int CheckedIn);

public sealed record Registrant(
    Guid MemberId, string Handle, string DisplayName, string? PhotoHash, string Role, string? Company, RegistrationStatus Status,
    string? Answer, DateTimeOffset RegisteredAt, DateTimeOffset? CheckedInAt);

public sealed class ListEventRegistrantsHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<ListEventRegistrants, Result<EventRegistrants>>
{
    public async ValueTask<Result<EventRegistrants>> Handle(ListEventRegistrants query, CancellationToken cancellationToken)
    {
        var e = await db.Events.AsNoTracking().SingleOrDefaultAsync(x => x.Id == query.EventId, cancellationToken);
        if (e is null)
        {
            return EventErrors.NotFound;
        }

        if (!await EventPermissions.ManagesAsync(db, currentMember, e, cancellationToken))
        {
            return EventErrors.NotOrganizer;
        }

        var english = query.Language == Language.English;
        var members = db.Users.Where(m => m.DeletedAt == null);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = Search.TextSearch.ContainsPattern(query.Search);
            members = members.Where(m => EF.Functions.ILike(ClubDbContext.Unaccent(m.DisplayName), pattern, "\\")
                || EF.Functions.ILike(m.Handle, pattern, "\\")
                || EF.Functions.ILike(ClubDbContext.Unaccent(m.CompanyName ?? ""), pattern, "\\"));
        }

        var people = await db.EventRegistrations.AsNoTracking()
            .Where(r => r.EventId == e.Id && r.Status != RegistrationStatus.Cancelled)
            .Join(members, r => r.MemberId, m => m.Id, (r, m) => new { r, m })
            .OrderBy(x => x.r.Status).ThenBy(x => x.r.Number)
            .Take(ListEventRegistrants.Limit)
            .Select(x => new Registrant(
                x.m.Id, x.m.Handle, x.m.DisplayName, x.m.PhotoHash, english ? x.m.PrimaryRole!.NameEn : x.m.PrimaryRole!.NameIt, x.m.CompanyName,
                x.r.Status, x.r.Answer, x.r.RegisteredAt, x.r.CheckedInAt))
            .ToListAsync(cancellationToken);
        var checkedIn = await db.EventRegistrations.CountAsync(
            r => r.EventId == e.Id && r.Status == RegistrationStatus.Registered && r.CheckedInAt != null, cancellationToken);
        return new EventRegistrants(e, people, checkedIn);
    }
}
