using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Domain.Repertoire;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Home;

/// <summary>
/// The Club's headline figures, shown to every visitor of the home page. Counting every row is costly,
/// so readers share one count a minute.
/// </summary>
public sealed record GetHomeFigures : IQuery<HomeFigures>, ICachedQuery
{
    public string CacheKey => "";

    public TimeSpan Expiration => TimeSpan.FromMinutes(1);
}

public sealed record HomeFigures(int Members, int PublishedPractices, int Ideas, int OpenOpportunities);

public sealed class GetHomeFiguresHandler(ClubDbContext db) : IQueryHandler<GetHomeFigures, HomeFigures>
{
    public async ValueTask<HomeFigures> Handle(GetHomeFigures query, CancellationToken cancellationToken)
    {
        var members = await db.Users.CountAsync(m => m.DeletedAt == null, cancellationToken);
        var practices = await db.Practices.CountAsync(p => p.Status == PracticeStatus.Published, cancellationToken);
        // A duplicate is merged into another idea: counting it would count one idea twice.
        var ideas = await db.Ideas.CountAsync(i => i.Status != IdeaStatus.Duplicate, cancellationToken);
        var opportunities = await db.Opportunities.CountAsync(o => o.Status == OpportunityStatus.Open, cancellationToken);
        return new HomeFigures(members, practices, ideas, opportunities);
    }
}
