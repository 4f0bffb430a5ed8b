using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Application.Features.Companies;
using ClubMediaSociali.Application.Features.Members;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Search;

/// <summary>
/// "Cerca": one box for practices, ideas, opportunities, members, companies and events to come. For each kind, how many
/// match and the first few, with the same matching as that kind's own list, so the count agrees with the
/// list the "see all" link opens.
/// </summary>
public sealed record SearchClub(string Text) : IQuery<SearchResults>
{
    public const int PerKind = 5;

    public const int MaxLength = 100;
}

public enum SearchKind
{
    Practices,
    Ideas,
    Opportunities,
    Members,
    Companies,
    Events,
}

public sealed record SearchHit(string Title, Target Target, string? Detail);

public sealed record SearchGroup(SearchKind Kind, int Count, IReadOnlyList<SearchHit> Hits);

public sealed record SearchResults(string Text, IReadOnlyList<SearchGroup> Groups)
{
    public int Total => Groups.Sum(g => g.Count);
}

public sealed class SearchClubHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : IQueryHandler<SearchClub, SearchResults>
{
    public async ValueTask<SearchResults> Handle(SearchClub query, CancellationToken cancellationToken)
    {
        var text = query.Text.Trim();
        if (text.Length == 0)
        {
            return new SearchResults(text, []);
        }

        if (text.Length > SearchClub.MaxLength)
        {
            text = text[..SearchClub.MaxLength];
        }

        var take = SearchClub.PerKind;
        var practiceIds = TextSearch.Practices(db, text);
        var practices = db.Practices.AsNoTracking().Where(p => p.Status == PracticeStatus.Published && practiceIds.Contains(p.Id));
        var practiceHits = await practices.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id).Take(take)
            .Select(p => new SearchHit(p.Title, Target.Practice(p.Id), p.Summary)).ToListAsync(cancellationToken);

        var ideaIds = TextSearch.Ideas(db, text);
        var ideas = db.Ideas.AsNoTracking().Where(i => i.Status != IdeaStatus.Duplicate && ideaIds.Contains(i.Id));
        var ideaHits = await ideas.OrderByDescending(i => i.HotScore).ThenByDescending(i => i.Id).Take(take)
            .Select(i => new SearchHit(i.Title, Target.Idea(i.Id), null)).ToListAsync(cancellationToken);

        var opportunityIds = TextSearch.Opportunities(db, text);
        var opportunities = db.Opportunities.AsNoTracking()
            .Where(o => o.Status == OpportunityStatus.Open && o.PublishedAt != null && opportunityIds.Contains(o.Id));
        var opportunityHits = await opportunities.OrderByDescending(o => o.PublishedAt).ThenByDescending(o => o.Id).Take(take)
            .Select(o => new SearchHit(o.Title, Target.Opportunity(o.Id), null)).ToListAsync(cancellationToken);

        var visibleMembers = db.Users.AsNoTracking().Where(MemberVisibility.Listed);
        if (currentMember.Id is null)
        {
            visibleMembers = visibleMembers.Where(m => m.Visibility == ProfileVisibility.Everyone);
        }

        var members = SearchMembersHandler.WithText(db, visibleMembers, text);
        var memberHits = await members.OrderByDescending(m => m.JoinedAt).ThenByDescending(m => m.Id).Take(take)
            .Select(m => new SearchHit(m.DisplayName, Target.Member(m.Handle), m.Headline)).ToListAsync(cancellationToken);

        var companies = ListCompaniesHandler.WithText(db, db.Companies.AsNoTracking(), text);
        var companyHits = await companies.OrderBy(c => c.Name).ThenBy(c => c.Id).Take(take)
            .Select(c => new SearchHit(c.Name, Target.Company(c.Slug), c.Sector)).ToListAsync(cancellationToken);

        // The events to come, as /eventi?q= lists them (the same narrowing), soonest first.
        var now = clock.GetUtcNow();
        var earliest = now - Domain.Events.Event.MaxDuration;
        var events = Events.ListEventsHandler.Narrow(db, db.Events.AsNoTracking()
            .Where(e => e.Status == Domain.Events.EventStatus.Scheduled && e.StartsAt >= earliest && e.EndsAt > now), new Events.EventFilters(Text: text));
        var eventHits = await events.OrderBy(e => e.StartsAt).ThenBy(e => e.Id).Take(take)
            .Select(e => new SearchHit(e.Title, Target.Event(e.Id), e.Online ? null : e.City)).ToListAsync(cancellationToken);

        // Counts only when the first page is full: otherwise the hits are all there is.
        async Task<int> CountAsync<T>(IQueryable<T> all, int shown) => shown < take ? shown : await all.CountAsync(cancellationToken);
        return new SearchResults(text,
        [
            new(SearchKind.Practices, await CountAsync(practices, practiceHits.Count), practiceHits),
            new(SearchKind.Ideas, await CountAsync(ideas, ideaHits.Count), ideaHits),
            new(SearchKind.Opportunities, await CountAsync(opportunities, opportunityHits.Count), opportunityHits),
            new(SearchKind.Members, await CountAsync(members, memberHits.Count), memberHits),
            new(SearchKind.Companies, await CountAsync(companies, companyHits.Count), companyHits),
            new(SearchKind.Events, await CountAsync(events, eventHits.Count), eventHits),
        ]);
    }
}
