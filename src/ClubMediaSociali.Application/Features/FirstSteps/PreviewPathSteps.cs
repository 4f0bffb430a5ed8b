using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.FirstSteps;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.FirstSteps;

/// <summary>
/// The steps a moderator is composing, not saved yet, as readers would meet them: each chosen practice with
/// its title, kind and reading time, in the order and with the notes of the form. A practice that is not
/// published (any more) comes back with <see cref="PathStepPreview.Published"/> false, so the editor can say so.
/// </summary>
public sealed record PreviewPathSteps(IReadOnlyList<PathStepInput> Steps) : IQuery<IReadOnlyList<PathStepPreview>>;

public sealed record PathStepPreview(PathStepView Step, bool Published);

public sealed class PreviewPathStepsHandler(ClubDbContext db) : IQueryHandler<PreviewPathSteps, IReadOnlyList<PathStepPreview>>
{
    public async ValueTask<IReadOnlyList<PathStepPreview>> Handle(PreviewPathSteps query, CancellationToken cancellationToken)
    {
        var steps = query.Steps.Take(LearningPath.MaxSteps * 2).ToList();
        var ids = steps.Select(s => s.PracticeId).Distinct().ToArray();
        var practices = await PathSteps.Readings(db.Practices.AsNoTracking().Where(p => ids.Contains(p.Id)))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        return [.. steps
            .Where(s => practices.ContainsKey(s.PracticeId))
            .Select((s, index) =>
            {
                var p = practices[s.PracticeId];
                var row = new PathStepRow
                {
                    Number = index + 1,
                    PracticeId = p.Id,
                    Note = s.Note?.Trim() ?? "",
                    Kind = p.Kind,
                    Title = p.Title,
                    Summary = p.Summary,
                    Level = p.Level,
                    Minutes = p.Minutes,
                };
                return new PathStepPreview(new PathStepView(index + 1, row, Done: false), p.Published);
            })];
    }
}
