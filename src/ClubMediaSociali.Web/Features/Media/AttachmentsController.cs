using ClubMediaSociali.Application.Features.Media;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClubMediaSociali.Web.Features.Media;

/// <summary>
/// Attachments and CVs, downloaded through this action only, which asks at each download whether the reader may
/// have this use of the file (<see cref="GetAttachmentFile"/>): no file has a static or guessable address. Always a
/// download, never shown in the page's origin: an uploaded document cannot run as the Club.
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

        Response.Headers.CacheControl = "private, no-store";
        Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        // A download name makes the answer an attachment (with the name in both plain and UTF-8 forms).
        return File(file.Content, file.ContentType, file.FileName);
    }
}
