using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Repertoire;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Repertoire;

public sealed record GetMyPractices() : IQuery<IReadOnlyList<MyPractice>>;

/// <param name="OpenRevision">The state of an edit in progress on a published practice, if any.</param>
public sealed record MyPractice(Guid Id, PracticeKind Kind, string Title, PracticeStatus Status, DateTimeOffset UpdatedAt, RevisionStatus? OpenRevision);

public sealed class GetMyPracticesHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<GetMyPractices, IReadOnlyList<MyPractice>>
{
    public async ValueTask<IReadOnlyList<MyPractice>> Handle(GetMyPractices query, CancellationToken cancellationToken) =>
        await db.Practices.AsNoTracking()
            .Where(p => p.AuthorId == currentMember.RequiredId)
            .OrderByDescending(p => p.UpdatedAt)
            .Take(200)
            .Select(p => new MyPractice(p.Id, p.Kind, p.Title, p.Status, p.UpdatedAt,
                db.PracticeRevisions
                    .Where(r => r.PracticeId == p.Id
                        && (r.Status == RevisionStatus.Draft || r.Status == RevisionStatus.Submitted || r.Status == RevisionStatus.ChangesRequested))
                    .Select(r => (RevisionStatus?)r.Status).FirstOrDefault()))
            .ToListAsync(cancellationToken);
}
