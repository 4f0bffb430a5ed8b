using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Connections;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Network;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;

namespace ClubMediaSociali.Application.Features.Following;

/// <summary>
/// Whom to follow next, as LinkedIn and Discourse suggest: people my contacts and the people I follow follow (most
/// followed among them first), and organisations of my region or of the sector of the organisations I represent.
/// Never me, nobody I follow already, nobody a block stands between, nor my own organisations. Kept a while per member
/// (the network changes slowly), and dropped as soon as the member follows, unfollows or blocks someone.
/// </summary>
public sealed record SuggestFollows(int People = SuggestFollows.DefaultPeople, int Companies = SuggestFollows.DefaultCompanies) : IQuery<FollowSuggestions>
{
    public const int DefaultPeople = 6;
    public const int DefaultCompanies = 4;

    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(10);

    /// <summary>The cache tag of one member's suggestions, removed by their own follows and blocks.</summary>
    public static string TagFor(Guid memberId) => $"follow-suggestions:{memberId}";
}

public sealed record FollowSuggestions(IReadOnlyList<SuggestedPerson> People, IReadOnlyList<SuggestedCompany> Companies)
{
    public bool IsEmpty => People.Count == 0 && Companies.Count == 0;
}

/// <param name="Via">One of my contacts or follows who follows them.</param>
/// <param name="ViaCount">How many of my contacts and follows follow them.</param>
public sealed record SuggestedPerson(Guid Id, string Handle, string DisplayName, string? Headline, string? PhotoHash, string Via, int ViaCount);

/// <param name="SameSector">Of the sector of an organisation I represent (otherwise of my region).</param>
public sealed record SuggestedCompany(Guid Id, string Slug, string Name, string? LogoHash, string Sector, ItalianRegion Region, bool SameSector);

public sealed class SuggestFollowsHandler(ICurrentMember currentMember, ClubDbContext db, HybridCache cache) : IQueryHandler<SuggestFollows, FollowSuggestions>
{
    private static readonly HybridCacheEntryOptions Kept = new() { Expiration = SuggestFollows.KeptFor, LocalCacheExpiration = SuggestFollows.KeptFor };

    public ValueTask<FollowSuggestions> Handle(SuggestFollows query, CancellationToken cancellationToken)
    {
        var me = currentMember.RequiredId;
        return cache.GetOrCreateAsync(
            $"{SuggestFollows.TagFor(me)}:{query.People}:{query.Companies}",
            (Handler: this, Me: me, Query: query),
            static (state, token) => new ValueTask<FollowSuggestions>(state.Handler.SuggestAsync(state.Me, state.Query, token)),
            Kept,
            [SuggestFollows.TagFor(me)],
            cancellationToken);
    }

    private async Task<FollowSuggestions> SuggestAsync(Guid me, SuggestFollows query, CancellationToken cancellationToken)
    {
        var circle = db.Connections.Where(c => c.Status == ConnectionStatus.Accepted && c.LowId == me).Select(c => c.HighId)
            .Concat(db.Connections.Where(c => c.Status == ConnectionStatus.Accepted && c.HighId == me).Select(c => c.LowId))
            .Concat(db.MemberFollows.Where(f => f.FollowerId == me).Select(f => f.MemberId));
        var people = await db.MemberFollows.AsNoTracking()
            .Where(f => circle.Contains(f.FollowerId) && f.MemberId != me && !db.MemberFollows.Any(mine => mine.FollowerId == me && mine.MemberId == f.MemberId))
            .GroupBy(f => f.MemberId)
            .Select(g => new { Id = g.Key, Count = g.Count() })
            .Join(
                db.Users.Where(MemberVisibility.Listed).Where(Blocks.NoneWith(db, me)),
                g => g.Id, m => m.Id, (g, m) => new { g.Count, m.Id, m.Handle, m.DisplayName, m.Headline, m.PhotoHash, m.Reputation })
            .OrderByDescending(p => p.Count).ThenByDescending(p => p.Reputation).ThenBy(p => p.Id)
            .Take(query.People)
            .ToListAsync(cancellationToken);
        var ids = people.Select(p => p.Id).ToList();
        var via = ids.Count == 0 ? [] : await db.MemberFollows.AsNoTracking()
            .Where(f => ids.Contains(f.MemberId) && circle.Contains(f.FollowerId))
            .Join(db.Users, f => f.FollowerId, m => m.Id, (f, m) => new { f.MemberId, m.DisplayName })
            .ToListAsync(cancellationToken);
        var firstVia = via.GroupBy(v => v.MemberId).ToDictionary(g => g.Key, g => g.Select(v => v.DisplayName).Order(StringComparer.CurrentCulture).First());

        var mine = await db.Users.AsNoTracking().Where(m => m.Id == me).Select(m => new
        {
            m.Region,
            Sectors = db.CompanyMembers.Where(cm => cm.MemberId == me && cm.Status == CompanyMemberStatus.Representative)
                .Join(db.Companies, cm => cm.CompanyId, c => c.Id, (_, c) => c.Sector).Where(s => s != "").ToList(),
        }).SingleAsync(cancellationToken);
        var companies = await db.Companies.AsNoTracking()
            .Where(c => (mine.Region != null && c.Region == mine.Region) || mine.Sectors.Contains(c.Sector))
            .Where(c => !db.CompanyFollows.Any(f => f.FollowerId == me && f.CompanyId == c.Id) && !db.CompanyMembers.Any(cm => cm.CompanyId == c.Id && cm.MemberId == me))
            .OrderByDescending(c => mine.Sectors.Contains(c.Sector)).ThenByDescending(c => db.CompanyFollows.Count(f => f.CompanyId == c.Id)).ThenBy(c => c.Name)
            .Take(query.Companies)
            .Select(c => new SuggestedCompany(c.Id, c.Slug, c.Name, c.LogoHash, c.Sector, c.Region, mine.Sectors.Contains(c.Sector)))
            .ToListAsync(cancellationToken);

        return new FollowSuggestions(
            [.. people.Select(p => new SuggestedPerson(p.Id, p.Handle, p.DisplayName, p.Headline, p.PhotoHash, firstVia.GetValueOrDefault(p.Id, ""), p.Count))],
            companies);
    }
}
