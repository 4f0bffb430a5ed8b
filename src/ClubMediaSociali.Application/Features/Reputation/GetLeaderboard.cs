using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
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
public sealed record GetLeaderboard(string? GroupKey, LeaderboardPeriod Period, Language Language) : IQuery<Leaderboard>, ICachedQuery
{
    public const int Size = 25;

    /// <summary>
    /// One entry per existing group, period and language: the leaderboard page answers 404 for a group that does
    /// not exist before asking, so keys typed into the address cannot grow the cache.
    /// </summary>
    public string CacheKey => $"{GroupKey}|{Period}|{Language}";

    public TimeSpan Expiration => TimeSpan.FromMinutes(2);
}

public sealed record Leaderboard(IReadOnlyList<Leader> Leaders, IReadOnlyList<ProfessionalRoleGroup> Groups, ProfessionalRoleGroup? Group);

public sealed class GetLeaderboardHandler(ClubDbContext db, TimeProvider clock) : IQueryHandler<GetLeaderboard, Leaderboard>
{
    public async ValueTask<Leaderboard> Handle(GetLeaderboard query, CancellationToken cancellationToken)
    {
        var groups = await db.ProfessionalRoleGroups.AsNoTracking().OrderBy(g => g.SortOrder).ToListAsync(cancellationToken);
        var group = groups.FirstOrDefault(g => g.Key == query.GroupKey);
        var members = db.Users.AsNoTracking().Where(MemberVisibility.Active);
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
        var persons = await People.ByIdAsync(db, ids, query.Language, cancellationToken);
        var leaders = ranked
            .Select((r, i) => new Leader(i + 1, persons[r.Id], r.Points, TrustLevels.For(people[r.Id].Reputation, people[r.Id].JoinedAt, now)))
            .ToList();
        return new Leaderboard(leaders, groups, group);
    }
}
