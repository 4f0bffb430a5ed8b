using ClubMediaSociali.Application.Features.Media;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace ClubMediaSociali.Web.Features.Media;

/// <summary>
/// Public pictures by their content address: the same address always holds the same bytes, so browsers and proxies
/// keep them for a year and ask again only with the tag they hold, which is answered without a query.
/// </summary>
public sealed class MediaController(IMediator mediator) : ClubController
{
    public const string Immutable = "public, max-age=31536000, immutable";

    [AllowAnonymous]
    [HttpGet("/media/{hash:regex(^[[0-9a-f]]{{64}}$)}/{variant:regex(^\\d{{2,4}}\\.(webp|jpg|png)$)}")]
    public async Task<IActionResult> Picture(string hash, string variant, CancellationToken cancellationToken)
    {
        var tag = new EntityTagHeaderValue($"\"{hash}-{variant}\"");
        Response.Headers.CacheControl = Immutable;
        if (Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Compare(tag, useStrongComparison: false)))
        {
            Response.Headers.ETag = tag.ToString();
            return StatusCode(StatusCodes.Status304NotModified);
        }

        var picture = await mediator.Send(new GetPicture(hash, variant), cancellationToken);
        if (picture is null)
        {
            Response.Headers.CacheControl = "no-store";
            return NotFound();
        }

        return File(picture.Content, picture.ContentType, lastModified: null, entityTag: tag);
    }
}
