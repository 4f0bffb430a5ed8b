using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.FirstSteps;

/// <summary>
/// One learning path with its steps in order, numbered as readers see them (a practice no longer
/// published drops out), and the viewer's progress: which steps they read and where to carry on.
/// </summary>
public sealed record GetLearningPath(string Slug) : IQuery<Result<LearningPathView>>;

public sealed record LearningPathView(Guid Id, string Slug, string Title, string Intro, bool IsDraft, int Position, IReadOnlyList<PathStepView> Steps)
{
    public int Minutes => Steps.Sum(s => s.Minutes);

    public int Done => Steps.Count(s => s.Done);

    public bool Completed => Steps.Count > 0 && Done == Steps.Count;

    /// <summary>The first step not read yet, once the viewer has begun; null before the first or after the last.</summary>
    public PathStepView? ContinueAt => Done > 0 ? Steps.FirstOrDefault(s => !s.Done) : null;
}

/// <param name="Number">1 for the first step shown.</param>
public sealed record PathStepView(int Number, PathStepRow Step, bool Done)
{
    public Guid PracticeId => Step.PracticeId;

    public string Title => Step.Title;

    public string Note => Step.Note;

    public int Minutes => Step.Minutes;
}

public sealed class GetLearningPathHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<GetLearningPath, Result<LearningPathView>>
{
    public async ValueTask<Result<LearningPathView>> Handle(GetLearningPath query, CancellationToken cancellationToken)
    {
        var path = await PathSteps.Visible(db, currentMember.IsModerator).AsNoTracking()
            .Where(p => p.Slug == query.Slug)
            .Select(p => new { p.Id, p.Slug, p.Title, p.Intro, p.IsDraft, p.Position })
            .SingleOrDefaultAsync(cancellationToken);
        if (path is null)
        {
            return LearningPathErrors.NotFound;
        }

        var steps = await LoadAsync(db, path.Id, currentMember.Id, cancellationToken);
        return new LearningPathView(path.Id, path.Slug, path.Title, path.Intro, path.IsDraft, path.Position, steps);
    }

    /// <summary>The path's visible steps in order, numbered from 1, each marked read or not for the viewer: one query.</summary>
    internal static async Task<IReadOnlyList<PathStepView>> LoadAsync(ClubDbContext db, Guid pathId, Guid? viewer, CancellationToken cancellationToken)
    {
        var member = viewer ?? Guid.Empty;
        var rows = await PathSteps.Published(db).AsNoTracking()
            .Where(s => s.PathId == pathId)
            .OrderBy(s => s.Number)
            .Take(Domain.FirstSteps.LearningPath.MaxSteps)
            .Select(s => new
            {
                Step = s,
                Done = db.LearningPathProgress.Any(g => g.PathId == pathId && g.MemberId == member && g.DonePracticeIds.Contains(s.PracticeId)),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select((r, index) => new PathStepView(index + 1, r.Step, r.Done))];
    }
}
