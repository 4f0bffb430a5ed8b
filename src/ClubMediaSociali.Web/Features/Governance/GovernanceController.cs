using ClubMediaSociali.Application.Features.Admin;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClubMediaSociali.Web.Features.Governance;

/// <summary>The Club's light structure, in the open: the roles, the rules, and who holds the staff roles.</summary>
[AllowAnonymous]
public sealed class GovernanceController(IMediator mediator) : ClubController
{
    [HttpGet("/governance")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await mediator.Send(new GetStaff(), cancellationToken));
}
