using ClubMediaSociali.Application.Domain.FirstSteps;
using ClubMediaSociali.Application.Features.FirstSteps;
using ClubMediaSociali.Application.Features.Repertoire;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.FirstSteps;

/// <summary>
/// The path editor as the moderator sees it: the form, its steps as readers will meet them, the practices
/// found by the search, and what the last button did (said aloud to screen readers, with the focus put
/// back on the step that moved).
/// </summary>
public sealed record PathEditor(
    SaveLearningPath Form, string? Slug, IReadOnlyList<PathStepPreview> Steps, string? Search,
    IReadOnlyList<PracticeSearchHit>? Results, bool Preview, string? Focus, string? Status)
{
    public const int MaxResults = 10;

    public bool Contains(Guid practiceId) => Form.Steps.Any(s => s.PracticeId == practiceId);
}

/// <summary>What one of the picker's buttons does to the form: pure, so it is the same with or without scripts.</summary>
public static class PathEditorOps
{
    public sealed record Change(SaveLearningPath Form, string? Focus, string? Status, bool Search, bool Preview);

    /// <param name="op">"search", "preview", "order" (after a drag), "add:{practice id}", "up:{index}", "down:{index}" or "remove:{index}".</param>
    public static Change Apply(SaveLearningPath form, string? op, IStringLocalizer text)
    {
        var steps = form.Steps.ToList();
        var (verb, argument) = op?.Split(':', 2) is [var v, var a] ? (v, a) : (op ?? "", "");
        var index = int.TryParse(argument, out var i) && i >= 0 && i < steps.Count ? i : -1;
        switch (verb)
        {
            case "add" when Guid.TryParse(argument, out var practiceId):
                if (steps.Any(s => s.PracticeId == practiceId))
                {
                    return new(form, "path-search", text["Questa pratica è già nel percorso."], true, false);
                }

                if (steps.Count >= LearningPath.MaxSteps)
                {
                    return new(form, "path-search", text["Al massimo {0} passi in un percorso.", LearningPath.MaxSteps], true, false);
                }

                steps.Add(new PathStepInput { PracticeId = practiceId });
                return new(form with { Steps = [.. steps] }, $"step-{steps.Count - 1}-note", text["Pratica aggiunta come passo {0}.", steps.Count], true, false);
            case "up" when index > 0:
            case "down" when index >= 0 && index < steps.Count - 1:
                var to = verb == "up" ? index - 1 : index + 1;
                (steps[index], steps[to]) = (steps[to], steps[index]);
                // The focus stays on the same button of the moved step, or on the other one at either end.
                var button = (verb, to) switch
                {
                    ("up", 0) => "down",
                    ("down", _) when to == steps.Count - 1 => "up",
                    _ => verb,
                };
                return new(form with { Steps = [.. steps] }, $"step-{to}-{button}", text["Passo spostato in posizione {0}.", to + 1], false, false);
            case "remove" when index >= 0:
                steps.RemoveAt(index);
                var focus = steps.Count == 0 ? "path-search" : $"step-{Math.Min(index, steps.Count - 1)}-note";
                return new(form with { Steps = [.. steps] }, focus, text["Passo tolto. Ora i passi sono {0}.", steps.Count], false, false);
            case "order":
                return new(form, null, text["Ordine dei passi aggiornato."], false, false);
            case "preview":
                return new(form, "path-preview", null, false, true);
            default:
                return new(form, "path-search", null, true, false);
        }
    }
}
