using ClubMediaSociali.Application.Features.Newsletter;
using ClubMediaSociali.Web.Infrastructure;
using ClubMediaSociali.Web.Infrastructure.Localization;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClubMediaSociali.Web.Features.Newsletter;

/// <summary>Email updates for visitors and members, with an explicit and recorded privacy consent.</summary>
[AllowAnonymous]
[Route("aggiornamenti")]
public sealed class NewsletterController(IMediator mediator) : ClubController
{
    [HttpGet("")]
    public IActionResult Subscribe(string? email) => View(new SubscribeToNewsletter { Email = email?.Trim() ?? "" });

    [HttpPost("")]
    [LimitedForm(FormLimit.Accounts, Field = "Email")]
    public async Task<IActionResult> Subscribe(SubscribeToNewsletter form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var command = form with { Language = ClubCultures.Current };
        var result = await mediator.Send(command, cancellationToken);
        return result.IsSuccess ? RedirectToAction(nameof(Subscribed)) : View(form);
    }

    [HttpGet("grazie")]
    public IActionResult Subscribed() => View();

    /// <summary>The link in the confirmation mail: a page with one button, so mail scanners opening links confirm nothing.</summary>
    [HttpGet("conferma")]
    public IActionResult Confirm(string? t) => View("Confirm", new NewsletterLinkPage(t, Done: false));

    [HttpPost("conferma")]
    public async Task<IActionResult> Confirmed(string? t, CancellationToken cancellationToken) =>
        View("Confirm", await mediator.Send(new ConfirmNewsletter(t), cancellationToken) ? new NewsletterLinkPage(t, Done: true) : new NewsletterLinkPage(null, Done: false));

    [HttpGet("disiscriviti")]
    public IActionResult Unsubscribe(string? t) => View("Unsubscribe", new NewsletterLinkPage(t, Done: false));

    /// <summary>Leaves the newsletter; the signed token is the proof, so mail clients' one-click unsubscribe works without a form token.</summary>
    [IgnoreAntiforgeryToken]
    [HttpPost("disiscriviti")]
    public async Task<IActionResult> Unsubscribed(string? t, CancellationToken cancellationToken) =>
        View("Unsubscribe", await mediator.Send(new UnsubscribeFromNewsletter(t), cancellationToken) ? new NewsletterLinkPage(t, Done: true) : new NewsletterLinkPage(null, Done: false));
}

public sealed record NewsletterLinkPage(string? Token, bool Done);
