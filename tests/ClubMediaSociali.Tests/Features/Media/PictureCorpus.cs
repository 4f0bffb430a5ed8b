using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using NetVips;

namespace ClubMediaSociali.Tests.Features.Media;

/// <summary>
/// The files the tests upload, made here rather than kept as binaries: good pictures, and each kind of bad file
/// peers were hurt by (pixel floods, photos with their GPS position, HTML posing as a photo, SVG with script).
/// </summary>
public static class PictureCorpus
{
    public static readonly double[] Red = [220, 30, 30];
    public static readonly double[] Blue = [30, 30, 220];

    private static readonly int[] Delays = [500, 500];

    /// <summary>A plain photo-like JPEG of one colour.</summary>
    public static byte[] Jpeg(int width = 640, int height = 480, double[]? colour = null)
    {
        using var image = Solid(width, height, colour ?? Red);
        return image.JpegsaveBuffer(q: 90, keep: Enums.ForeignKeep.None);
    }

    public static byte[] Png(int width = 300, int height = 300, double[]? colour = null)
    {
        using var image = Solid(width, height, colour ?? Blue);
        return image.PngsaveBuffer(keep: Enums.ForeignKeep.None);
    }

    /// <summary>A photo as a phone saves it: sideways pixels with an EXIF orientation, its GPS position, XMP and IPTC.</summary>
    /// <remarks>Red on the left half and blue on the right, 300 × 200; orientation 6 says "turn 90° clockwise to show".</remarks>
    public static byte[] PhoneJpeg(int orientation = 6)
    {
        using var left = Solid(150, 200, Red);
        using var right = Solid(150, 200, Blue);
        using var joined = left.Join(right, Enums.Direction.Horizontal);
        var jpeg = joined.JpegsaveBuffer(q: 92, keep: Enums.ForeignKeep.None);
        return InsertAfterStart(jpeg, [.. ExifSegment(orientation), .. XmpSegment(), .. IptcSegment()]);
    }

    /// <summary>A noisy JPEG cut off part way, as an interrupted upload leaves it.</summary>
    public static byte[] TruncatedJpeg()
    {
        using var noise = Image.Gaussnoise(800, 600);
        using var colour = noise.Bandjoin(noise, noise).Cast(Enums.BandFormat.Uchar);
        var whole = colour.JpegsaveBuffer(q: 95);
        return whole[..(whole.Length * 6 / 10)];
    }

    /// <summary>A JPEG that is also a web page: a comment segment and a tail carrying HTML with script.</summary>
    public static byte[] HtmlPolyglotJpeg()
    {
        var html = Encoding.ASCII.GetBytes("<html><body><script>alert(document.cookie)</script></body></html>");
        var comment = new byte[4 + html.Length];
        comment[0] = 0xFF;
        comment[1] = 0xFE;
        BinaryPrimitives.WriteUInt16BigEndian(comment.AsSpan(2), (ushort)(2 + html.Length));
        html.CopyTo(comment, 4);
        return [.. InsertAfterStart(Jpeg(200, 200), comment), .. html];
    }

    public static byte[] Svg() => Encoding.UTF8.GetBytes(
        """<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>alert(document.domain)</script><rect width="100" height="100" fill="red"/></svg>""");

    public static byte[] PdfWithJavaScript() => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert('ciao')) >> >> endobj\n" +
        "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A plain PDF of one empty page, as a study saved from a word processor would start.</summary>
    public static byte[] Pdf(string title = "Studio") => Encoding.ASCII.GetBytes(
        $"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n" +
        $"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n4 0 obj << /Title ({title}) >> endobj\ntrailer << /Root 1 0 R /Info 4 0 R >>\n%%EOF\n");

    /// <summary>A PowerPoint file's skeleton: a zip with the parts that say what it is.</summary>
    public static byte[] Pptx()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, body) in new[] { ("[Content_Types].xml", "<Types/>"), ("ppt/presentation.xml", "<p:presentation/>") })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(body);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A few hundred bytes that claim 30,000 × 30,000 pixels (900 megapixels): the "pixel flood".</summary>
    public static byte[] PixelFloodPng()
    {
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, 30_000);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), 30_000);
        header[8] = 8; // bits per sample
        header[9] = 2; // RGB
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(new byte[30_001 * 3 * 4]); // a few rows of black; the rest is missing, as in the attack
        }

        return [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. Chunk("IHDR", header), .. Chunk("IDAT", compressed.ToArray()), .. Chunk("IEND", [])];
    }

    /// <summary>A print-shop JPEG in CMYK (pure magenta and yellow: a red).</summary>
    public static byte[] CmykJpeg()
    {
        using var black = Image.Black(200, 200, bands: 4);
        using var ink = (black + new double[] { 0, 220, 220, 0 }).Cast(Enums.BandFormat.Uchar);
        using var cmyk = ink.Copy(interpretation: Enums.Interpretation.Cmyk);
        return cmyk.JpegsaveBuffer(q: 90, keep: Enums.ForeignKeep.None);
    }

    /// <summary>A 16-bit PNG of a middle grey (32768 of 65535).</summary>
    public static byte[] SixteenBitPng()
    {
        using var black = Image.Black(120, 120, bands: 3);
        using var grey = (black + 32768).Cast(Enums.BandFormat.Ushort);
        using var rgb16 = grey.Copy(interpretation: Enums.Interpretation.Rgb16);
        return rgb16.PngsaveBuffer(bitdepth: 16, keep: Enums.ForeignKeep.None);
    }

    /// <summary>An animated GIF of two frames, red then blue.</summary>
    public static byte[] AnimatedGif()
    {
        using var first = Solid(80, 80, Red);
        using var second = Solid(80, 80, Blue);
        using var strip = first.Join(second, Enums.Direction.Vertical);
        using var pages = strip.Mutate(m =>
        {
            m.Set(GValue.GIntType, "page-height", 80);
            m.Set(GValue.ArrayIntType, "delay", Delays);
        });
        return pages.GifsaveBuffer();
    }

    /// <summary>
    /// A HEIC as phones save it (a HEVC-coded picture in a HEIF box), made by relabelling a HEIF picture as HEVC: the
    /// libvips build the Club ships decodes AV1 in HEIF but has no HEVC decoder, so a phone's HEIC is refused all the same.
    /// </summary>
    public static byte[] HeicFromPhone()
    {
        using var image = Solid(64, 64, Red);
        var heif = image.HeifsaveBuffer(compression: Enums.ForeignHeifCompression.Av1, keep: Enums.ForeignKeep.None);
        Replace(heif, "avif", "heic");
        Replace(heif, "av01", "hvc1");
        Replace(heif, "av1C", "hvcC");
        return heif;
    }

    public static Image Solid(int width, int height, double[] colour)
    {
        using var black = Image.Black(width, height, bands: 3);
        using var painted = black + colour;
        return painted.Cast(Enums.BandFormat.Uchar);
    }

    private static byte[] InsertAfterStart(byte[] jpeg, byte[] segments) => [.. jpeg[..2], .. segments, .. jpeg[2..]];

    /// <summary>An EXIF block (big-endian TIFF) with the orientation and a GPS position near Venice.</summary>
    private static byte[] ExifSegment(int orientation)
    {
        var tiff = new byte[92];
        "MM"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(2), 42);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(4), 8);
        // IFD0 at 8: orientation, and where the GPS directory is.
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(8), 2);
        Entry(tiff, 10, tag: 0x0112, type: 3, count: 1, value: (uint)orientation << 16);
        Entry(tiff, 22, tag: 0x8825, type: 4, count: 1, value: 38);
        // GPS directory at 38: latitude N 45° 26' 12.34".
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(38), 2);
        Entry(tiff, 40, tag: 0x0001, type: 2, count: 2, value: (uint)'N' << 24);
        Entry(tiff, 52, tag: 0x0002, type: 5, count: 3, value: 68);
        uint[] rationals = [45, 1, 26, 1, 1234, 100];
        for (var i = 0; i < rationals.Length; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(68 + (4 * i)), rationals[i]);
        }

        return Segment(0xE1, [.. "Exif\0\0"u8, .. tiff]);
    }

    private static void Entry(byte[] tiff, int at, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(at), tag);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(at + 2), type);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(at + 4), count);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(at + 8), value);
    }

    private static byte[] XmpSegment() => Segment(0xE1, [
        .. "http://ns.adobe.com/xap/1.0/\0"u8,
        .. Encoding.UTF8.GetBytes("""<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="45,26.2N"/></rdf:RDF></x:xmpmeta>"""),
    ]);

    private static byte[] IptcSegment()
    {
        var caption = Encoding.ASCII.GetBytes("Casa di Giulia, segreto");
        byte[] iptc = [0x1C, 0x02, 0x78, 0, (byte)caption.Length, .. caption];
        var size = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(size, (uint)iptc.Length);
        byte[] block = [.. "8BIM"u8, 0x04, 0x04, 0, 0, .. size, .. iptc];
        return Segment(0xED, [.. "Photoshop 3.0\0"u8, .. block, .. (iptc.Length % 2 == 1 ? new byte[] { 0 } : [])]);
    }

    private static byte[] Segment(byte marker, byte[] payload)
    {
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = marker;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(2 + payload.Length));
        payload.CopyTo(segment, 4);
        return segment;
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    /// <summary>The CRC-32 PNG chunks end with (ISO 3309).</summary>
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }

    private static void Replace(byte[] bytes, string from, string to)
    {
        var needle = Encoding.ASCII.GetBytes(from);
        var at = bytes.AsSpan().IndexOf(needle);
        while (at >= 0)
        {
            Encoding.ASCII.GetBytes(to).CopyTo(bytes, at);
            var next = bytes.AsSpan(at + 4).IndexOf(needle);
            at = next < 0 ? -1 : at + 4 + next;
        }
    }
}
