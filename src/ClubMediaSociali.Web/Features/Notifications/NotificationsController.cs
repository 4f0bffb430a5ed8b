using ClubMediaSociali.Application.Features.Notifications;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Notifications;

/// <summary>
/// The notification centre: the member's latest notifications, opening one (marked read on the way),
/// marking all read, and the unread count the navigation refreshes with htmx.
/// </summary>
[Authorize(Policy = Policies.Member)]
public sealed class NotificationsController(IMediator mediator, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("/notifiche")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await mediator.Send(new GetNotifications(User.MemberId()), cancellationToken));

    /// <summary>The badge alone, for htmx to swap in place every minute.</summary>
    [HttpGet("/notifiche/conteggio")]
    public IActionResult Count() => ViewComponent("NotificationNav");

    [HttpPost("/notifiche/{id:guid}/apri")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Open(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new OpenNotification(id, User.MemberId()), cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        // Links are written by the application itself, but only ever follow local ones.
        return Url.IsLocalUrl(result.Value) ? Redirect(result.Value) : Redirect("/notifiche");
    }

    [HttpPost("/notifiche/tutte-lette")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> MarkAllRead(CancellationToken cancellationToken)
    {
        await mediator.Send(new MarkAllNotificationsRead(User.MemberId()), cancellationToken);
        TempData["Notice"] = text["Tutte le notifiche sono segnate come lette."].Value;
        return Redirect("/notifiche");
    }
}

public sealed class NotificationNavViewComponent(IMediator mediator) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        UserClaimsPrincipal.Identity?.IsAuthenticated == true
            ? View(await mediator.Send(new CountUnreadNotifications(UserClaimsPrincipal.MemberId()), HttpContext.RequestAborted))
            : Content(string.Empty);
}
