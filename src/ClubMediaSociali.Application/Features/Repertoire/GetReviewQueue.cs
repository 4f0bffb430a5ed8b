using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Repertoire;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Repertoire;

/// <summary>
/// What the moderators have to review, oldest first: new practices and revisions of published
/// ones. Also the count in their navigation, and a member's own practices in every state.
/// </summary>
public sealed record GetReviewQueue : IQuery<IReadOnlyList<PracticeInReview>>
{
    public const int Limit = 200;
}

/// <param name="Revision">Null for a new practice; the revision's number for an edit of a published one.</param>
public sealed record PracticeInReview(Guid Id, PracticeKind Kind, string Title, string? AuthorName, DateTimeOffset SubmittedAt, int? Revision);

public sealed class GetReviewQueueHandler(ClubDbContext db) : IQueryHandler<GetReviewQueue, IReadOnlyList<PracticeInReview>>
{
    public async ValueTask<IReadOnlyList<PracticeInReview>> Handle(GetReviewQueue query, CancellationToken cancellationToken)
    {
        var practices = await db.Practices.AsNoTracking()
            .Where(p => p.Status == PracticeStatus.Submitted)
            .OrderBy(p => p.SubmittedAt)
            .Take(GetReviewQueue.Limit)
            .Select(p => new PracticeInReview(p.Id, p.Kind, p.Title,
                db.Users.Where(m => m.Id == p.AuthorId && m.DeletedAt == null).Select(m => m.DisplayName).FirstOrDefault(),
                p.SubmittedAt!.Value, null))
            .ToListAsync(cancellationToken);
        var revisions = await db.PracticeRevisions.AsNoTracking()
            .Where(r => r.Status == RevisionStatus.Submitted)
            .OrderBy(r => r.SubmittedAt)
            .Take(GetReviewQueue.Limit)
            .Join(db.Practices, r => r.PracticeId, p => p.Id, (r, p) => new PracticeInReview(p.Id, p.Kind, p.Title,
                db.Users.Where(m => m.Id == r.AuthorId && m.DeletedAt == null).Select(m => m.DisplayName).FirstOrDefault(),
                r.SubmittedAt!.Value, r.Number))
            .ToListAsync(cancellationToken);
        return [.. practices.Concat(revisions).OrderBy(i => i.SubmittedAt).Take(GetReviewQueue.Limit)];
    }
}
