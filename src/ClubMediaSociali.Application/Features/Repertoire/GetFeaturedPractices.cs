using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Repertoire;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Repertoire;

/// <summary>The practices moderators put in evidence, newest first: the top of the repertoire.</summary>
public sealed record GetFeaturedPractices : IQuery<IReadOnlyList<PracticeCard>>
{
    public const int Count = 3;
}

public sealed class GetFeaturedPracticesHandler(ClubDbContext db) : IQueryHandler<GetFeaturedPractices, IReadOnlyList<PracticeCard>>
{
    public async ValueTask<IReadOnlyList<PracticeCard>> Handle(GetFeaturedPractices query, CancellationToken cancellationToken) =>
        await ListPracticesHandler.Cards(db, db.Practices.AsNoTracking()
                .Where(p => p.Status == PracticeStatus.Published && p.Featured)
                .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
                .Take(GetFeaturedPractices.Count))
            .ToListAsync(cancellationToken);
}
