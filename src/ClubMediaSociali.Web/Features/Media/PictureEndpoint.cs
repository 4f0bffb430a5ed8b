using ClubMediaSociali.Application.Features.Media;
using Mediator;
using Microsoft.Net.Http.Headers;

namespace ClubMediaSociali.Web.Features.Media;

/// <summary>
/// Public pictures by their content address: the same address always holds the same bytes, so browsers and proxies
/// keep them for a year and ask again only with the tag they hold, which is answered without a query. The endpoint
/// runs straight after routing: a picture needs no session, so none is read or renewed, and no cookie rides along.
/// </summary>
public static class PictureEndpoint
{
    public const string Immutable = "public, max-age=31536000, immutable";

    public static IEndpointRouteBuilder MapPictures(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/media/{hash:regex(^[0-9a-f]{{64}}$)}/{variant:regex(^\\d{{2,4}}\\.(webp|jpg|png)$)}", ServeAsync)
            .AllowAnonymous()
            .ShortCircuit();
        return endpoints;
    }

    private static async Task<IResult> ServeAsync(string hash, string variant, HttpContext context, IMediator mediator, CancellationToken cancellationToken)
    {
        var tag = new EntityTagHeaderValue($"\"{hash}-{variant}\"");
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Compare(tag, useStrongComparison: false)))
        {
            context.Response.Headers.CacheControl = Immutable;
            context.Response.Headers.ETag = tag.ToString();
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var picture = await mediator.Send(new GetPicture(hash, variant), cancellationToken);
        if (picture is null)
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = Immutable;
        return Results.File(picture.Content, picture.ContentType, entityTag: tag);
    }
}
