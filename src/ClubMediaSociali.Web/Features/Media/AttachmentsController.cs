using ClubMediaSociali.Application.Features.Media;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClubMediaSociali.Web.Features.Media;

/// <summary>
/// Attachments and CVs, downloaded through this action only, which asks at each download whether the reader may
/// have this use of the file (<see cref="GetAttachmentFile"/>): no file has a static or guessable address. Always a
/// download, never shown in the page's origin: an uploaded document cannot run as the Club; only a picture of a message,
/// which the Club itself made again from the member's (as WebP, with no metadata), is shown in the page.
/// </summary>
public sealed class AttachmentsController(IMediator mediator) : ClubController
{
    [AllowAnonymous]
    [HttpGet("/allegati/{id:guid}")]
    public async Task<IActionResult> Download(Guid id, CancellationToken cancellationToken)
    {
        var file = await mediator.Send(new GetAttachmentFile(id), cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        if (file.Inline)
        {
            // A picture in a message, shown in its page: kept by the reader's browser only, and for a while.
            Response.Headers.CacheControl = "private, max-age=3600";
            return File(file.Content, file.ContentType);
        }

        Response.Headers.CacheControl = "private, no-store";
        // A download name makes the answer an attachment (with the name in both plain and UTF-8 forms).
        return File(file.Content, file.ContentType, file.FileName);
    }
}
