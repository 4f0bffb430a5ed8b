using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Repertoire;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Repertoire;

/// <summary>Queries shared by the features that work on a practice's revisions.</summary>
internal static class PracticeRevisions
{
    /// <summary>The revision still being written or reviewed, if any: a practice has at most one.</summary>
    public static Task<PracticeRevision?> OpenAsync(ClubDbContext db, Guid practiceId, CancellationToken cancellationToken) =>
        db.PracticeRevisions
            .Where(r => r.PracticeId == practiceId
                && (r.Status == RevisionStatus.Draft || r.Status == RevisionStatus.Submitted || r.Status == RevisionStatus.ChangesRequested))
            .OrderByDescending(r => r.Number)
            .FirstOrDefaultAsync(cancellationToken);
}
