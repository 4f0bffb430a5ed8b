using ClubMediaSociali.Application.Domain.Common;
using ClubMediaSociali.Application.Domain.FirstSteps;
using ClubMediaSociali.Application.Domain.Network;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Application.Features.FirstSteps;
using ClubMediaSociali.Application.Features.Home;
using ClubMediaSociali.Application.Features.Media;
using ClubMediaSociali.Application.Features.Repertoire;
using ClubMediaSociali.Web.Features.Media;
using ClubMediaSociali.Web.Features.Members;
using ClubMediaSociali.Web.Infrastructure;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using ClubMediaSociali.Web.Infrastructure.Caching;
using ClubMediaSociali.Web.Infrastructure.Localization;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Repertoire;

/// <summary>The community of practice's repertoire: finding, reading, writing and reviewing practices.</summary>
public sealed class RepertoireController(
    IMediator mediator, IStringLocalizer<SharedResource> text) : ClubController
{
    [AllowAnonymous]
    [OutputCache(PolicyName = PageCache.MemberPolicy, Tags = [PageCache.Practices])]
    [HttpGet("/repertorio")]
    public async Task<IActionResult> Index(RepertoireFilters filters, CancellationToken cancellationToken)
    {
        await ViewData.LoadRoleGroupsAsync(mediator, cancellationToken);
        if (!string.IsNullOrWhiteSpace(filters.Text))
        {
            var hits = await mediator.Send(new SearchPractices(filters.Text), cancellationToken);
            return View("Index", new RepertoirePage(new PracticePage([], null), filters.Normalized()) { Hits = hits });
        }

        filters = filters.Normalized();
        var page = await mediator.Send(filters.ToQuery(), cancellationToken);
        var featured = filters.IsEmpty ? await mediator.Send(new GetFeaturedPractices(), cancellationToken) : [];
        return View("Index", new RepertoirePage(page, filters) { Featured = featured });
    }

    [AllowAnonymous]
    [OutputCache(PolicyName = PageCache.MemberPolicy, Tags = [PageCache.Practices])]
    [HttpGet("/repertorio/parole-chiave/{tag}")]
    public async Task<IActionResult> Tag(string tag, RepertoireFilters filters, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            ViewData["TagFollowing"] = await mediator.Send(new Application.Features.Following.GetFollowState(Application.Domain.Network.FollowKind.Tag, tag), cancellationToken);
        }

        return await Index(filters with { Tag = tag, Text = null }, cancellationToken);
    }

    [AllowAnonymous]
    [OutputCache(PolicyName = PageCache.MemberPolicy, Tags = [PageCache.Practices])]
    [HttpGet("/repertorio/{id:guid}")]
    public async Task<IActionResult> Show(Guid id, [FromQuery(Name = "percorso")] string? path, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetPractice(id, ClubCultures.Current), cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!);
        }

        // Read as a step of a "Primi passi" path: the page shows where the reader is and the way on.
        if (path is { Length: > 0 and <= LearningPath.TitleMaxLength })
        {
            ViewData[PathStepBar.ViewDataKey] = await mediator.Send(new GetPathStep(path, id), cancellationToken);
        }

        return View(result.Value);
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpGet("/repertorio/nuova")]
    public async Task<IActionResult> Create([FromQuery(Name = "tipo")] PracticeKind? kind, CancellationToken cancellationToken)
    {
        // The kind comes first, so the form asks only for that kind's fields, with or without scripts.
        if (kind is not { } chosen || !Enum.IsDefined(chosen))
        {
            return View("ChooseKind", (Guid?)null);
        }

        await ViewData.LoadRoleGroupsAsync(mediator, cancellationToken);
        return View("Edit", new SavePracticeDraft { Kind = chosen });
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [LimitedForm(FormLimit.Contributions)]
    [UploadLimit(UploadKind.Attachment, files: Attachments.MaxPerItem)]
    [HttpPost("/repertorio/nuova")]
    public Task<IActionResult> Create(SavePracticeDraft form, CancellationToken cancellationToken) =>
        SaveAsync(form with { PracticeId = null }, cancellationToken);

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpGet("/repertorio/{id:guid}/modifica")]
    public async Task<IActionResult> Edit(Guid id, [FromQuery(Name = "tipo")] PracticeKind? kind, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetPractice(id, ClubCultures.Current), cancellationToken);
        if (!result.IsSuccess || !result.Value.May.IsAuthor)
        {
            return Refusal(result.Error ?? PracticeErrors.NotYours);
        }

        var view = result.Value;
        if (!view.May.CanEdit)
        {
            return RedirectToAction(nameof(Show), new { id });
        }

        // A published practice with an edit in progress opens that edit, not the published text.
        var content = PracticeContent.Of(view.Practice);
        if (view.OpenRevision is { } open)
        {
            var revision = await mediator.Send(new GetPracticeRevision(id, open.Number, ClubCultures.Current), cancellationToken);
            content = PracticeContent.Of(revision.Value.Practice);
        }

        await ViewData.LoadRoleGroupsAsync(mediator, cancellationToken);
        await ViewData.LoadAttachmentsAsync(mediator, content.AttachmentIds, cancellationToken);
        ViewData["IsRevision"] = view.Practice.Status == PracticeStatus.Published;
        return View(new SavePracticeDraft
        {
            PracticeId = id,
            Kind = kind is { } other && Enum.IsDefined(other) ? other : content.Kind,
            Title = content.Title,
            Summary = content.Summary,
            Body = content.BodyMarkdown,
            Level = content.Level,
            Channels = content.Channels,
            TargetRoleIds = content.TargetRoleIds,
            Tags = Tags.Format(content.Tags),
            ResourceUrl = content.ResourceUrl,
            ResourceFormat = content.ResourceFormat,
            StoryOrganisation = content.StoryOrganisation,
            StorySector = content.StorySector,
            StoryYear = content.StoryYear,
            StoryOutcome = content.StoryOutcome,
            Steps = string.Join('\n', content.Steps),
            AttachmentIds = content.AttachmentIds,
        });
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpGet("/repertorio/{id:guid}/tipo")]
    public async Task<IActionResult> ChooseKind(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetPractice(id, ClubCultures.Current), cancellationToken);
        if (!result.IsSuccess || !result.Value.May.CanEdit)
        {
            return Refusal(result.Error ?? (result.Value.May.IsAuthor ? PracticeErrors.NotEditable : PracticeErrors.NotYours));
        }

        return View("ChooseKind", (Guid?)id);
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [UploadLimit(UploadKind.Attachment, files: Attachments.MaxPerItem)]
    [HttpPost("/repertorio/{id:guid}/modifica")]
    public async Task<IActionResult> Edit(Guid id, SavePracticeDraft form, CancellationToken cancellationToken)
    {
        // Who may edit is decided before what is wrong with the form: a stranger's form, valid or not, is refused.
        var practice = await mediator.Send(new GetPractice(id, ClubCultures.Current), cancellationToken);
        if (!practice.IsSuccess || !practice.Value.May.CanEdit)
        {
            return Refusal(practice.Error ?? (practice.Value.May.IsAuthor ? PracticeErrors.NotEditable : PracticeErrors.NotYours));
        }

        return await SaveAsync(form with { PracticeId = id }, cancellationToken);
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/repertorio/{id:guid}/invia")]
    public async Task<IActionResult> Submit(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new SubmitPractice(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!);
        }

        Notice(text["Inviata ai moderatori: riceverai una notifica con la loro decisione."]);
        return RedirectToAction(nameof(Show), new { id });
    }

    [Authorize(Policy = Policies.Member)]
    [HttpGet("/repertorio/mie")]
    public async Task<IActionResult> Mine(CancellationToken cancellationToken) =>
        View(await mediator.Send(new GetMyPractices(), cancellationToken));

    /// <summary>Saved practices joined ideas and opportunities in one list ("Salvati").</summary>
    [AllowAnonymous]
    [HttpGet("/repertorio/salvate")]
    public IActionResult Saved() => RedirectPermanent("/salvati?tipo=pratiche");

    [Authorize(Policy = Policies.ConfirmedMember)]
    [EnableRateLimiting(RateLimits.Votes)]
    [HttpPost("/repertorio/{id:guid}/utile")]
    public async Task<IActionResult> Useful(Guid id, bool useful, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new MarkPracticeUseful(id, useful), cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!);
        }

        return await ActionsAsync(id, cancellationToken);
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/repertorio/{id:guid}/salva")]
    public async Task<IActionResult> Save(Guid id, bool saved, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new SaveItem(SavedKind.Practice, id, saved), cancellationToken);
        return result.IsSuccess ? await ActionsAsync(id, cancellationToken) : Refusal(result.Error!);
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/repertorio/{id:guid}/progressi")]
    public async Task<IActionResult> Progress(Guid id, int[]? done, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new SaveMethodProgress(id, done ?? []), cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        if (!IsHtmx)
        {
            Notice(text["Progressi salvati."]);
            return RedirectToAction(nameof(Show), null, new { id }, "passi");
        }

        var view = await mediator.Send(new GetPractice(id, ClubCultures.Current), cancellationToken);
        return PartialView("_MethodChecklist", view.Value);
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpGet("/repertorio/{id:guid}/versioni")]
    public async Task<IActionResult> History(Guid id, CancellationToken cancellationToken)
    {
        var practice = await mediator.Send(new GetPractice(id, ClubCultures.Current), cancellationToken);
        if (!practice.IsSuccess || !practice.Value.May.CanSeeWork)
        {
            return Refusal(practice.Error ?? PracticeErrors.NotFound);
        }

        return View(new PracticeHistory(practice.Value, await mediator.Send(new GetPracticeHistory(id), cancellationToken)));
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpGet("/repertorio/{id:guid}/versioni/{number:int}")]
    public async Task<IActionResult> Revision(Guid id, int number, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetPracticeRevision(id, number, ClubCultures.Current), cancellationToken);
        return result.IsSuccess ? View("Show", result.Value) : Refusal(result.Error!);
    }

    [Authorize(Policy = Policies.Moderator)]
    [HttpGet("/moderazione/repertorio")]
    public async Task<IActionResult> Queue(CancellationToken cancellationToken) =>
        View(await mediator.Send(new GetReviewQueue(), cancellationToken));

    [Authorize(Policy = Policies.Moderator)]
    [HttpPost("/repertorio/{id:guid}/revisione")]
    public async Task<IActionResult> Review(Guid id, ReviewPractice form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            var view = form.Revision is { } number
                ? await mediator.Send(new GetPracticeRevision(id, number, ClubCultures.Current), cancellationToken)
                : await mediator.Send(new GetPractice(id, ClubCultures.Current), cancellationToken);
            if (!view.IsSuccess)
            {
                return NotFound();
            }

            ViewData["ReviewNote"] = form.Note;
            return View("Show", view.Value);
        }

        var result = await mediator.Send(form with { PracticeId = id }, cancellationToken);
        if (result.Error == PracticeErrors.NotSubmitted || result.Error == PracticeErrors.ChangedMeanwhile)
        {
            // Usually another moderator got there first: show what stands now, and say that this decision did not count.
            Notice(text["Mentre leggevi, un altro moderatore ha deciso su questa pratica o la pratica è cambiata: la tua decisione non è stata registrata. Qui trovi lo stato attuale."]);
            return Redirect(form.Revision is { } number ? $"/repertorio/{id}/versioni/{number}" : $"/repertorio/{id}");
        }

        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Notice(text["Decisione registrata e comunicata all'autore."]);
        return RedirectToAction(nameof(Queue));
    }

    [Authorize(Policy = Policies.Moderator)]
    [HttpPost("/repertorio/{id:guid}/cura")]
    public async Task<IActionResult> Curate(Guid id, CuratePractice form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            var view = await mediator.Send(new GetPractice(id, ClubCultures.Current), cancellationToken);
            if (!view.IsSuccess)
            {
                return NotFound();
            }

            ViewData["CurationReason"] = form.Reason;
            return View("Show", view.Value);
        }

        var result = await mediator.Send(form with { PracticeId = id }, cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!);
        }

        Notice(text["Decisione registrata."]);
        return RedirectToAction(nameof(Show), new { id });
    }

    /// <summary>After "utile" or "salva": the buttons again for htmx, the page again without it.</summary>
    private async Task<IActionResult> ActionsAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!IsHtmx)
        {
            return RedirectToAction(nameof(Show), new { id });
        }

        var view = await mediator.Send(new GetPractice(id, ClubCultures.Current), cancellationToken);
        return PartialView("_PracticeActions", PracticeActions.Of(view.Value));
    }

    private async Task<IActionResult> SaveAsync(SavePracticeDraft form, CancellationToken cancellationToken)
    {
        // New documents are kept with the form whatever else is wrong with it.
        var command = form with { AttachmentIds = await this.AcceptNewFilesAsync(mediator, form.AttachmentIds, cancellationToken) };
        if (ModelState.IsValid)
        {
            var result = await mediator.Send(command, cancellationToken);
            if (result.IsSuccess)
            {
                Notice(text["Bozza salvata. Quando è pronta, inviala ai moderatori."]);
                return RedirectToAction(nameof(Show), new { id = result.Value });
            }

            return Refusal(result.Error!);
        }

        await ViewData.LoadRoleGroupsAsync(mediator, cancellationToken);
        await ViewData.LoadAttachmentsAsync(mediator, command.AttachmentIds, cancellationToken);
        return View("Edit", command);
    }
}

public sealed record RepertoirePage(PracticePage Page, RepertoireFilters Filters)
{
    public IReadOnlyList<PracticeCard> Featured { get; init; } = [];

    public IReadOnlyList<PracticeSearchHit>? Hits { get; init; }
}

public sealed record PracticeHistory(PracticeView Practice, IReadOnlyList<RevisionSummary> Versions);

/// <summary>The "utile" and "salva" buttons of a practice, refreshed in place by htmx.</summary>
public sealed record PracticeActions(Guid PracticeId, bool Useful, int UsefulCount, bool Saved)
{
    public static PracticeActions Of(PracticeView view) =>
        new(view.Practice.Id, view.ViewerMarkedUseful, view.Practice.UsefulCount, view.ViewerSaved);
}
