using ClubMediaSociali.Application.Features.Home;
using ClubMediaSociali.Application.Features.Reputation;
using ClubMediaSociali.Web.Infrastructure.Caching;
using ClubMediaSociali.Web.Infrastructure.Localization;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace ClubMediaSociali.Web.Features.Home;

[AllowAnonymous]
public sealed class HomeController(IMediator mediator) : ClubController
{
    [OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.Home])]
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var figures = await mediator.Send(new GetHomeFigures(), cancellationToken);
        var leaders = await mediator.Send(new GetEmergingLeaders(ClubCultures.Current), cancellationToken);
        var since = User.Identity?.IsAuthenticated == true ? await mediator.Send(new GetSinceLastVisit(), cancellationToken) : null;
        return View(new HomeViewModel(figures, leaders) { SinceLastVisit = since });
    }
}

public sealed record HomeViewModel(HomeFigures Figures, IReadOnlyList<EmergingGroup> EmergingLeaders)
{
    /// <summary>For a signed-in member back after a while: what changed since their previous visit.</summary>
    public SinceLastVisit? SinceLastVisit { get; init; }
}
