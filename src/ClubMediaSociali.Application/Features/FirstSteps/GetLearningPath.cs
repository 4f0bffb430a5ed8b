using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.FirstSteps;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Application.Features.Repertoire;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.FirstSteps;

/// <summary>One learning path with its practices in order; practices no longer published drop out.</summary>
public sealed record GetLearningPath(string Slug) : IQuery<Result<LearningPathView>>;

public sealed record LearningPathView(LearningPath Path, IReadOnlyList<PracticeCard> Practices);

public sealed class GetLearningPathHandler(ClubDbContext db) : IQueryHandler<GetLearningPath, Result<LearningPathView>>
{
    public async ValueTask<Result<LearningPathView>> Handle(GetLearningPath query, CancellationToken cancellationToken)
    {
        var path = await db.LearningPaths.AsNoTracking().SingleOrDefaultAsync(p => p.Slug == query.Slug, cancellationToken);
        if (path is null)
        {
            return LearningPathErrors.NotFound;
        }

        var ids = path.PracticeIds;
        var cards = await ListPracticesHandler.Cards(db, db.Practices.AsNoTracking().Where(p => ids.Contains(p.Id) && p.Status == PracticeStatus.Published))
            .ToListAsync(cancellationToken);
        var order = ids.Select((id, index) => (id, index)).ToDictionary(x => x.id, x => x.index);
        return new LearningPathView(path, [.. cards.OrderBy(c => order[c.Id])]);
    }
}
