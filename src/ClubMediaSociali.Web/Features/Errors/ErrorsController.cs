using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ClubMediaSociali.Web.Features.Errors;

/// <summary>
/// Friendly pages for errors. Re-executed for any method (a failed POST lands here too), so no
/// method constraint and no antiforgery check; the code comes from the route only, since the failed
/// request's form may be unreadable (ASP.NET Core refuses a form holding a NUL character, with a 400).
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController(ILogger<ErrorsController> logger) : Controller
{
    [Route("errore/{statusCode:int?}")]
    [ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
#pragma warning disable ASP0018 // The optional route value is read from the route data below.
    public IActionResult Show()
#pragma warning restore ASP0018
    {
        var correlationId = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
        // Read by hand, not bound: binding builds every value provider, the form's included, and fails on an unreadable form.
        var code = int.TryParse(RouteData.Values["statusCode"] as string, System.Globalization.CultureInfo.InvariantCulture, out var given)
            ? given
            : StatusCodes.Status500InternalServerError;
        if (code >= 500 && HttpContext.Features.Get<IExceptionHandlerPathFeature>() is { } failure)
        {
            logger.LogError(failure.Error, "Unhandled error on {Path}, correlation {CorrelationId}", failure.Path, correlationId);
        }

        Response.StatusCode = code;
        var view = code == StatusCodes.Status404NotFound ? "NotFound" : "Error";
        return View(view, new ErrorViewModel(code, correlationId));
    }
}

public sealed record ErrorViewModel(int StatusCode, string CorrelationId);
