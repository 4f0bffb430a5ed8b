using ClubMediaSociali.Application.Features.Statistics;
using ClubMediaSociali.Web.Infrastructure.Caching;
using ClubMediaSociali.Web.Infrastructure.Localization;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace ClubMediaSociali.Web.Features.Statistics;

/// <summary>The Club at a glance: public figures with charts.</summary>
[AllowAnonymous]
public sealed class StatisticsController(IMediator mediator) : ClubController
{
    [OutputCache(PolicyName = PageCache.Policy)]
    [HttpGet("/statistiche")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await mediator.Send(new GetClubStatistics(ClubCultures.Current), cancellationToken));
}
