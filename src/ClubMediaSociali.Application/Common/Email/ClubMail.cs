using System.Globalization;
using System.Net;
using System.Text;

namespace ClubMediaSociali.Application.Common.Email;

/// <summary>
/// The one design of every mail the Club sends: the plain-text body and an HTML body in the Club's look (a header
/// with the mark, readable type, a button for the main action, a footer saying why the reader gets it and how
/// to stop). Inline styles and layout tables, as mail clients need; a dark palette for clients that follow the
/// reader's dark mode. The texts come localized from the caller.
/// </summary>
public sealed class ClubMail(string clubName, string buttonFallback)
{
    private const string Font = "system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
    private const string Ink = "#1d2733";
    private const string Muted = "#5a6878";
    private const string Navy = "#17324d";
    private const string Coral = "#c8481c";
    private const string LinkBlue = "#1d5f99";

    private readonly StringBuilder _text = new();
    private readonly StringBuilder _html = new();
    private readonly StringBuilder _footerText = new();
    private readonly StringBuilder _footerHtml = new();

    public ClubMail Paragraph(string text)
    {
        _text.Append(text).Append("\n\n");
        _html.Append(CultureInfo.InvariantCulture, $"<p style=\"margin:0 0 16px\">{Encode(text)}</p>");
        return this;
    }

    public ClubMail Heading(string text)
    {
        _text.Append(text.ToUpper(CultureInfo.CurrentCulture)).Append('\n');
        _html.Append(CultureInfo.InvariantCulture, $"<h2 style=\"margin:24px 0 8px;font-size:17px;line-height:1.3;color:{Navy}\" class=\"mail-heading\">{Encode(text)}</h2>");
        return this;
    }

    public ClubMail Links(IEnumerable<(string Title, string Url)> links)
    {
        _html.Append("<ul style=\"margin:0 0 16px;padding-left:20px\">");
        foreach (var (title, url) in links)
        {
            _text.Append("- ").Append(title).Append('\n').Append("  ").Append(url).Append('\n');
            _html.Append(CultureInfo.InvariantCulture, $"<li style=\"margin:0 0 8px\"><a href=\"{Encode(url)}\" style=\"color:{LinkBlue}\">{Encode(title)}</a></li>");
        }

        _text.Append('\n');
        _html.Append("</ul>");
        return this;
    }

    /// <summary>
    /// Links each with a small picture before it (a company's logo, or with <paramref name="faces"/> a member's photo in
    /// a circle, at an absolute address), in a table mail clients lay out alike; a link without a picture keeps the
    /// picture's room, so the titles line up. With no picture at all, a plain list.
    /// </summary>
    public ClubMail PictureLinks(IReadOnlyCollection<(string Title, string Url, string? PictureUrl)> links, bool faces = false)
    {
        if (links.All(l => l.PictureUrl is null))
        {
            return Links(links.Select(l => (l.Title, l.Url)));
        }

        var frame = faces ? "border-radius:16px" : "border:1px solid #dee2e6;border-radius:4px;background:#ffffff";
        _html.Append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" style=\"margin:0 0 16px;border-collapse:collapse\">");
        foreach (var (title, url, picture) in links)
        {
            _text.Append("- ").Append(title).Append('\n').Append("  ").Append(url).Append('\n');
            var image = picture is null
                ? ""
                : $"<img src=\"{Encode(picture)}\" width=\"32\" height=\"32\" alt=\"\" style=\"display:block;{frame}\" />";
            _html.Append(CultureInfo.InvariantCulture,
                $"<tr><td style=\"width:32px;padding:0 12px 8px 0;vertical-align:middle\">{image}</td><td style=\"padding:0 0 8px;vertical-align:middle\"><a href=\"{Encode(url)}\" style=\"color:{LinkBlue}\">{Encode(title)}</a></td></tr>");
        }

        _text.Append('\n');
        _html.Append("</table>");
        return this;
    }

    /// <summary>A sentence followed by its link, for what is not the mail's main action.</summary>
    public ClubMail Link(string text, string url)
    {
        _text.Append(text).Append(' ').Append(url).Append("\n\n");
        _html.Append(CultureInfo.InvariantCulture, $"<p style=\"margin:0 0 16px\">{Encode(text)} <a href=\"{Encode(url)}\" style=\"color:{LinkBlue}\">{Encode(url)}</a></p>");
        return this;
    }

    /// <summary>The mail's main action as a button, with the address written out for clients that show no buttons.</summary>
    public ClubMail Button(string label, string url)
    {
        _text.Append(label).Append(":\n").Append(url).Append("\n\n");
        _html.Append(
            $"<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" style=\"margin:8px 0 20px\"><tr><td style=\"border-radius:6px;background:{Coral}\">"
            + $"<a class=\"mail-button\" href=\"{Encode(url)}\" style=\"display:inline-block;padding:13px 24px;font-family:{Font};font-size:16px;font-weight:700;color:#ffffff;text-decoration:none;border-radius:6px\">{Encode(label)}</a>"
            + "</td></tr></table>"
            + $"<p style=\"margin:0 0 16px;font-size:13px;color:{Muted}\" class=\"mail-muted\">{Encode(buttonFallback)}<br /><a href=\"{Encode(url)}\" style=\"color:{LinkBlue};word-break:break-all\">{Encode(url)}</a></p>");
        return this;
    }

    /// <summary>Why the reader gets this mail, and the ways to stop or change it.</summary>
    public ClubMail Footer(string why, params (string Text, string Url)[] ways)
    {
        _footerText.Append(why).Append('\n');
        _footerHtml.Append(CultureInfo.InvariantCulture, $"<p style=\"margin:0 0 8px\">{Encode(why)}</p>");
        foreach (var (text, url) in ways)
        {
            _footerText.Append(text).Append(' ').Append(url).Append('\n');
            _footerHtml.Append(CultureInfo.InvariantCulture, $"<p style=\"margin:0 0 8px\"><a href=\"{Encode(url)}\" style=\"color:{Muted};text-decoration:underline\">{Encode(text)}</a></p>");
        }

        return this;
    }

    public (string Text, string Html) Bodies()
    {
        var text = $"{_text}— {clubName}\n" + (_footerText.Length > 0 ? $"\n{_footerText}" : "");
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var html =
            $"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\" /><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />"
            + "<meta name=\"color-scheme\" content=\"light dark\" /><meta name=\"supported-color-schemes\" content=\"light dark\" />"
            + "<style>@media (prefers-color-scheme: dark) { .mail-page { background:#0f2236 !important; } .mail-card { background:#17324d !important; color:#f5f7fa !important; }"
            + " .mail-card a:not(.mail-button) { color:#f5c451 !important; } .mail-heading { color:#ffffff !important; } .mail-muted, .mail-muted a { color:#c9d3de !important; } }</style>"
            + $"<title>{Encode(clubName)}</title></head>"
            + $"<body class=\"mail-page\" style=\"margin:0;padding:0;background:#f5f7fa\">"
            + "<table role=\"presentation\" class=\"mail-page\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#f5f7fa\"><tr><td align=\"center\" style=\"padding:24px 12px\">"
            + "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"max-width:600px\">"
            + $"<tr><td style=\"background:{Navy};border-radius:10px 10px 0 0;padding:18px 24px;font-family:{Font};font-size:19px;font-weight:700;color:#ffffff\">"
            + $"<span style=\"color:#f5c451\" aria-hidden=\"true\">&#9679;</span> {Encode(clubName)}</td></tr>"
            + $"<tr><td class=\"mail-card\" style=\"background:#ffffff;border-radius:0 0 10px 10px;padding:28px 24px 12px;font-family:{Font};font-size:16px;line-height:1.55;color:{Ink}\">"
            + _html
            + $"<p style=\"margin:0 0 16px\">— {Encode(clubName)}</p></td></tr>"
            + (_footerHtml.Length > 0
                ? $"<tr><td class=\"mail-muted\" style=\"padding:18px 24px;font-family:{Font};font-size:13px;line-height:1.5;color:{Muted}\">{_footerHtml}</td></tr>"
                : "")
            + "</table></td></tr></table></body></html>";
        return (text, html);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
