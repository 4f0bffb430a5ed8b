using System.IO.Compression;
using System.Text;

namespace ClubMediaSociali.Application.Features.Media;

/// <summary>The kinds of file the Club accepts, as found in their bytes.</summary>
public enum FileKind
{
    Unknown,
    Jpeg,
    Png,
    Gif,
    Webp,
    Heif,
    Avif,
    Pdf,
    Docx,
    Xlsx,
    Pptx,
    Odt,
    Ods,
    Odp,
}

/// <summary>
/// What a file really is, read from its first bytes (and, for office documents, from the names inside the zip),
/// never from its name or the type the browser claims: a page saved as "foto.jpg" is not a photo.
/// </summary>
public static class FileTypes
{
    private static readonly (string Entry, FileKind Kind)[] OfficeParts =
        [("word/document.xml", FileKind.Docx), ("xl/workbook.xml", FileKind.Xlsx), ("ppt/presentation.xml", FileKind.Pptx)];

    private static readonly (string MimeType, FileKind Kind)[] OpenDocuments =
    [
        ("application/vnd.oasis.opendocument.text", FileKind.Odt),
        ("application/vnd.oasis.opendocument.spreadsheet", FileKind.Ods),
        ("application/vnd.oasis.opendocument.presentation", FileKind.Odp),
    ];

    public static FileKind Sniff(byte[] bytes)
    {
        ReadOnlySpan<byte> head = bytes;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return FileKind.Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return FileKind.Png;
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return FileKind.Gif;
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return FileKind.Webp;
        }

        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8))
        {
            var brand = Encoding.ASCII.GetString(head[8..12]);
            return brand switch
            {
                "avif" or "avis" => FileKind.Avif,
                "heic" or "heix" or "hevc" or "hevx" or "heim" or "heis" or "mif1" or "msf1" => FileKind.Heif,
                _ => FileKind.Unknown,
            };
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return FileKind.Pdf;
        }

        return head.StartsWith("PK\u0003\u0004"u8) ? Office(bytes) : FileKind.Unknown;
    }

    public static bool IsPicture(FileKind kind) => kind is FileKind.Jpeg or FileKind.Png or FileKind.Gif or FileKind.Webp or FileKind.Heif or FileKind.Avif;

    public static string ContentType(FileKind kind) => kind switch
    {
        FileKind.Jpeg => "image/jpeg",
        FileKind.Png => "image/png",
        FileKind.Gif => "image/gif",
        FileKind.Webp => "image/webp",
        FileKind.Heif => "image/heic",
        FileKind.Avif => "image/avif",
        FileKind.Pdf => "application/pdf",
        FileKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        FileKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        FileKind.Pptx => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        FileKind.Odt => "application/vnd.oasis.opendocument.text",
        FileKind.Ods => "application/vnd.oasis.opendocument.spreadsheet",
        FileKind.Odp => "application/vnd.oasis.opendocument.presentation",
        _ => "application/octet-stream",
    };

    /// <summary>The extension a download is named with, whatever the sender's name said.</summary>
    public static string Extension(FileKind kind) => kind switch
    {
        FileKind.Jpeg => "jpg",
        FileKind.Heif => "heic",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// Office documents are zip archives: the entries' names (and an OpenDocument's first entry, "mimetype") say
    /// which; only the directory and that one small entry are read, never the rest of the archive.
    /// </summary>
    private static FileKind Office(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("[Content_Types].xml") is not null)
            {
                foreach (var (entry, kind) in OfficeParts)
                {
                    if (zip.GetEntry(entry) is not null)
                    {
                        return kind;
                    }
                }

                return FileKind.Unknown;
            }

            if (zip.GetEntry("mimetype") is { Length: < 100 } mimeEntry)
            {
                using var reader = new StreamReader(mimeEntry.Open(), Encoding.ASCII);
                var mimeType = reader.ReadToEnd().Trim();
                foreach (var (known, kind) in OpenDocuments)
                {
                    if (mimeType == known)
                    {
                        return kind;
                    }
                }
            }

            return FileKind.Unknown;
        }
        catch (InvalidDataException)
        {
            return FileKind.Unknown;
        }
    }
}
