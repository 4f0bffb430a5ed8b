using System.Diagnostics;
using System.Globalization;
using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Features.Media;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using NetVips;

namespace ClubMediaSociali.Tools.Media;

/// <summary>
/// The picture processing measured on its own (bench/media): `media corpus DIR` writes the corpus of the measure
/// (phone-sized photos, a screenshot, a large PNG, an animated GIF, a print-shop CMYK JPEG), and `media one FILE SHAPE`
/// processes one file as an upload is processed and prints its time and the process's peak memory (VmHWM), so each
/// file's peak is its own. No database is used.
/// </summary>
internal static class MediaCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        switch (args)
        {
            case ["corpus", var folder]:
                WriteCorpus(folder);
                return 0;
            case ["one", var file, var shape]:
                return await ProcessOneAsync(file, Enum.Parse<PictureShape>(shape, ignoreCase: true));
            case ["idle"]:
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"idle\t0\t0\t{PeakMegabytes():0}\t-"));
                return 0;
            default:
                Console.Error.WriteLine("Usage: media corpus DIR | media one FILE portrait|logo|content | media idle");
                return 2;
        }
    }

    private static async Task<int> ProcessOneAsync(string file, PictureShape shape)
    {
        var bytes = await File.ReadAllBytesAsync(file);
        var pictures = new Pictures(new KeysAsText(), NullLogger<Pictures>.Instance);
        var started = Stopwatch.GetTimestamp();
        var result = await pictures.ProcessAsync(bytes, shape, CancellationToken.None);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var outcome = result.IsSuccess ? $"{result.Value.Variants.Count} variants, {result.Value.Variants.Sum(v => v.Content.Length) / 1024} KB" : result.Error!.Code;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(file)}\t{bytes.Length / 1024}\t{elapsed.TotalMilliseconds:0}\t{PeakMegabytes():0}\t{outcome}"));
        return 0;
    }

    /// <summary>The most memory the process held (VmHWM), in MB.</summary>
    private static double PeakMegabytes()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    private static void WriteCorpus(string folder)
    {
        Directory.CreateDirectory(folder);
        void Photo(string name, int width, int height) => Save(Scene(width, height), Path.Combine(folder, name), i => i.JpegsaveBuffer(q: 90));
        // A phone's photo: 12 megapixels at the quality phones save, about 4 MB (under the upload limit).
        Save(Scene(4000, 3000, grain: 9), Path.Combine(folder, "phone-12mp.jpg"), i => i.JpegsaveBuffer(q: 85));
        Photo("camera-24mp.jpg", 6000, 4000);
        Photo("camera-48mp.jpg", 8000, 6000);
        Save(Scene(3840, 2160), Path.Combine(folder, "screenshot-4k.png"), i => i.PngsaveBuffer(compression: 6));
        using (var cmyk = Scene(4000, 3000).Colourspace(Enums.Interpretation.Cmyk))
        {
            File.WriteAllBytes(Path.Combine(folder, "print-cmyk-12mp.jpg"), cmyk.JpegsaveBuffer(q: 90));
        }

        using (var frames = Scene(480, 480 * 10))
        using (var animated = frames.Mutate(m => m.Set(GValue.GIntType, "page-height", 480)))
        {
            File.WriteAllBytes(Path.Combine(folder, "animated-10-frames.gif"), animated.GifsaveBuffer());
        }
    }

    /// <summary>A photo-like picture: a colour gradient with grain, so encoders do real work.</summary>
    private static Image Scene(int width, int height, double grain = 18)
    {
        using var x = Image.Xyz(width, height);
        using var gradient = (x[0] * (255.0 / width)).Bandjoin(x[1] * (255.0 / height), (x[0] + x[1]) * (127.0 / (width + height)) + 64);
        using var noise = Image.Gaussnoise(width, height, sigma: grain, mean: 0);
        using var noisy = gradient + noise;
        return noisy.Cast(Enums.BandFormat.Uchar);
    }

    private static void Save(Image image, string path, Func<Image, byte[]> encode)
    {
        using (image)
        {
            File.WriteAllBytes(path, encode(image));
        }
    }

    /// <summary>Refusals are printed by their code; their sentences are not needed here.</summary>
    private sealed class KeysAsText : IStringLocalizer<ValidationMessages>
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(CultureInfo.InvariantCulture, name, arguments));

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
