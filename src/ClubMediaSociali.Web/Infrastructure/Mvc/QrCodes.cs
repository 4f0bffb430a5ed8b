using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using QRCoder;

namespace ClubMediaSociali.Web.Infrastructure.Mvc;

/// <summary>
/// Draws a QR code as inline SVG from QRCoder's module matrix: one path, its colours from site.css, no
/// style attribute and no data: address, so the page keeps its Content-Security-Policy.
/// </summary>
public static class QrCodes
{
    public static IHtmlContent Svg(string text, string label)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (matrix[y][x])
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h1v1h-1z");
                }
            }
        }

        // The matrix already carries the quiet zone QR readers need around the code.
        return new HtmlString(
            $"<svg class=\"qr-code\" viewBox=\"0 0 {size} {size}\" role=\"img\" aria-label=\"{System.Net.WebUtility.HtmlEncode(label)}\" "
            + $"shape-rendering=\"crispEdges\" xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"{size}\" height=\"{size}\" class=\"qr-light\"/><path d=\"{path}\" class=\"qr-dark\"/></svg>");
    }
}
