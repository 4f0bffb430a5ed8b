using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Features.Notifications;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using ClubMediaSociali.Web.Infrastructure.Caching;
using ClubMediaSociali.Web.Infrastructure.Links;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Notifications;

/// <summary>
/// The notification centre: the member's latest notifications, opening one (marked read on the way),
/// marking all read, and the unread count the navigation refreshes with htmx.
/// </summary>
[Authorize(Policy = Policies.Member)]
public sealed class NotificationsController(IMediator mediator, IStringLocalizer<SharedResource> text) : ClubController
{
    /// <summary>Kept for the member on that device; a notification for them, or one they read, drops it (<see cref="MemberPages"/>).</summary>
    [OutputCache(PolicyName = PageCache.MemberPolicy)]
    [HttpGet("/notifiche")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await mediator.Send(new GetNotifications(), cancellationToken));

    /// <summary>The badge alone, for htmx to swap in place every minute.</summary>
    [HttpGet("/notifiche/conteggio")]
    public IActionResult Count() => ViewComponent("NotificationNav");

    [HttpPost("/notifiche/{id:guid}/apri")]
    public async Task<IActionResult> Open(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new OpenNotification(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        return LocalRedirect(ClubLinks.PathOf(result.Value));
    }

    [HttpPost("/notifiche/tutte-lette")]
    public async Task<IActionResult> MarkAllRead(CancellationToken cancellationToken)
    {
        await mediator.Send(new MarkAllNotificationsRead(), cancellationToken);
        Notice(text["Tutte le notifiche sono segnate come lette."]);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("/notifiche/preferenze")]
    public async Task<IActionResult> Preferences(CancellationToken cancellationToken) =>
        View(await mediator.Send(new GetNotificationPreferences(), cancellationToken));

    [HttpPost("/notifiche/preferenze")]
    public async Task<IActionResult> Preferences(
        Dictionary<string, NotificationChannel> channels, DigestFrequency digest, bool messageMail, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new SaveNotificationPreferences(channels, digest, messageMail), cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Notice(text["Preferenze salvate."]);
        return RedirectToAction(nameof(Preferences));
    }

    /// <summary>The link in every digest: a page with one button, so that mail scanners opening links change nothing.</summary>
    [AllowAnonymous]
    [HttpGet("/riepilogo/disiscriviti")]
    public IActionResult StopDigest(string? t) => View("StopDigest", new StopDigestPage(t, Done: false));

    /// <summary>
    /// Stops the digest. The signed token is the proof, so mail clients' one-click unsubscribe (RFC 8058), which
    /// posts with no form token, works too.
    /// </summary>
    [AllowAnonymous]
    [IgnoreAntiforgeryToken]
    [HttpPost("/riepilogo/disiscriviti")]
    public async Task<IActionResult> StopDigestConfirmed(string? t, [FromServices] Application.Common.Email.EmailTokens tokens, CancellationToken cancellationToken)
    {
        if (tokens.Read(Application.Common.Email.EmailTokens.DigestUnsubscribe, t) is not { } memberId
            || !await mediator.Send(new StopDigest(memberId), cancellationToken))
        {
            return View("StopDigest", new StopDigestPage(null, Done: false));
        }

        return View("StopDigest", new StopDigestPage(t, Done: true));
    }
}

public sealed record StopDigestPage(string? Token, bool Done);

public sealed class NotificationNavViewComponent(IMediator mediator) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        UserClaimsPrincipal.Identity?.IsAuthenticated == true
            ? View(await mediator.Send(new CountUnreadNotifications(UserClaimsPrincipal.MemberId()), HttpContext.RequestAborted))
            : Content(string.Empty);
}
