using ClubMediaSociali.Application.Features.Members;
using ClubMediaSociali.Application.Features.Reputation;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using ClubMediaSociali.Web.Infrastructure.Caching;
using ClubMediaSociali.Web.Infrastructure.Localization;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace ClubMediaSociali.Web.Features.Reputation;

/// <summary>The leadership network: leaderboards, badges, how reputation works, and a member's own value dashboard.</summary>
public sealed class ReputationController(IMediator mediator) : ClubController
{
    [AllowAnonymous]
    [OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.Members])]
    [HttpGet("/leader")]
    public async Task<IActionResult> Leaders([FromQuery(Name = "gruppo")] string? group, [FromQuery(Name = "periodo")] string? periodName, CancellationToken cancellationToken)
    {
        // A group that does not exist has no board, and adds no entry to the cache of boards.
        if (!string.IsNullOrEmpty(group)
            && !(await mediator.Send(new GetProfessionalRoles(ClubCultures.Current), cancellationToken)).Any(g => g.Key == group))
        {
            return NotFound();
        }

        var period = ReputationTexts.ParsePeriod(periodName);
        var board = await mediator.Send(new GetLeaderboard(group, period, ClubCultures.Current), cancellationToken);
        return View(new LeadersPage(board, period));
    }

    [AllowAnonymous]
    [HttpGet("/reputazione")]
    public IActionResult HowItWorks() => View();

    [AllowAnonymous]
    [OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.Members])]
    [HttpGet("/riconoscimenti")]
    public async Task<IActionResult> Badges(CancellationToken cancellationToken) =>
        View(await mediator.Send(new GetBadgeCatalogue(), cancellationToken));

    [AllowAnonymous]
    [OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.Members])]
    [HttpGet("/riconoscimenti/{key}")]
    public async Task<IActionResult> Badge(string key, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetBadgeHolders(key, ClubCultures.Current), cancellationToken);
        return result.IsSuccess ? View(result.Value) : Refusal(result.Error!);
    }

    [Authorize(Policy = Policies.Member)]
    [HttpGet("/profilo/valore")]
    public async Task<IActionResult> MyValue(CancellationToken cancellationToken) =>
        View(await mediator.Send(new GetMyValue(), cancellationToken));
}

public sealed record LeadersPage(Leaderboard Board, LeaderboardPeriod Period);
