using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.FirstSteps;

/// <summary>All learning paths, in the order moderators gave them.</summary>
public sealed record GetLearningPaths : IQuery<IReadOnlyList<LearningPathSummary>>;

public sealed record LearningPathSummary(Guid Id, string Slug, string Title, string Intro, int Practices);

public sealed class GetLearningPathsHandler(ClubDbContext db) : IQueryHandler<GetLearningPaths, IReadOnlyList<LearningPathSummary>>
{
    public async ValueTask<IReadOnlyList<LearningPathSummary>> Handle(GetLearningPaths query, CancellationToken cancellationToken) =>
        await db.LearningPaths.AsNoTracking()
            .OrderBy(p => p.Position).ThenBy(p => p.Title)
            .Take(100)
            .Select(p => new LearningPathSummary(p.Id, p.Slug, p.Title, p.Intro, p.PracticeIds.Length))
            .ToListAsync(cancellationToken);
}
