using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Features.Moderation;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClubMediaSociali.Web.Features.Moderation;

/// <summary>The moderators' desk: every queue with what waits in it, reached from the navigation.</summary>
[Authorize(Policy = Policies.Moderator)]
public sealed class ModerationController(IMediator mediator) : ClubController
{
    [HttpGet("/moderazione")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await mediator.Send(new CountModerationWork(), cancellationToken));
}

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
