using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Hybrid;
using NetVips;

namespace ClubMediaSociali.Web.Features.Sharing;

/// <summary>
/// The picture a shared link shows on LinkedIn, X, Facebook or in a chat (1200×630, og:image): what kind of
/// thing it is, its title and the Club's mark, drawn with libvips (NetVips) in Lato, which ships with the app
/// (Fonts/, SIL Open Font Licence) so the server needs no fonts of its own. Pictures are cached by their
/// content, so a changed title simply makes a new one.
/// </summary>
public sealed class ShareImages(IWebHostEnvironment environment, HybridCache cache)
{
    public const int Width = 1200;
    public const int Height = 630;
    private const int Margin = 80;

    private static readonly double[] Navy = [23, 50, 77];
    private static readonly double[] Coral = [200, 72, 28];
    private static readonly double[] Sun = [245, 196, 81];
    private static readonly double[] White = [255, 255, 255];

    private static readonly HybridCacheEntryOptions Lasting = new() { Expiration = TimeSpan.FromDays(7), LocalCacheExpiration = TimeSpan.FromHours(1) };

    /// <summary>The side of the face or logo drawn at the top right of a profile's or a company's picture.</summary>
    private const int PictureSide = 260;

    /// <summary>
    /// The PNG for <paramref name="label"/> ("Repertorio · Metodo") and <paramref name="title"/>, from the cache when drawn
    /// before; with <paramref name="picture"/> (a member's photo, a company's logo, as stored), that picture at the top right.
    /// </summary>
    public async Task<byte[]> PngAsync(string label, string title, string footer, CancellationToken cancellationToken, byte[]? picture = null)
    {
        var pictureHash = picture is null ? "" : Convert.ToHexString(SHA256.HashData(picture));
        var key = "share-image:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{label}\n{title}\n{footer}\n{pictureHash}")));
        return await cache.GetOrCreateAsync(key, _ => ValueTask.FromResult(Draw(label, title, footer, picture)), Lasting, cancellationToken: cancellationToken);
    }

    private byte[] Draw(string label, string title, string footer, byte[]? picture)
    {
        var textWidth = Width - (2 * Margin) - (picture is null ? 0 : PictureSide + 40);
        var fonts = Path.Combine(environment.ContentRootPath, "Fonts");
        var bold = Path.Combine(fonts, "Lato-Bold.ttf");
        var regular = Path.Combine(fonts, "Lato-Regular.ttf");

        using var canvas = Filled(Width, Height, Navy);
        using var band = Filled(Width, 14, Coral);
        using var withBand = canvas.Insert(band, 0, Height - 14);

        // Pango markup: the texts are members' words, so they are escaped.
        using var labelMask = Image.Text(Escape(label.ToUpperInvariant()), font: "Lato Bold 30", fontfile: bold, width: textWidth);
        using var titleMask = Image.Text(Escape(Shorten(title, 140)), font: "Lato Bold 64", fontfile: bold, width: textWidth, spacing: 10);
        using var footerMask = Image.Text(Escape(footer), font: "Lato 30", fontfile: regular, width: Width - (2 * Margin));

        using var withLabel = Paint(withBand, labelMask, Sun, Margin, Margin);
        var titleTop = Margin + labelMask.Height + 36;
        using var fitted = titleMask.Height > Height - titleTop - 150 ? titleMask.Crop(0, 0, titleMask.Width, Height - titleTop - 150) : titleMask.Copy();
        using var withTitle = Paint(withLabel, fitted, White, Margin, titleTop);
        // The Club's mark beside its name: a PNG drawn from wwwroot/img/logo.svg, since SVG loading is off in libvips
        // (members' uploads must never reach an SVG loader; see Pictures).
        const int mark = 64;
        using var logo = Image.Thumbnail(Path.Combine(environment.WebRootPath, "img", "logo-128.png"), mark, height: mark);
        using var logoRgb = logo.Bands == 4 ? logo.Flatten(background: Navy) : logo.Copy();
        var footerTop = Height - Margin - mark;
        using var withMark = withTitle.Insert(logoRgb.Cast(Enums.BandFormat.Uchar), Margin, footerTop);
        using var finished = Paint(withMark, footerMask, White, Margin + mark + 20, footerTop + ((mark - footerMask.Height) / 2));
        if (picture is null)
        {
            return finished.PngsaveBuffer(compression: 6);
        }

        // The stored picture is already upright, in sRGB and without metadata; a logo's transparency becomes white.
        using var source = Image.NewFromBuffer(picture);
        using var sized = source.ThumbnailImage(PictureSide, height: PictureSide);
        using var opaque = sized.HasAlpha() ? sized.Flatten(background: White) : sized.Copy();
        using var tile = Filled(PictureSide, PictureSide, White);
        using var centred = tile.Insert(opaque.Cast(Enums.BandFormat.Uchar), (PictureSide - opaque.Width) / 2, (PictureSide - opaque.Height) / 2);
        using var withPicture = finished.Insert(centred, Width - Margin - PictureSide, Margin);
        return withPicture.PngsaveBuffer(compression: 6);
    }

    private static Image Filled(int width, int height, double[] colour) =>
        (Image.Black(width, height) + colour).Cast(Enums.BandFormat.Uchar);

    /// <summary>Paints <paramref name="colour"/> through a text mask onto the picture.</summary>
    private static Image Paint(Image picture, Image mask, double[] colour, int x, int y)
    {
        using var ink = Filled(mask.Width, mask.Height, colour);
        using var region = picture.Crop(x, y, Math.Min(mask.Width, picture.Width - x), Math.Min(mask.Height, picture.Height - y));
        using var alpha = mask.Crop(0, 0, region.Width, region.Height);
        using var inkRegion = ink.Crop(0, 0, region.Width, region.Height);
        using var blended = alpha.Ifthenelse(inkRegion, region, blend: true);
        return picture.Insert(blended, x, y);
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";

    private static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);
}
