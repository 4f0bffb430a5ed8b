using ClubMediaSociali.Application.Features.FirstSteps;
using ClubMediaSociali.Application.Features.Repertoire;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using ClubMediaSociali.Web.Infrastructure.Caching;
using ClubMediaSociali.Web.Infrastructure.Links;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.FirstSteps;

/// <summary>"Primi passi": learning paths through the repertoire and the glossary, read by all, kept by moderators.</summary>
public sealed class FirstStepsController(IMediator mediator, IStringLocalizer<SharedResource> text) : ClubController
{
    [AllowAnonymous]
    [OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.Practices])]
    [HttpGet("/primi-passi")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await mediator.Send(new GetLearningPaths(), cancellationToken));

    [AllowAnonymous]
    [OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.Practices])]
    [HttpGet("/primi-passi/{slug}")]
    public async Task<IActionResult> Path(string slug, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetLearningPath(slug), cancellationToken);
        return result.IsSuccess ? View(result.Value) : Refusal(result.Error!);
    }

    [AllowAnonymous]
    [OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.Practices])]
    [HttpGet("/glossario")]
    public async Task<IActionResult> Glossary(CancellationToken cancellationToken) =>
        View(await mediator.Send(new GetGlossary(), cancellationToken));

    /// <summary>"Ho letto": the step is marked as read and the member goes on to the next one, or back to the path at the end.</summary>
    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/primi-passi/{slug}/passi/{practiceId:guid}")]
    public async Task<IActionResult> CompleteStep(string slug, Guid practiceId, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new CompletePathStep(slug, practiceId), cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!);
        }

        var done = result.Value;
        if (done.Next is { } next)
        {
            return Redirect(PathLinks.Step(next, slug));
        }

        Notice(done.JustCompleted ? text["Complimenti: hai completato il percorso! Hai guadagnato {0} punti di reputazione.", Application.Domain.Reputation.ReputationReasons.PathCompleted.Points] : text["Hai letto tutti i passi del percorso."]);
        return RedirectToAction(nameof(Path), new { slug });
    }

    [Authorize(Policy = Policies.Moderator)]
    [HttpGet("/moderazione/percorsi")]
    public async Task<IActionResult> Manage(CancellationToken cancellationToken) =>
        View(new ManagePage(await mediator.Send(new GetLearningPaths(), cancellationToken), await mediator.Send(new GetGlossary(), cancellationToken)));

    [Authorize(Policy = Policies.Moderator)]
    [HttpGet("/moderazione/percorsi/nuovo")]
    public Task<IActionResult> CreatePath(CancellationToken cancellationToken) =>
        EditorAsync(new SaveLearningPath { IsDraft = true }, cancellationToken);

    [Authorize(Policy = Policies.Moderator)]
    [HttpGet("/moderazione/percorsi/{slug}/modifica")]
    public async Task<IActionResult> EditPath(string slug, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetLearningPath(slug), cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        var path = result.Value;
        return await EditorAsync(new SaveLearningPath
        {
            PathId = path.Id,
            Title = path.Title,
            Intro = path.Intro,
            IsDraft = path.IsDraft,
            Position = path.Position,
            Steps = [.. path.Steps.Select(s => new PathStepInput { PracticeId = s.PracticeId, Note = s.Note })],
        }, cancellationToken, slug: path.Slug);
    }

    /// <summary>
    /// The picker's buttons (search, add, move, remove, preview): the form comes back changed, nothing is saved.
    /// Each is a plain submit, so the editor works without scripts; with htmx only the editor is swapped.
    /// </summary>
    [Authorize(Policy = Policies.Moderator)]
    [HttpPost("/moderazione/percorsi/componi")]
    public Task<IActionResult> ComposePath(SaveLearningPath form, string? op, string? search, string? slug, CancellationToken cancellationToken)
    {
        // What is wrong with the form is said when it is saved, not while it is being composed.
        ModelState.Clear();
        var change = PathEditorOps.Apply(form, op, text);
        return EditorAsync(change.Form, cancellationToken, slug, search, change.Focus, change.Status, change.Search, change.Preview);
    }

    [Authorize(Policy = Policies.Moderator)]
    [HttpPost("/moderazione/percorsi")]
    public async Task<IActionResult> SavePath(SaveLearningPath form, string? slug, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await EditorAsync(form, cancellationToken, slug);
        }

        var result = await mediator.Send(form, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Notice(form.IsDraft ? text["Bozza del percorso salvata: la vedono solo i moderatori."] : text["Percorso salvato."]);
        return RedirectToAction(nameof(Path), new { slug = result.Value });
    }

    [Authorize(Policy = Policies.Moderator)]
    [HttpPost("/moderazione/percorsi/{id:guid}/elimina")]
    public async Task<IActionResult> DeletePath(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new DeleteLearningPath(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Notice(text["Percorso eliminato."]);
        return RedirectToAction(nameof(Manage));
    }

    private async Task<IActionResult> EditorAsync(
        SaveLearningPath form, CancellationToken cancellationToken, string? slug = null, string? search = null,
        string? focus = null, string? status = null, bool runSearch = false, bool preview = false)
    {
        var steps = await mediator.Send(new PreviewPathSteps(form.Steps), cancellationToken);
        var hits = runSearch && !string.IsNullOrWhiteSpace(search)
            ? (await mediator.Send(new SearchPractices(search), cancellationToken)).Take(PathEditor.MaxResults).ToList()
            : null;
        return View("EditPath", new PathEditor(form, slug, steps, search, hits, preview, focus, status));
    }

    [Authorize(Policy = Policies.Moderator)]
    [HttpGet("/moderazione/glossario/nuovo")]
    public IActionResult CreateTerm() => View("EditTerm", new SaveGlossaryTerm());

    [Authorize(Policy = Policies.Moderator)]
    [HttpGet("/moderazione/glossario/{id:guid}/modifica")]
    public async Task<IActionResult> EditTerm(Guid id, CancellationToken cancellationToken)
    {
        var term = (await mediator.Send(new GetGlossary(), cancellationToken)).FirstOrDefault(t => t.Id == id);
        if (term is null)
        {
            return NotFound();
        }

        return View(new SaveGlossaryTerm
        {
            TermId = term.Id,
            Term = term.Term,
            Definition = term.Definition,
            RelatedPractices = PracticeAddresses(term.Related.Select(r => r.Id)),
        });
    }

    [Authorize(Policy = Policies.Moderator)]
    [HttpPost("/moderazione/glossario")]
    public async Task<IActionResult> SaveTerm(SaveGlossaryTerm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View("EditTerm", form);
        }

        var result = await mediator.Send(form, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Notice(text["Termine salvato."]);
        return RedirectToAction(nameof(Glossary), null, null, result.Value);
    }

    [Authorize(Policy = Policies.Moderator)]
    [HttpPost("/moderazione/glossario/{id:guid}/elimina")]
    public async Task<IActionResult> DeleteTerm(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new DeleteGlossaryTerm(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Notice(text["Termine eliminato."]);
        return RedirectToAction(nameof(Manage));
    }

    /// <summary>The related practices as the glossary form shows them: the address of each page, one per line.</summary>
    private static string PracticeAddresses(IEnumerable<Guid> ids) =>
        string.Join('\n', ids.Select(id => ClubLinks.PathOf(Application.Common.Links.Target.Practice(id))));
}

public sealed record ManagePage(IReadOnlyList<LearningPathSummary> Paths, IReadOnlyList<GlossaryEntry> Terms);
