using ClubMediaSociali.Web.Infrastructure.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClubMediaSociali.Tools.Baseline;

[AllowAnonymous]
public sealed class FortunesController(FortunesDbContext db) : ClubController
{
    [HttpGet("/bench/fortunes")]
    public async Task<IActionResult> Fortunes(CancellationToken cancellationToken) =>
        View("~/Baseline/Fortunes.cshtml", await db.ReadAsync(cancellationToken));
}
