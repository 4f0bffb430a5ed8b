using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Features.Moderation;
using ClubMediaSociali.Web.Infrastructure;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Moderation;

/// <summary>
/// The moderators' desk: every queue with what waits in it, reached from the navigation; the contributions the
/// spam check held, with its reasons; the suspended members' appeals; the marked domains and phrases; marking a
/// member as a spammer, taking it back, and (for admins) suspending a member with a reason.
/// </summary>
[Authorize(Policy = Policies.Moderator)]
public sealed class ModerationController(IMediator mediator, IStringLocalizer<SharedResource> text) : ClubController
{
    [HttpGet("/moderazione")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await mediator.Send(new CountModerationWork(), cancellationToken));

    [HttpGet("/moderazione/trattenuti")]
    public async Task<IActionResult> Held(CancellationToken cancellationToken) =>
        View(new HeldPage(await mediator.Send(new GetHeldItems(), cancellationToken), await mediator.Send(new GetAppeals(), cancellationToken)));

    [HttpPost("/moderazione/trattenuti/{id:guid}")]
    public async Task<IActionResult> Review(Guid id, HeldDecision decision, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new ReviewHeldItem { HoldId = id, Decision = decision }, cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!, "/moderazione/trattenuti");
        }

        Notice(decision == HeldDecision.Approve
            ? text["Contenuto approvato: ora è visibile."]
            : text["Autore segnato come spam: i suoi contenuti sono nascosti e l'account è sospeso. «Non è spam» sulla sua pagina annulla tutto."]);
        return Redirect("/moderazione/trattenuti");
    }

    /// <summary>Reported messages: who reported and why; what was reported is read one report at a time.</summary>
    [HttpGet("/moderazione/messaggi")]
    public async Task<IActionResult> Reports(CancellationToken cancellationToken) => View(await mediator.Send(new GetMessageReports(), cancellationToken));

    /// <summary>One report's snapshot: reading it is recorded in the audit log.</summary>
    [HttpGet("/moderazione/messaggi/{id:guid}")]
    public async Task<IActionResult> Report(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new ReadMessageReport(id), cancellationToken);
        return result.IsSuccess ? View(result.Value) : Refusal(result.Error!, "/moderazione/messaggi");
    }

    [HttpPost("/moderazione/messaggi/{id:guid}")]
    public async Task<IActionResult> CloseReport(Guid id, [FromForm(Name = "agito")] bool actedOn, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new CloseMessageReport(id, actedOn), cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!, "/moderazione/messaggi");
        }

        Notice(text["Segnalazione chiusa."]);
        return Redirect("/moderazione/messaggi");
    }

    [HttpPost("/moderazione/membri/{id:guid}/spam")]
    public async Task<IActionResult> MarkAsSpam(Guid id, ContentKind? kind, Guid? targetId, [FromForm(Name = "ritorno")] string? back, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new MarkAsSpam { MemberId = id, Kind = kind, TargetId = targetId }, cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!);
        }

        Notice(result.Value.Count == 0
            ? text["Membro segnato come spam: i suoi contenuti sono nascosti e l'account è sospeso."].Value
            : text["Membro segnato come spam: i suoi contenuti sono nascosti, l'account è sospeso e questi domini sono ora segnati: {0}.", string.Join(", ", result.Value)].Value);
        // Back where the moderator was: the form says where, or the page it was sent from.
        var from = Request.GetTypedHeaders().Referer is { } referer && referer.Authority == Request.Host.Value ? referer.PathAndQuery : null;
        return LocalRedirect(Url.LocalOrHome(back ?? from));
    }

    [HttpPost("/moderazione/membri/{id:guid}/riattiva")]
    public async Task<IActionResult> Reinstate(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new ReinstateMember(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!);
        }

        Notice(text["Sospensione tolta: il membro può accedere di nuovo e i suoi contenuti sono tornati visibili."]);
        return Redirect($"/membri/{result.Value}");
    }

    [Authorize(Policy = Policies.Admin)]
    [HttpGet("/moderazione/membri/{id:guid}/sospendi")]
    public async Task<IActionResult> Suspend(Guid id, CancellationToken cancellationToken) =>
        await mediator.Send(new GetModerationSubject(id), cancellationToken) is { SuspendedAt: null } subject
            ? View(new SuspendPage(subject, new SuspendMember { MemberId = id }))
            : NotFound();

    [Authorize(Policy = Policies.Admin)]
    [HttpPost("/moderazione/membri/{id:guid}/sospendi")]
    public async Task<IActionResult> Suspend(Guid id, SuspendMember form, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new GetModerationSubject(id), cancellationToken) is not { } subject)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(new SuspendPage(subject, form));
        }

        var result = await mediator.Send(form with { MemberId = id }, cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!);
        }

        Notice(text["Account sospeso: il membro non può più accedere e vedrà il motivo che hai scritto."]);
        return Redirect($"/membri/{result.Value}");
    }

    [HttpPost("/moderazione/ricorsi/{id:guid}/archivia")]
    public async Task<IActionResult> DismissAppeal(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new DismissAppeal(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!, "/moderazione/trattenuti");
        }

        Notice(text["Ricorso archiviato: la sospensione resta."]);
        return Redirect("/moderazione/trattenuti");
    }

    [HttpGet("/moderazione/spam")]
    public async Task<IActionResult> Markers(CancellationToken cancellationToken) =>
        View(new MarkersPage(await mediator.Send(new GetSpamMarkers(), cancellationToken), new AddSpamMarker()));

    [HttpPost("/moderazione/spam")]
    public async Task<IActionResult> AddMarker(AddSpamMarker form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await mediator.Send(form, cancellationToken);
            if (result.IsSuccess)
            {
                Notice(text["Aggiunto all'elenco: i testi che lo contengono saranno trattenuti."]);
                return Redirect("/moderazione/spam");
            }

            AddRefusal(result.Error!);
        }

        return View(nameof(Markers), new MarkersPage(await mediator.Send(new GetSpamMarkers(), cancellationToken), form));
    }

    [HttpPost("/moderazione/spam/{id:guid}/rimuovi")]
    public async Task<IActionResult> RemoveMarker(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new RemoveSpamMarker(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!, "/moderazione/spam");
        }

        Notice(text["Tolto dall'elenco."]);
        return Redirect("/moderazione/spam");
    }
}

public sealed record HeldPage(IReadOnlyList<HeldEntry> Held, IReadOnlyList<AppealEntry> Appeals);

public sealed record SuspendPage(ModerationSubject Member, SuspendMember Form);

public sealed record MarkersPage(IReadOnlyList<SpamMarkerEntry> Markers, AddSpamMarker Form);

/// <summary>The navigation link to the moderators' desk with the number of items waiting; renders nothing for others.</summary>
public sealed class ModerationNavViewComponent(IMediator mediator, ICurrentMember currentMember) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!currentMember.IsModerator)
        {
            return Content(string.Empty);
        }

        return View(await mediator.Send(new CountModerationWork(), HttpContext.RequestAborted));
    }
}
