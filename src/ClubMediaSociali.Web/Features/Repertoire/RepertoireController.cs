using ClubMediaSociali.Application.Domain.Common;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Application.Features.Members;
using ClubMediaSociali.Application.Features.Repertoire;
using ClubMediaSociali.Web.Features.Members;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using ClubMediaSociali.Web.Infrastructure.Localization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Repertoire;

/// <summary>The community of practice's repertoire: reading, writing, submitting and reviewing practices.</summary>
public sealed class RepertoireController(
    IMediator mediator, IAuthorizationService authorization, IStringLocalizer<SharedResource> text) : Controller
{
    [AllowAnonymous]
    [HttpGet("/repertorio")]
    public async Task<IActionResult> Index(
        [FromQuery(Name = "tipo")] PracticeKind? kind, [FromQuery(Name = "livello")] PracticeLevel? level,
        [FromQuery(Name = "dopo")] string? after, [FromQuery(Name = "q")] string? text, CancellationToken cancellationToken)
    {
        var queue = await IsModeratorAsync() ? await mediator.Send(new CountReviewQueue(), cancellationToken) : (int?)null;
        if (!string.IsNullOrWhiteSpace(text))
        {
            var hits = await mediator.Send(new SearchPractices(text), cancellationToken);
            return View(new RepertoirePage(new PracticePage([], null), null, null, queue) { Text = text.Trim(), Hits = hits });
        }

        kind = kind is { } k && Enum.IsDefined(k) ? k : null;
        level = level is { } l && Enum.IsDefined(l) ? l : null;
        var page = await mediator.Send(new ListPractices { Kind = kind, Level = level, After = after }, cancellationToken);
        return View(new RepertoirePage(page, kind, level, queue));
    }

    [AllowAnonymous]
    [HttpGet("/repertorio/{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        var viewer = User.MemberIdOrNull();
        var result = await mediator.Send(new GetPractice(id, viewer, await IsModeratorAsync(), ClubCultures.Current), cancellationToken);
        return result.IsSuccess ? View(result.Value) : NotFound();
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpGet("/repertorio/nuova")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        await ViewData.LoadRoleGroupsAsync(mediator, cancellationToken);
        return View("Edit", new SavePracticeDraft());
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/repertorio/nuova")]
    public Task<IActionResult> Create(SavePracticeDraft form, CancellationToken cancellationToken) =>
        SaveAsync(form with { PracticeId = null }, cancellationToken);

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpGet("/repertorio/{id:guid}/modifica")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetPractice(id, User.MemberId(), ViewerIsModerator: false, ClubCultures.Current), cancellationToken);
        if (!result.IsSuccess || !result.Value.ViewerIsAuthor)
        {
            return NotFound();
        }

        var p = result.Value.Practice;
        if (p.Status is not (PracticeStatus.Draft or PracticeStatus.ChangesRequested))
        {
            return RedirectToAction(nameof(Show), new { id });
        }

        await ViewData.LoadRoleGroupsAsync(mediator, cancellationToken);
        return View(new SavePracticeDraft
        {
            PracticeId = p.Id,
            Kind = p.Kind,
            Title = p.Title,
            Summary = p.Summary,
            Body = p.BodyMarkdown,
            Level = p.Level,
            Channels = p.Channels,
            TargetRoleIds = p.TargetRoleIds,
            Tags = Tags.Format(p.Tags),
            ResourceUrl = p.ResourceUrl,
            ResourceFormat = p.ResourceFormat,
            StoryOrganisation = p.StoryOrganisation,
            StorySector = p.StorySector,
            StoryYear = p.StoryYear,
            StoryOutcome = p.StoryOutcome,
            Steps = string.Join('\n', p.Steps),
        });
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/repertorio/{id:guid}/modifica")]
    public Task<IActionResult> Edit(Guid id, SavePracticeDraft form, CancellationToken cancellationToken) =>
        SaveAsync(form with { PracticeId = id }, cancellationToken);

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/repertorio/{id:guid}/invia")]
    public async Task<IActionResult> Submit(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new SubmitPractice(id, User.MemberId()), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error == PracticeErrors.NotEditable ? Conflict() : NotFound();
        }

        TempData["Notice"] = text["Inviata ai moderatori: riceverai una notifica con la loro decisione."].Value;
        return RedirectToAction(nameof(Show), new { id });
    }

    [Authorize(Policy = Policies.Member)]
    [HttpGet("/repertorio/mie")]
    public async Task<IActionResult> Mine(CancellationToken cancellationToken) =>
        View(await mediator.Send(new GetMyPractices(User.MemberId()), cancellationToken));

    [Authorize(Policy = Policies.Moderator)]
    [HttpGet("/moderazione/repertorio")]
    public async Task<IActionResult> Queue(CancellationToken cancellationToken) =>
        View(await mediator.Send(new GetReviewQueue(), cancellationToken));

    [Authorize(Policy = Policies.Moderator)]
    [HttpPost("/repertorio/{id:guid}/revisione")]
    public async Task<IActionResult> Review(Guid id, ReviewPractice form, CancellationToken cancellationToken)
    {
        var command = form with { PracticeId = id, ModeratorId = User.MemberId() };
        if (!ModelState.IsValid)
        {
            var view = await mediator.Send(new GetPractice(id, User.MemberId(), ViewerIsModerator: true, ClubCultures.Current), cancellationToken);
            if (!view.IsSuccess)
            {
                return NotFound();
            }

            ViewData["ReviewNote"] = form.Note;
            return View("Show", view.Value);
        }

        var result = await mediator.Send(command, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error == PracticeErrors.NotSubmitted ? Conflict() : NotFound();
        }

        TempData["Notice"] = text["Decisione registrata e comunicata all'autore."].Value;
        return Redirect("/moderazione/repertorio");
    }

    private async Task<IActionResult> SaveAsync(SavePracticeDraft form, CancellationToken cancellationToken)
    {
        var command = form with { AuthorId = User.MemberId() };
        if (ModelState.IsValid)
        {
            var result = await mediator.Send(command, cancellationToken);
            if (result.IsSuccess)
            {
                TempData["Notice"] = text["Bozza salvata. Quando è pronta, inviala ai moderatori."].Value;
                return RedirectToAction(nameof(Show), new { id = result.Value });
            }

            return result.Error == PracticeErrors.NotEditable ? Conflict() : NotFound();
        }

        await ViewData.LoadRoleGroupsAsync(mediator, cancellationToken);
        return View("Edit", command);
    }

    private async Task<bool> IsModeratorAsync() =>
        User.Identity?.IsAuthenticated == true && (await authorization.AuthorizeAsync(User, Policies.Moderator)).Succeeded;

}

public sealed record RepertoirePage(PracticePage Page, PracticeKind? Kind, PracticeLevel? Level, int? QueueCount)
{
    public string? Text { get; init; }

    public IReadOnlyList<PracticeSearchHit>? Hits { get; init; }
}
