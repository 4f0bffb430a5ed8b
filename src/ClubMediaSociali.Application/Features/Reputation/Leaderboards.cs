using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Reputation;
using ClubMediaSociali.Application.Features.Connections;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Reputation;

public enum LeaderboardPeriod
{
    Week,
    Month,
    AllTime,
}

/// <summary>
/// The members who gave the most to the Club: points earned in the last 7 or 30 days, or reputation of all
/// time; for the whole Club or one professional role group (by the member's main role).
/// </summary>
public sealed record GetLeaderboard(string? GroupKey, LeaderboardPeriod Period, string Culture) : IQuery<Leaderboard>, ICachedQuery
{
    public const int Size = 25;

    /// <summary>
    /// Group keys are short lowercase slugs; anything else (typed or probed into the address) names no group
    /// and shares the whole Club's entry instead of adding one to the cache.
    /// </summary>
    public string CacheKey => $"{(GroupKey is { Length: <= 40 } key && key.All(c => char.IsAsciiLetterLower(c) || c == '-') ? key : "")}|{Period}|{Culture}";

    public TimeSpan Expiration => TimeSpan.FromMinutes(2);
}

public sealed record Leader(int Rank, Person Person, int Points, TrustLevel Trust);

public sealed record Leaderboard(IReadOnlyList<Leader> Leaders, IReadOnlyList<ProfessionalRoleGroup> Groups, ProfessionalRoleGroup? Group);

public sealed class GetLeaderboardHandler(ClubDbContext db, TimeProvider clock) : IQueryHandler<GetLeaderboard, Leaderboard>
{
    public async ValueTask<Leaderboard> Handle(GetLeaderboard query, CancellationToken cancellationToken)
    {
        var groups = await db.ProfessionalRoleGroups.AsNoTracking().OrderBy(g => g.SortOrder).ToListAsync(cancellationToken);
        var group = groups.FirstOrDefault(g => g.Key == query.GroupKey);
        var members = db.Users.AsNoTracking().Where(m => m.DeletedAt == null);
        if (group is not null)
        {
            members = members.Where(m => m.PrimaryRole!.GroupId == group.Id);
        }

        var now = clock.GetUtcNow();
        List<(Guid Id, int Points)> ranked;
        if (query.Period == LeaderboardPeriod.AllTime)
        {
            ranked = (await members.Where(m => m.Reputation > 0)
                    .OrderByDescending(m => m.Reputation).ThenBy(m => m.Id)
                    .Take(GetLeaderboard.Size)
                    .Select(m => new { m.Id, m.Reputation })
                    .ToListAsync(cancellationToken))
                .Select(r => (r.Id, r.Reputation)).ToList();
        }
        else
        {
            var since = now.AddDays(query.Period == LeaderboardPeriod.Week ? -7 : -30);
            ranked = (await db.ReputationEvents.AsNoTracking()
                    .Where(e => e.At >= since)
                    .Join(members, e => e.MemberId, m => m.Id, (e, m) => e)
                    .GroupBy(e => e.MemberId)
                    .Select(g => new { Id = g.Key, Points = g.Sum(e => e.Points) })
                    .Where(r => r.Points > 0)
                    .OrderByDescending(r => r.Points).ThenBy(r => r.Id)
                    .Take(GetLeaderboard.Size)
                    .ToListAsync(cancellationToken))
                .Select(r => (r.Id, r.Points)).ToList();
        }

        var ids = ranked.Select(r => r.Id).ToList();
        var people = await db.Users.AsNoTracking().Where(m => ids.Contains(m.Id))
            .Select(m => new { m.Id, m.Reputation, m.JoinedAt })
            .ToDictionaryAsync(m => m.Id, cancellationToken);
        var persons = await People.ByIdAsync(db, ids, query.Culture, cancellationToken);
        var leaders = ranked
            .Select((r, i) => new Leader(i + 1, persons[r.Id], r.Points, TrustLevels.For(people[r.Id].Reputation, people[r.Id].JoinedAt, now)))
            .ToList();
        return new Leaderboard(leaders, groups, group);
    }
}

/// <summary>For the home page: in each role group, the three members who earned the most in the last 30 days.</summary>
public sealed record GetEmergingLeaders(string Culture) : IQuery<IReadOnlyList<EmergingGroup>>, ICachedQuery
{
    public string CacheKey => Culture;

    public TimeSpan Expiration => TimeSpan.FromMinutes(5);

    public const int PerGroup = 3;

    public const int Days = 30;
}

public sealed record EmergingGroup(string GroupKey, string GroupName, IReadOnlyList<Leader> Leaders);

public sealed class GetEmergingLeadersHandler(ClubDbContext db, TimeProvider clock) : IQueryHandler<GetEmergingLeaders, IReadOnlyList<EmergingGroup>>
{
    private sealed record Row(int GroupId, Guid MemberId, int Points, int Reputation, DateTimeOffset JoinedAt);

    public async ValueTask<IReadOnlyList<EmergingGroup>> Handle(GetEmergingLeaders query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var since = now.AddDays(-GetEmergingLeaders.Days);
        var rows = await db.Database.SqlQuery<Row>($"""
            SELECT group_id, member_id, points, reputation, joined_at FROM (
                SELECT r.group_id AS group_id, m.id AS member_id, e.points AS points, m.reputation AS reputation, m.joined_at AS joined_at,
                       row_number() OVER (PARTITION BY r.group_id ORDER BY e.points DESC, m.id) AS place
                FROM (SELECT member_id, sum(points)::int AS points FROM reputation_events WHERE at >= {since} GROUP BY member_id) e
                JOIN members m ON m.id = e.member_id AND m.deleted_at IS NULL
                JOIN professional_roles r ON r.id = m.primary_role_id
                WHERE e.points > 0) ranked
            WHERE place <= {GetEmergingLeaders.PerGroup}
            """).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        var groups = await db.ProfessionalRoleGroups.AsNoTracking().OrderBy(g => g.SortOrder).ToListAsync(cancellationToken);
        var persons = await People.ByIdAsync(db, rows.Select(r => r.MemberId).ToList(), query.Culture, cancellationToken);
        return groups
            .Select(g => new EmergingGroup(
                g.Key,
                g.Name(query.Culture),
                rows.Where(r => r.GroupId == g.Id)
                    .OrderByDescending(r => r.Points).ThenBy(r => r.MemberId)
                    .Select((r, i) => new Leader(i + 1, persons[r.MemberId], r.Points, TrustLevels.For(r.Reputation, r.JoinedAt, now)))
                    .ToList()))
            .Where(g => g.Leaders.Count > 0)
            .ToList();
    }
}

