using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClubMediaSociali.Web.Features.Legal;

[AllowAnonymous]
public sealed class LegalController : Controller
{
    [HttpGet("/privacy")]
    public IActionResult Privacy() => View();

    [HttpGet("/condizioni")]
    public IActionResult Terms() => View();
}
