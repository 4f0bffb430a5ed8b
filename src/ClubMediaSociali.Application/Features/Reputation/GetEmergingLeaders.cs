using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Reputation;
using ClubMediaSociali.Application.Features.Connections;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Reputation;

/// <summary>For the home page: in each role group, the three members who earned the most in the last 30 days.</summary>
public sealed record GetEmergingLeaders(Language Language) : IQuery<IReadOnlyList<EmergingGroup>>, ICachedQuery
{
    public string CacheKey => Language.Code();

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
                JOIN members m ON m.id = e.member_id AND m.deleted_at IS NULL AND m.suspended_at IS NULL
                JOIN professional_roles r ON r.id = m.primary_role_id
                WHERE e.points > 0) ranked
            WHERE place <= {GetEmergingLeaders.PerGroup}
            """).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        var groups = await db.ProfessionalRoleGroups.AsNoTracking().OrderBy(g => g.SortOrder).ToListAsync(cancellationToken);
        var persons = await People.ByIdAsync(db, rows.Select(r => r.MemberId).ToList(), query.Language, cancellationToken);
        return groups
            .Select(g => new EmergingGroup(
                g.Key,
                g.Name(query.Language),
                rows.Where(r => r.GroupId == g.Id)
                    .OrderByDescending(r => r.Points).ThenBy(r => r.MemberId)
                    .Select((r, i) => new Leader(i + 1, persons[r.MemberId], r.Points, TrustLevels.For(r.Reputation, r.JoinedAt, now)))
                    .ToList()))
            .Where(g => g.Leaders.Count > 0)
            .ToList();
    }
}
