using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Features.Editions;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Editions;

/// <summary>
/// The editions of the Club's updates. Moderators find the one prepared each week, write its introduction in both
/// languages, preview the mail in each, send a test to themselves, and send it (now or at a time); everyone
/// reads the editions that went out in the archive.
/// </summary>
[Authorize(Policy = Policies.Moderator)]
public sealed class EditionsController(IMediator mediator, EditionMail mail, IStringLocalizer<SharedResource> text) : ClubController
{
    /// <summary>The archive of the editions that went out, newest first.</summary>
    [AllowAnonymous]
    [HttpGet("/aggiornamenti/edizioni")]
    public async Task<IActionResult> Archive(CancellationToken cancellationToken) =>
        View(await mediator.Send(new GetArchivedEditions(), cancellationToken));

    [AllowAnonymous]
    [HttpGet("/aggiornamenti/edizioni/{number:int}")]
    public async Task<IActionResult> Edition(int number, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetEdition(Number: number), cancellationToken);
        return result.IsSuccess ? View(result.Value.Edition) : Refusal(result.Error!);
    }

    [HttpGet("/moderazione/aggiornamenti")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await mediator.Send(new GetEditions(), cancellationToken));

    [HttpPost("/moderazione/aggiornamenti/prepara")]
    public async Task<IActionResult> Prepare(CancellationToken cancellationToken)
    {
        var id = await mediator.Send(new PrepareEdition(), cancellationToken);
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpGet("/moderazione/aggiornamenti/{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetEdition(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!);
        }

        return View(EditionPage.Of(result.Value));
    }

    [HttpPost("/moderazione/aggiornamenti/{id:guid}")]
    public async Task<IActionResult> Save(Guid id, SaveEdition form, CancellationToken cancellationToken)
    {
        var found = await mediator.Send(new GetEdition(id), cancellationToken);
        if (!found.IsSuccess)
        {
            return Refusal(found.Error!);
        }

        form = form with { EditionId = id };
        if (!ModelState.IsValid)
        {
            return View("Edit", new EditionPage(found.Value, form));
        }

        var result = await mediator.Send(form, cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!, $"/moderazione/aggiornamenti/{id}");
        }

        Notice(text["Edizione salvata. Controlla le anteprime prima di inviarla."]);
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("/moderazione/aggiornamenti/{id:guid}/prova")]
    public async Task<IActionResult> Test(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new SendEditionTest(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!);
        }

        Notice(text["Prova inviata a {0}, in italiano e in inglese.", result.Value]);
        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>"Invia ora" (<paramref name="now"/>) or at the Italian time of the form.</summary>
    [HttpPost("/moderazione/aggiornamenti/{id:guid}/invio")]
    public async Task<IActionResult> Schedule(Guid id, [FromForm(Name = "quando")] DateTime? at, bool now, CancellationToken cancellationToken)
    {
        var found = await mediator.Send(new GetEdition(id), cancellationToken);
        if (!found.IsSuccess)
        {
            return Refusal(found.Error!);
        }

        if (!now && at is null)
        {
            ModelState.AddModelError("quando", text["Scegli giorno e ora dell'invio, oppure usa «Invia ora»."]);
            return View("Edit", EditionPage.Of(found.Value));
        }

        var result = await mediator.Send(new ScheduleEdition(id, now ? null : ItalianCalendar.FromItalianTime(at!.Value)), cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!, $"/moderazione/aggiornamenti/{id}");
        }

        Notice(now
            ? text["Invio avviato: le email partono poche alla volta, a ogni iscritto una sola."].Value
            : text["Invio programmato per il {0}.", ItalianCalendar.ToItalianTime(result.Value).ToString("d MMMM yyyy, HH:mm", System.Globalization.CultureInfo.CurrentCulture)].Value);
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("/moderazione/aggiornamenti/{id:guid}/annulla")]
    public async Task<IActionResult> Unschedule(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new UnscheduleEdition(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!, $"/moderazione/aggiornamenti/{id}");
        }

        Notice(text["Invio annullato: l'edizione è tornata in bozza."]);
        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>
    /// The mail itself, as a subscriber in that language will receive it, for the frames of the editor. Mail
    /// needs inline styles, so this response alone allows them (and no script), and only this site may frame it.
    /// </summary>
    [HttpGet("/moderazione/aggiornamenti/{id:guid}/anteprima/{language:regex(^(it|en)$)}")]
    public async Task<IActionResult> Preview(Guid id, string language, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetEdition(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!);
        }

        var message = mail.Compose(result.Value.Edition, Languages.FromCode(language), "anteprima@club.example", subscriberId: null);
        Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";
        Response.Headers.XFrameOptions = "SAMEORIGIN";
        return Content(message.HtmlBody, "text/html; charset=utf-8");
    }
}

public sealed record EditionPage(EditionView View, SaveEdition Form)
{
    /// <summary>The editor as the edition stands, its form filled from it.</summary>
    public static EditionPage Of(EditionView view) => new(view, new SaveEdition
    {
        EditionId = view.Edition.Id,
        TitleIt = view.Edition.TitleIt,
        TitleEn = view.Edition.TitleEn,
        IntroIt = view.Edition.IntroIt,
        IntroEn = view.Edition.IntroEn,
    });
}
