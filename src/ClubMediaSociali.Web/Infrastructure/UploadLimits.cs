using ClubMediaSociali.Application.Features.Media;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace ClubMediaSociali.Web.Infrastructure;

public enum UploadKind
{
    Picture,
    Attachment,
}

/// <summary>
/// The size of the requests an upload action accepts: room for <see cref="Files"/> files of the kind's size limit
/// (from the "Media" settings) and the form around them. The room is twice the file limit, so a file a little too
/// large still arrives and is refused beside its field with its size; only a much larger request is cut off (413).
/// Set as the request starts, before antiforgery reads the form (see <see cref="UploadLimits.UseUploadLimits"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UploadLimitAttribute(UploadKind kind, int files = 1) : Attribute
{
    public UploadKind Kind { get; } = kind;

    public int Files { get; } = files;
}

public static class UploadLimits
{
    private const long FormRoom = 1024 * 1024;

    /// <summary>Goes after routing: the endpoint's <see cref="UploadLimitAttribute"/> sets its request and form limits.</summary>
    public static IApplicationBuilder UseUploadLimits(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<UploadLimitAttribute>() is { } upload
            && HttpMethods.IsPost(context.Request.Method))
        {
            var options = context.RequestServices.GetRequiredService<IOptions<MediaOptions>>().Value;
            var perFile = upload.Kind == UploadKind.Picture ? options.PictureMaxBytes : options.AttachmentMaxBytes;
            var limit = (2L * perFile * upload.Files) + FormRoom;
            if (context.Request.ContentLength > limit)
            {
                // Refused before a byte is read, the same on every server (Kestrel or another in front of it).
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return Task.CompletedTask;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
            {
                body.MaxRequestBodySize = limit;
            }

            context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
        }

        return next(context);
    });
}
