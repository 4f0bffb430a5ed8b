using System.Globalization;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Media;

/// <summary>How an attachment is described beside its name: its kind and its size, in the reader's language.</summary>
public static class AttachmentTexts
{
    public static string Kind(IStringLocalizer text, string contentType) => contentType switch
    {
        "application/pdf" => "PDF",
        var t when t.Contains("presentation", StringComparison.Ordinal) => text["Presentazione"],
        var t when t.Contains("spreadsheet", StringComparison.Ordinal) => text["Foglio di calcolo"],
        _ => text["Documento"],
    };

    public static string Size(long bytes) => bytes < 1024 * 1024
        ? string.Create(CultureInfo.CurrentCulture, $"{Math.Max(1, bytes / 1024)} KB")
        : string.Create(CultureInfo.CurrentCulture, $"{bytes / 1048576.0:0.0} MB");
}
