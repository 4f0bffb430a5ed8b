using ClubMediaSociali.Application.Features.Newsletter;
using ClubMediaSociali.Web.Infrastructure.Localization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Newsletter;

/// <summary>Email updates for visitors and members, with an explicit and recorded privacy consent.</summary>
[AllowAnonymous]
[Route("aggiornamenti")]
public sealed class NewsletterController(IMediator mediator, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public IActionResult Subscribe() => View(new SubscribeToNewsletter());

    [HttpPost("")]
    public async Task<IActionResult> Subscribe(SubscribeToNewsletter form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var command = form with { Culture = ClubCultures.Current };
        var result = await mediator.Send(command, cancellationToken);
        if (!result.IsSuccess)
        {
            if (result.Error == NewsletterErrors.AlreadySubscribed)
            {
                ModelState.AddModelError(nameof(form.Email), text["Questo indirizzo riceve già gli aggiornamenti del Club."]);
            }

            return View(form);
        }

        return RedirectToAction(nameof(Subscribed));
    }

    [HttpGet("grazie")]
    public IActionResult Subscribed() => View();
}
