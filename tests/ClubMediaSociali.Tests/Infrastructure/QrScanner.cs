using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace ClubMediaSociali.Tests.Infrastructure;

/// <summary>
/// Reads a QR code drawn on a page as an authenticator app's camera would: the SVG's modules are painted
/// into a grey-scale picture, which ZXing decodes.
/// </summary>
public static partial class QrScanner
{
    private const int PixelsPerModule = 4;

    public static string Scan(IElement svg)
    {
        var size = int.Parse(svg.GetAttribute("viewBox")!.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
        var width = size * PixelsPerModule;
        var pixels = Enumerable.Repeat((byte)255, width * width).ToArray();
        foreach (Match module in Module().Matches(svg.QuerySelector("path")!.GetAttribute("d")!))
        {
            var x = int.Parse(module.Groups["x"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var y = int.Parse(module.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
            for (var dy = 0; dy < PixelsPerModule; dy++)
            {
                Array.Fill(pixels, (byte)0, ((y * PixelsPerModule) + dy) * width + (x * PixelsPerModule), PixelsPerModule);
            }
        }

        var source = new RGBLuminanceSource(pixels, width, width, RGBLuminanceSource.BitmapFormat.Gray8);
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)));
        return result?.Text ?? throw new InvalidOperationException("The QR code cannot be read.");
    }

    [GeneratedRegex(@"M(?<x>\d+) (?<y>\d+)h1v1h-1z")]
    private static partial Regex Module();
}
