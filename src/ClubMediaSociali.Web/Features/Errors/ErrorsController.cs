using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ClubMediaSociali.Web.Features.Errors;

/// <summary>
/// Friendly pages for errors, shown only in place of a failed request. Re-executed for any method (a failed POST lands here too), so no
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
        // The page exists for requests that failed here: re-executed after an error status or an exception, with a
        // real error code. An address typed by hand, or a code that is not an error (101, 204, 0, -1, 1000), is a 404.
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        if (!reExecuted || code is < 400 or > 599)
        {
            code = StatusCodes.Status404NotFound;
        }
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
