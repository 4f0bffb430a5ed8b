using System.Security.Cryptography;
using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Results;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using NetVips;

namespace ClubMediaSociali.Application.Features.Media;

/// <summary>How a picture is cut for where it is shown.</summary>
public enum PictureShape
{
    /// <summary>A profile photo: a square cut from the centre.</summary>
    Portrait,

    /// <summary>A logo: the whole of it, fitted in a square (cutting a logo loses its letters).</summary>
    Logo,

    /// <summary>An image in a text: the whole of it, no wider than the pages show it.</summary>
    Content,
}

/// <summary>One stored size of a picture: its name in the address ("192.webp") and its bytes.</summary>
public sealed record PictureVariant(string Name, string ContentType, byte[] Content);

/// <summary>A picture made ready: the hash of what was sent, its size once upright, and the variants to store.</summary>
public sealed record ProcessedPicture(string SourceHash, FileKind Kind, int Width, int Height, IReadOnlyList<PictureVariant> Variants);

/// <summary>
/// Turns a member's upload into the pictures the pages show (ADR-015): the type from the bytes, the size from the
/// header before any pixel is decoded, upright from the EXIF orientation, then every variant written with no
/// metadata at all (EXIF, XMP, IPTC, ICC: GPS positions never leave the server). The variants are WebP for pages,
/// and JPEG (PNG for logos, which may be transparent) for mail clients and share previews. A few pictures at a time
/// are processed, so a burst of uploads waits its turn instead of starving the pages.
/// </summary>
public sealed class Pictures(IStringLocalizer<ValidationMessages> text, ILogger<Pictures> logger)
{
    /// <summary>Larger pictures are refused before decoding: a few KB can claim gigapixels ("pixel flood").</summary>
    public const long MaxPixels = 50_000_000;

    /// <summary>The sizes of avatars and logos: lists (up to 48 CSS px at 2×), profile heads (80 at 2×), mail and previews.</summary>
    public static readonly int[] SquareSizes = [96, 192, 400];

    /// <summary>The widest an image in a text is kept (the reading column at 2×).</summary>
    public const int ContentWidth = 1600;

    /// <summary>
    /// Passed to the loader itself: a file cut short is refused rather than shown half grey (thumbnail's own
    /// fail-on argument does not reach the loader of a buffer).
    /// </summary>
    private const string LoadOptions = "[fail_on=truncated]";

    private static readonly SemaphoreSlim Turns = new(Math.Max(1, Environment.ProcessorCount));

    static Pictures()
    {
        // Loaders libvips itself marks as unsafe for untrusted input are off; SVG (which can carry script and
        // fetch other files) is refused from members' bytes, which always arrive as buffers (and are sniffed
        // before this). The Club's own SVG mark, drawn into share images, is still read from its file.
        NetVips.NetVips.BlockUntrusted = true;
        Operation.Block("VipsForeignLoadSvgBuffer", true);
        // One picture uses one thread: the semaphore above decides how many run at once.
        NetVips.NetVips.Concurrency = 1;
        Cache.Max = 0;
        // libvips reports each damaged tile on stderr; a refused file is logged once, by the processor.
        Log.SetLogHandler("VIPS", Enums.LogLevelFlags.Warning, (_, _, _) => { });
    }

    /// <summary>The variant an address names for a square picture of at least <paramref name="pixels"/>.</summary>
    public static string SquareVariant(int pixels) => $"{SquareSizes.FirstOrDefault(s => s >= pixels, SquareSizes[^1])}.webp";

    public static string ContentVariant => $"{ContentWidth}.webp";

    public async Task<Result<ProcessedPicture>> ProcessAsync(byte[] bytes, PictureShape shape, CancellationToken cancellationToken)
    {
        var kind = FileTypes.Sniff(bytes);
        if (bytes.Length == 0)
        {
            return Refused("media.empty", text["Il file è vuoto: scegline un altro."]);
        }

        if (!FileTypes.IsPicture(kind))
        {
            return Refused("media.not_picture", text["Questo file non è un'immagine che possiamo usare: carica una foto JPEG, PNG, WebP, GIF o HEIC."]);
        }

        await Turns.WaitAsync(cancellationToken);
        try
        {
            return Process(bytes, kind, shape);
        }
        finally
        {
            Turns.Release();
        }
    }

    private Result<ProcessedPicture> Process(byte[] bytes, FileKind kind, PictureShape shape)
    {
        try
        {
            // The header only: nothing is decoded until a variant is written.
            using var header = Image.NewFromBuffer(bytes, access: Enums.Access.Sequential, failOn: Enums.FailOn.Truncated);
            // An animated picture is read as its first frame, which is what the header measures.
            if ((long)header.Width * header.Height > MaxPixels)
            {
                return Refused("media.too_many_pixels", text["L'immagine è troppo grande ({0} × {1} pixel): il massimo è {2} milioni di pixel.", header.Width, header.Height, MaxPixels / 1_000_000]);
            }

            using var upright = Upright(bytes, shape);
            var variants = shape == PictureShape.Content ? ContentVariants(upright) : SquareVariants(upright, shape);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            return new ProcessedPicture(hash, kind, upright.Width, upright.Height, variants);
        }
        catch (VipsException e)
        {
            logger.LogInformation("A picture was refused by its decoder: {Reason}", e.Message.Split('\n')[0]);
            return kind is FileKind.Heif
                ? Refused("media.heic", text["Non riusciamo a leggere questa foto HEIC: sul telefono scegli «Più compatibile» (JPEG) o caricala come JPEG."])
                : Refused("media.unreadable", text["Non riusciamo a leggere questa immagine: forse è danneggiata o incompleta. Prova a salvarla di nuovo e a ricaricarla."]);
        }
    }

    /// <summary>
    /// The picture decoded once at its largest size, turned upright (thumbnail rotates by the EXIF orientation before
    /// the metadata is dropped at save), in sRGB and 8 bits, held in memory so each variant does not decode again.
    /// </summary>
    private static Image Upright(byte[] bytes, PictureShape shape)
    {
        var largest = shape == PictureShape.Content ? ContentWidth : SquareSizes[^1];
        using var thumbnail = shape switch
        {
            PictureShape.Portrait => Image.ThumbnailBuffer(bytes, largest, LoadOptions, height: largest, crop: Enums.Interesting.Centre),
            PictureShape.Logo => Image.ThumbnailBuffer(bytes, largest, LoadOptions, height: largest, size: Enums.Size.Down),
            _ => Image.ThumbnailBuffer(bytes, largest, LoadOptions, height: 10 * largest, size: Enums.Size.Down),
        };
        using var srgb = thumbnail.Interpretation == Enums.Interpretation.Srgb ? thumbnail.Copy() : thumbnail.Colourspace(Enums.Interpretation.Srgb);
        using var eightBits = srgb.Format == Enums.BandFormat.Uchar ? srgb.Copy() : srgb.Cast(Enums.BandFormat.Uchar);
        return eightBits.CopyMemory();
    }

    private static List<PictureVariant> SquareVariants(Image upright, PictureShape shape)
    {
        var variants = new List<PictureVariant>();
        foreach (var size in SquareSizes)
        {
            using var sized = size >= Math.Max(upright.Width, upright.Height)
                ? upright.Copy()
                : upright.ThumbnailImage(size, height: size, crop: shape == PictureShape.Portrait ? Enums.Interesting.Centre : null);
            variants.Add(new PictureVariant($"{size}.webp", "image/webp", sized.WebpsaveBuffer(q: 82, keep: Enums.ForeignKeep.None)));
        }

        // Mail clients and share previews do not all read WebP.
        if (shape == PictureShape.Logo)
        {
            variants.Add(new PictureVariant($"{SquareSizes[^1]}.png", "image/png", upright.PngsaveBuffer(keep: Enums.ForeignKeep.None)));
        }
        else
        {
            using var opaque = upright.HasAlpha() ? upright.Flatten(background: [255, 255, 255]) : upright.Copy();
            variants.Add(new PictureVariant($"{SquareSizes[^1]}.jpg", "image/jpeg", opaque.JpegsaveBuffer(q: 85, keep: Enums.ForeignKeep.None)));
        }

        return variants;
    }

    private static List<PictureVariant> ContentVariants(Image upright) =>
        [new PictureVariant(ContentVariant, "image/webp", upright.WebpsaveBuffer(q: 82, keep: Enums.ForeignKeep.None))];

    private static Error Refused(string code, string message) => Error.Invalid(code, "File", message);
}
