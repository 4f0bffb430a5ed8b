using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Domain.Repertoire;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Statistics;

/// <summary>
/// The Club at a glance, for its public statistics page: members by role group and by region, activity month
/// by month over the last year, ideas by status, open opportunities by kind. Deleted accounts are not counted.
/// </summary>
public sealed record GetClubStatistics(Language Language) : IQuery<ClubStatistics>, ICachedQuery
{
    public const int Months = 12;

    public string CacheKey => Language.Code();

    public TimeSpan Expiration => TimeSpan.FromMinutes(10);
}

public sealed record Slice<TKey>(TKey Key, string Label, int Count);

public sealed record MonthActivity(DateOnly Month, int Practices, int Ideas, int Comments, int Opportunities, int NewMembers);

public sealed record ClubStatistics(
    IReadOnlyList<Slice<string>> MembersByRoleGroup,
    IReadOnlyList<Slice<ItalianRegion?>> MembersByRegion,
    IReadOnlyList<MonthActivity> Activity,
    IReadOnlyList<Slice<IdeaStatus>> IdeasByStatus,
    IReadOnlyList<Slice<OpportunityKind>> OpportunitiesByKind);

public sealed class GetClubStatisticsHandler(ClubDbContext db, TimeProvider clock) : IQueryHandler<GetClubStatistics, ClubStatistics>
{
    private sealed record MonthRow(string Kind, DateTime Month, int Count);

    public async ValueTask<ClubStatistics> Handle(GetClubStatistics query, CancellationToken cancellationToken)
    {
        var members = db.Users.AsNoTracking().Where(m => m.DeletedAt == null);
        var groups = await db.ProfessionalRoleGroups.AsNoTracking().OrderBy(g => g.SortOrder).ToListAsync(cancellationToken);
        var byGroup = await members.GroupBy(m => m.PrimaryRole!.GroupId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var byRegion = await members.GroupBy(m => m.Region).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var ideas = await db.Ideas.AsNoTracking().Where(i => i.Status != IdeaStatus.Duplicate)
            .GroupBy(i => i.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var opportunities = await db.Opportunities.AsNoTracking().Where(o => o.Status == OpportunityStatus.Open && o.PublishedAt != null)
            .GroupBy(o => o.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        var now = clock.GetUtcNow();
        var months = MonthSeries.Last(GetClubStatistics.Months, now);
        var firstMonth = months[0];
        var (published, visible) = ((int)PracticeStatus.Published, (int)CommentStatus.Visible);
        var rows = await db.Database.SqlQuery<MonthRow>($"""
            SELECT kind, date_trunc('month', at, 'UTC') AS month, count(*)::int AS count FROM (
                SELECT 'practices' AS kind, published_at AS at FROM practices WHERE status = {published} AND published_at >= {firstMonth}
                UNION ALL SELECT 'ideas', created_at FROM ideas WHERE created_at >= {firstMonth}
                UNION ALL SELECT 'comments', created_at FROM comments WHERE status = {visible} AND created_at >= {firstMonth}
                UNION ALL SELECT 'opportunities', published_at FROM opportunities WHERE published_at >= {firstMonth}
                UNION ALL SELECT 'members', joined_at FROM members WHERE deleted_at IS NULL AND joined_at >= {firstMonth}) facts
            GROUP BY 1, 2
            """).ToListAsync(cancellationToken);
        int Count(string kind, DateTime month) => rows.Where(r => r.Kind == kind && r.Month == month).Sum(r => r.Count);
        var activity = months
            .Select(m => new MonthActivity(DateOnly.FromDateTime(m), Count("practices", m), Count("ideas", m), Count("comments", m), Count("opportunities", m), Count("members", m)))
            .ToList();

        return new ClubStatistics(
            groups.Select(g => new Slice<string>(g.Key, g.Name(query.Language), byGroup.GetValueOrDefault(g.Id))).ToList(),
            byRegion.OrderByDescending(r => r.Count)
                .Select(r => new Slice<ItalianRegion?>(r.Key, r.Key is { } region ? ItalianRegions.Name(region, query.Language) : "", r.Count))
                .ToList(),
            activity,
            Enum.GetValues<IdeaStatus>().Where(s => s != IdeaStatus.Duplicate).Select(s => new Slice<IdeaStatus>(s, "", ideas.GetValueOrDefault(s))).ToList(),
            Enum.GetValues<OpportunityKind>().Select(k => new Slice<OpportunityKind>(k, "", opportunities.GetValueOrDefault(k))).ToList());
    }
}
