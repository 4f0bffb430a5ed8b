using ClubMediaSociali.Web.Infrastructure;
using ClubMediaSociali.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace ClubMediaSociali.Web.Features.Culture;

/// <summary>The language switcher: remembers the choice in a cookie for a year. Nothing is stored on the server.</summary>
[AllowAnonymous]
public sealed class CultureController : Controller
{
    [HttpGet("/lingua")]
    public IActionResult Set(string culture, string? returnUrl)
    {
        if (ClubCultures.IsSupported(culture))
        {
            Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions
                {
                    Expires = DateTimeOffset.UtcNow.AddYears(1),
                    IsEssential = true,
                    HttpOnly = true,
                    Secure = Request.IsHttps,
                    SameSite = SameSiteMode.Lax,
                });
        }

        return LocalRedirect(Url.LocalOrHome(returnUrl));
    }
}
