using ClubMediaSociali.Application.Features.Home;
using ClubMediaSociali.Application.Features.Reputation;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using ClubMediaSociali.Web.Infrastructure.Caching;
using ClubMediaSociali.Web.Infrastructure.Localization;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace ClubMediaSociali.Web.Features.Home;

public sealed class HomeController(IMediator mediator) : ClubController
{
    [AllowAnonymous]
    [OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.Home])]
    [HttpGet("/")]
    public async Task<IActionResult> Index([FromQuery(Name = "dopo")] string? after, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return await BachecaAsync(after, cancellationToken);
        }

        var figures = await mediator.Send(new GetHomeFigures(), cancellationToken);
        var leaders = await mediator.Send(new GetEmergingLeaders(ClubCultures.Current), cancellationToken);
        return View(new HomeViewModel(figures, leaders));
    }

    /// <summary>The next page of the bacheca, for "Carica altri" (htmx puts it in place of the button).</summary>
    [Authorize(Policy = Policies.Member)]
    [HttpGet("/bacheca/altri")]
    public async Task<IActionResult> More([FromQuery(Name = "dopo")] string? after, CancellationToken cancellationToken)
    {
        if (!IsHtmx)
        {
            return Redirect(after is null ? "/" : $"/?dopo={Uri.EscapeDataString(after)}");
        }

        return PartialView("_FeedItems", await mediator.Send(new GetActivityFeed(ClubCultures.Current, after), cancellationToken));
    }

    private async Task<IActionResult> BachecaAsync(string? after, CancellationToken cancellationToken)
    {
        var feed = await mediator.Send(new GetActivityFeed(ClubCultures.Current, after), cancellationToken);
        var waiting = await mediator.Send(new GetWaiting(), cancellationToken);
        var since = after is null ? await mediator.Send(new GetSinceLastVisit(), cancellationToken) : null;
        var checklist = after is null ? await mediator.Send(new GetChecklist(), cancellationToken) : null;
        return View("Bacheca", new BachecaViewModel(feed, waiting, since, after is not null) { Checklist = checklist is { Done: false } ? checklist : null });
    }
}

public sealed record HomeViewModel(HomeFigures Figures, IReadOnlyList<EmergingGroup> EmergingLeaders);

/// <param name="SinceLastVisit">For a member back after a while: what changed in the whole Club since their previous visit.</param>
/// <param name="LaterPage">A later page of the feed, reached by the plain link without JavaScript.</param>
public sealed record BachecaViewModel(FeedPage Feed, Waiting Waiting, SinceLastVisit? SinceLastVisit, bool LaterPage)
{
    /// <summary>A newer member's first steps, until every one is done.</summary>
    public Checklist? Checklist { get; init; }
}
