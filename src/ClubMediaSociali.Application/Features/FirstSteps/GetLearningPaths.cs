using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.FirstSteps;

/// <summary>
/// The learning paths in the order moderators gave them, each with its length, its reading time and how
/// far the viewer has gone; drafts are listed for moderators only.
/// </summary>
public sealed record GetLearningPaths : IQuery<IReadOnlyList<LearningPathSummary>>;

/// <param name="Done">Steps the viewer has marked as read (0 for a visitor).</param>
public sealed record LearningPathSummary(Guid Id, string Slug, string Title, string Intro, bool IsDraft, int Steps, int Minutes, int Done)
{
    public bool Started => Done > 0;

    public bool Completed => Steps > 0 && Done >= Steps;
}

public sealed class GetLearningPathsHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<GetLearningPaths, IReadOnlyList<LearningPathSummary>>
{
    public async ValueTask<IReadOnlyList<LearningPathSummary>> Handle(GetLearningPaths query, CancellationToken cancellationToken)
    {
        var viewer = currentMember.Id ?? Guid.Empty;
        var steps = PathSteps.Published(db);
        return await PathSteps.Visible(db, currentMember.IsModerator).AsNoTracking()
            .OrderBy(p => p.Position).ThenBy(p => p.Title)
            .Take(100)
            .Select(p => new LearningPathSummary(
                p.Id, p.Slug, p.Title, p.Intro, p.IsDraft,
                steps.Count(s => s.PathId == p.Id),
                steps.Where(s => s.PathId == p.Id).Sum(s => s.Minutes),
                db.LearningPathProgress.Where(g => g.PathId == p.Id && g.MemberId == viewer)
                    .Select(g => steps.Count(s => s.PathId == p.Id && g.DonePracticeIds.Contains(s.PracticeId)))
                    .FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }
}
