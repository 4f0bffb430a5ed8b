using ClubMediaSociali.Application.Common.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ClubMediaSociali.Web.Infrastructure.Results;

/// <summary>
/// The base of every feature controller: the one way from a use case's result to a response. An expected
/// refusal becomes one status and one page by its kind (<see cref="Refusal"/>), a success shows a notice on
/// the next page (<see cref="Notice"/>), and htmx requests are told apart in one place (<see cref="IsHtmx"/>).
/// </summary>
public abstract class ClubController : Controller
{
    public const string NoticeKey = "Notice";

    /// <summary>The request came from htmx, which wants a fragment in place of a whole page.</summary>
    protected bool IsHtmx => Request.IsHtmx();

    /// <summary>A sentence for the member on the next page they see (after a redirect).</summary>
    protected void Notice(string text) => TempData[NoticeKey] = text;

    /// <summary>
    /// The response to a refusal: not found is the 404 page; forbidden goes to the access-denied page (403);
    /// a conflict (409) or a limit reached (429) is a page saying why, in the member's language; an invalid
    /// input comes back to its form (the caller adds it with <see cref="AddRefusal"/> and shows the form again).
    /// </summary>
    /// <param name="error">The refusal.</param>
    /// <param name="back">The page of the item concerned, offered as the way back (the previous page otherwise).</param>
    protected IActionResult Refusal(Error error, string? back = null) => error.Kind switch
    {
        ErrorKind.NotFound => NotFound(),
        ErrorKind.Forbidden => Forbid(),
        ErrorKind.Conflict => RefusalPage(StatusCodes.Status409Conflict, error, back),
        ErrorKind.TooMany => RefusalPage(StatusCodes.Status429TooManyRequests, error, back),
        _ => RefusalPage(StatusCodes.Status400BadRequest, error, back),
    };

    /// <summary>Puts a refusal beside the form field it concerns (or above the form), to show the form again.</summary>
    protected void AddRefusal(Error error) => ModelState.AddRefusal(error, SentenceFor(error));

    private ViewResult RefusalPage(int status, Error error, string? back)
    {
        Response.StatusCode = status;
        return View("~/Features/Errors/Refused.cshtml", new RefusalViewModel(status, SentenceFor(error), back));
    }

    private string SentenceFor(Error error) =>
        error.Message ?? HttpContext.RequestServices.GetRequiredService<RefusalTexts>().For(error);
}

public sealed record RefusalViewModel(int StatusCode, string Message, string? Back);

public static class ResultResponseExtensions
{
    public static bool IsHtmx(this HttpRequest request) => request.Headers.ContainsKey("HX-Request");

    public static void AddRefusal(this ModelStateDictionary modelState, Error error, string message) =>
        modelState.AddModelError(error.Field ?? "", message);
}
