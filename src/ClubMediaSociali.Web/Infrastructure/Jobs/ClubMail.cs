using System.Globalization;
using System.Net;
using System.Text;

namespace ClubMediaSociali.Web.Infrastructure.Jobs;

/// <summary>Builds the two bodies (plain text and HTML) of the Club's mail from paragraphs and linked lists.</summary>
internal sealed class ClubMail
{
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _html = new();

    public ClubMail Paragraph(string text)
    {
        _text.Append(text).Append("\n\n");
        _html.Append("<p>").Append(WebUtility.HtmlEncode(text)).Append("</p>");
        return this;
    }

    public ClubMail Heading(string text)
    {
        _text.Append(text.ToUpper(CultureInfo.CurrentCulture)).Append('\n');
        _html.Append("<h2 style=\"font-size:16px\">").Append(WebUtility.HtmlEncode(text)).Append("</h2>");
        return this;
    }

    public ClubMail Links(IEnumerable<(string Title, string Url)> links)
    {
        _html.Append("<ul>");
        foreach (var (title, url) in links)
        {
            _text.Append("- ").Append(title).Append('\n').Append("  ").Append(url).Append('\n');
            _html.Append("<li><a href=\"").Append(WebUtility.HtmlEncode(url)).Append("\">").Append(WebUtility.HtmlEncode(title)).Append("</a></li>");
        }

        _text.Append('\n');
        _html.Append("</ul>");
        return this;
    }

    public ClubMail Link(string text, string url)
    {
        _text.Append(text).Append(' ').Append(url).Append("\n\n");
        _html.Append("<p>").Append(WebUtility.HtmlEncode(text)).Append(" <a href=\"").Append(WebUtility.HtmlEncode(url)).Append("\">")
            .Append(WebUtility.HtmlEncode(url)).Append("</a></p>");
        return this;
    }

    public (string Text, string Html) Bodies() => (_text.ToString(), _html.ToString());
}
