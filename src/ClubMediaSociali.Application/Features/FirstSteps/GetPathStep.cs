using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.FirstSteps;

/// <summary>
/// Where a practice stands in a path the reader is following ("passo 3 di 7"), with the moderator's
/// note and the steps before and after it; null when the path is unknown to the viewer or does not
/// pass through the practice, and the practice's page is then shown on its own.
/// </summary>
public sealed record GetPathStep(string Slug, Guid PracticeId) : IQuery<PathStepBar?>;

public sealed record PathStepBar(string Slug, string PathTitle, bool IsDraft, PathStepView Step, int Total, int Done, PathStepView? Previous, PathStepView? Next)
{
    /// <summary>Where a controller leaves the bar for the practice's page.</summary>
    public const string ViewDataKey = "PathStep";

    public bool IsLast => Next is null;
}

public sealed class GetPathStepHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<GetPathStep, PathStepBar?>
{
    public async ValueTask<PathStepBar?> Handle(GetPathStep query, CancellationToken cancellationToken)
    {
        var path = await PathSteps.Visible(db, currentMember.IsModerator).AsNoTracking()
            .Where(p => p.Slug == query.Slug)
            .Select(p => new { p.Id, p.Title, p.IsDraft })
            .SingleOrDefaultAsync(cancellationToken);
        if (path is null)
        {
            return null;
        }

        var steps = await GetLearningPathHandler.LoadAsync(db, path.Id, currentMember.Id, cancellationToken);
        var index = steps.ToList().FindIndex(s => s.PracticeId == query.PracticeId);
        if (index < 0)
        {
            return null;
        }

        return new PathStepBar(
            query.Slug, path.Title, path.IsDraft, steps[index], steps.Count, steps.Count(s => s.Done),
            index > 0 ? steps[index - 1] : null,
            index + 1 < steps.Count ? steps[index + 1] : null);
    }
}
