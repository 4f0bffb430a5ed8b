using System.Text;
using ClubMediaSociali.Application.Features.Media;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using NetVips;

namespace ClubMediaSociali.Tests.Features.Media;

/// <summary>The processing of pictures: every output read back, every bad file with its message.</summary>
public sealed class PicturesTests(ClubFixture fixture) : ClubTest(fixture)
{
    private static readonly string[] MetadataFields = ["exif-data", "xmp-data", "iptc-data", "icc-profile-data", "orientation"];

    private Pictures Pictures => Fixture.Factory.Services.GetRequiredService<Pictures>();

    [Fact]
    public async Task A_phone_photo_is_turned_upright_before_its_metadata_goes_and_no_size_or_format_keeps_any()
    {
        var processed = (await Pictures.ProcessAsync(PictureCorpus.PhoneJpeg(), PictureShape.Portrait, CancellationToken.None)).Value;

        Assert.Equal(["96.webp", "192.webp", "400.webp", "400.jpg"], processed.Variants.Select(v => v.Name));
        foreach (var variant in processed.Variants)
        {
            using var image = Image.NewFromBuffer(variant.Content);
            var size = int.Parse(variant.Name.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal((size, size), (image.Width, image.Height));
            Assert.Empty(image.GetFields().Intersect(MetadataFields));
            AssertNoTrace(variant.Content);
            // Upright: the photo's left half (red) is now on top, its right half (blue) below.
            AssertColour(PictureCorpus.Red, image.Getpoint(size / 2, size / 8));
            AssertColour(PictureCorpus.Blue, image.Getpoint(size / 2, size * 7 / 8));
        }

        Assert.Equal("image/jpeg", processed.Variants[^1].ContentType);
    }

    [Fact]
    public async Task An_image_in_a_text_keeps_its_whole_upright_shape_without_growing_and_without_metadata()
    {
        var processed = (await Pictures.ProcessAsync(PictureCorpus.PhoneJpeg(), PictureShape.Content, CancellationToken.None)).Value;

        var only = Assert.Single(processed.Variants);
        Assert.Equal("1600.webp", only.Name);
        using var image = Image.NewFromBuffer(only.Content);
        Assert.Equal((200, 300), (image.Width, image.Height));
        Assert.Empty(image.GetFields().Intersect(MetadataFields));
        AssertNoTrace(only.Content);
        AssertColour(PictureCorpus.Red, image.Getpoint(100, 20));
        AssertColour(PictureCorpus.Blue, image.Getpoint(100, 280));
    }

    [Fact]
    public async Task A_logo_is_fitted_whole_and_keeps_a_png_for_mail()
    {
        var processed = (await Pictures.ProcessAsync(PictureCorpus.Png(600, 200), PictureShape.Logo, CancellationToken.None)).Value;

        Assert.Equal(["96.webp", "192.webp", "400.webp", "400.png"], processed.Variants.Select(v => v.Name));
        using var large = Image.NewFromBuffer(processed.Variants.Single(v => v.Name == "400.webp").Content);
        Assert.Equal((400, 133), (large.Width, large.Height));
        using var png = Image.NewFromBuffer(processed.Variants[^1].Content);
        Assert.Equal("pngload_buffer", png.Get("vips-loader"));
    }

    [Fact]
    public async Task Unusual_but_real_pictures_are_read_right()
    {
        // A print shop's CMYK JPEG comes out in sRGB, still red.
        using (var cmyk = Image.NewFromBuffer(await LargestAsync(PictureCorpus.CmykJpeg())))
        {
            Assert.Equal(Enums.Interpretation.Srgb, cmyk.Interpretation);
            Assert.Equal(3, cmyk.Bands);
            var pixel = cmyk.Getpoint(200, 200);
            Assert.True(pixel[0] > 150 && pixel[1] < 120, $"CMYK magenta and yellow should read as red, got {string.Join(", ", pixel)}");
        }

        // A 16-bit PNG's middle grey stays a middle grey in 8 bits (not clipped to white).
        using (var deep = Image.NewFromBuffer(await LargestAsync(PictureCorpus.SixteenBitPng())))
        {
            Assert.Equal(Enums.BandFormat.Uchar, deep.Format);
            Assert.InRange(deep.Getpoint(200, 200)[0], 118, 138);
        }

        // An animated GIF becomes its first frame.
        using (var animated = Image.NewFromBuffer(await LargestAsync(PictureCorpus.AnimatedGif())))
        {
            Assert.Equal(400, animated.Height);
            AssertColour(PictureCorpus.Red, animated.Getpoint(200, 380));
        }

        // A JPEG carrying a web page is re-encoded: nothing of the page survives.
        var polyglot = await LargestAsync(PictureCorpus.HtmlPolyglotJpeg());
        Assert.DoesNotContain("<script", Encoding.Latin1.GetString(polyglot), StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("RIFF", Encoding.Latin1.GetString(polyglot[..4]), StringComparison.Ordinal);

        // The name never decides: a PNG called .jpg is a PNG, and is fine.
        Assert.True((await Pictures.ProcessAsync(PictureCorpus.Png(), PictureShape.Portrait, CancellationToken.None)).IsSuccess);
    }

    public static TheoryData<string, string, string> BadFiles => new()
    {
        { "zero bytes", "media.empty", "vuoto" },
        { "text named .jpg", "media.not_picture", "non è un'immagine" },
        { "SVG with script", "media.not_picture", "non è un'immagine" },
        { "PDF with JavaScript", "media.not_picture", "non è un'immagine" },
        { "pixel flood", "media.too_many_pixels", "30000 × 30000" },
        { "truncated JPEG", "media.unreadable", "danneggiata o incompleta" },
        { "phone HEIC", "media.heic", "HEIC" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_refused_with_a_clear_italian_message(string file, string code, string words)
    {
        byte[] bytes = file switch
        {
            "zero bytes" => [],
            "text named .jpg" => Encoding.UTF8.GetBytes("Questa non è una foto, è una lista della spesa."),
            "SVG with script" => PictureCorpus.Svg(),
            "PDF with JavaScript" => PictureCorpus.PdfWithJavaScript(),
            "pixel flood" => PictureCorpus.PixelFloodPng(),
            "truncated JPEG" => PictureCorpus.TruncatedJpeg(),
            _ => PictureCorpus.HeicFromPhone(),
        };

        var result = await Pictures.ProcessAsync(bytes, PictureShape.Portrait, CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.Equal(code, result.Error!.Code);
        Assert.Equal("File", result.Error.Field);
        Assert.Contains(words, result.Error.Message, StringComparison.Ordinal);
    }

    private async Task<byte[]> LargestAsync(byte[] bytes)
    {
        var result = await Pictures.ProcessAsync(bytes, PictureShape.Portrait, CancellationToken.None);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value.Variants.Single(v => v.Name == "400.webp").Content;
    }

    private static void AssertNoTrace(byte[] output)
    {
        var text = Encoding.Latin1.GetString(output);
        foreach (var trace in new[] { "Exif", "GPS", "xap/1.0", "Photoshop", "segreto", "45,26" })
        {
            Assert.DoesNotContain(trace, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static void AssertColour(double[] expected, double[] actual)
    {
        for (var band = 0; band < 3; band++)
        {
            Assert.InRange(actual[band], expected[band] - 40, expected[band] + 40);
        }
    }
}
