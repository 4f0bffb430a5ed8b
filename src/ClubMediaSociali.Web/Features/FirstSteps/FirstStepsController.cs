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

    [Authorize(Policy = Policies.Moderator)]
    [HttpGet("/moderazione/percorsi")]
    public async Task<IActionResult> Manage(CancellationToken cancellationToken) =>
        View(new ManagePage(await mediator.Send(new GetLearningPaths(), cancellationToken), await mediator.Send(new GetGlossary(), cancellationToken)));

    [Authorize(Policy = Policies.Moderator)]
    [HttpGet("/moderazione/percorsi/nuovo")]
    public IActionResult CreatePath() => View("EditPath", new SaveLearningPath());

    [Authorize(Policy = Policies.Moderator)]
    [HttpGet("/moderazione/percorsi/{slug}/modifica")]
    public async Task<IActionResult> EditPath(string slug, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetLearningPath(slug), cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        var path = result.Value.Path;
        return View(new SaveLearningPath
        {
            PathId = path.Id,
            Title = path.Title,
            Intro = path.Intro,
            Position = path.Position,
            Practices = PracticeAddresses(path.PracticeIds),
        });
    }

    [Authorize(Policy = Policies.Moderator)]
    [HttpPost("/moderazione/percorsi")]
    public async Task<IActionResult> SavePath(SaveLearningPath form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View("EditPath", form);
        }

        var result = await mediator.Send(form, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Notice(text["Percorso salvato."]);
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

    /// <summary>The practices as the form shows them: the address of each page, one per line.</summary>
    private static string PracticeAddresses(IEnumerable<Guid> ids) =>
        string.Join('\n', ids.Select(id => ClubLinks.PathOf(Application.Common.Links.Target.Practice(id))));
}

public sealed record ManagePage(IReadOnlyList<LearningPathSummary> Paths, IReadOnlyList<GlossaryEntry> Terms);
