using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace ClubMediaSociali.Web.Infrastructure;

/// <summary>
/// How long browsers keep the site's own files. The pages link every style sheet and script with the hash of
/// its content (<c>asp-append-version</c>, a <c>v</c> in the address), so those addresses never change meaning
/// and are kept a year without asking again; anything linked without it (the logo in mails, a bookmarked file)
/// is kept an hour.
/// </summary>
public static class StaticFileCaching
{
    public const string Versioned = "public, max-age=31536000, immutable";

    public const string Unversioned = "public, max-age=3600";

    public static StaticFileOptions Options { get; } = new()
    {
        OnPrepareResponse = context =>
        {
            var request = context.Context.Request;
            context.Context.Response.Headers[HeaderNames.CacheControl] = request.Query.ContainsKey("v") ? Versioned : Unversioned;
        },
    };
}
