using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Repertoire;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Repertoire;

/// <summary>The practices a member saved, most recently saved first.</summary>
public sealed record GetSavedPractices() : IQuery<IReadOnlyList<PracticeCard>>
{
    public const int Limit = 200;
}

public sealed class GetSavedPracticesHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<GetSavedPractices, IReadOnlyList<PracticeCard>>
{
    public async ValueTask<IReadOnlyList<PracticeCard>> Handle(GetSavedPractices query, CancellationToken cancellationToken) =>
        await ListPracticesHandler.Cards(db, db.SavedPractices.AsNoTracking()
                .Where(s => s.MemberId == currentMember.RequiredId)
                .Join(db.Practices.Where(p => p.Status == PracticeStatus.Published), s => s.PracticeId, p => p.Id, (s, p) => new { s.At, Practice = p })
                .OrderByDescending(x => x.At)
                .Take(GetSavedPractices.Limit)
                .Select(x => x.Practice))
            .ToListAsync(cancellationToken);
}
