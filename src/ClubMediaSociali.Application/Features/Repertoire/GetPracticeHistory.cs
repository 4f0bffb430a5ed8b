using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Repertoire;

/// <summary>Every version of a practice, newest first (author and moderators).</summary>
public sealed record GetPracticeHistory(Guid PracticeId) : IQuery<IReadOnlyList<RevisionSummary>>;

public sealed class GetPracticeHistoryHandler(ClubDbContext db) : IQueryHandler<GetPracticeHistory, IReadOnlyList<RevisionSummary>>
{
    public async ValueTask<IReadOnlyList<RevisionSummary>> Handle(GetPracticeHistory query, CancellationToken cancellationToken) =>
        await db.PracticeRevisions.AsNoTracking()
            .Where(r => r.PracticeId == query.PracticeId)
            .OrderByDescending(r => r.Number)
            .Select(r => new RevisionSummary(r.Number, r.Status, r.ModeratorNote, r.CreatedAt, r.SubmittedAt, r.DecidedAt))
            .ToListAsync(cancellationToken);
}
