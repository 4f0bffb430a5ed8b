using System.Globalization;
using System.Text;
using System.Xml;
using ClubMediaSociali.Application.Features.Feeds;
using ClubMediaSociali.Web.Infrastructure.Caching;
using ClubMediaSociali.Web.Infrastructure.Links;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Feeds;

/// <summary>RSS 2.0 and Atom feeds of the Club's public content: new practices, ideas (new and trending), opportunities, events to come, and per tag.</summary>
[AllowAnonymous]
public sealed class FeedsController(IMediator mediator, ISiteAddress site, IStringLocalizer<SharedResource> text) : ClubController
{
    [OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.Ideas, PageCache.Practices, PageCache.Opportunities, PageCache.Events])]
    [HttpGet("/feed/{name}.{format:regex(^(rss|atom)$)}")]
    public async Task<IActionResult> Feed(string name, string format, CancellationToken cancellationToken)
    {
        (FeedKind Kind, string Title, string Page)? feed = name switch
        {
            "pratiche" => (FeedKind.Practices, text["Nuove pratiche del repertorio"], "/repertorio"),
            "idee" => (FeedKind.NewIdeas, text["Nuove idee"], "/idee?ordine=nuove"),
            "idee-di-tendenza" => (FeedKind.TrendingIdeas, text["Idee di tendenza"], "/idee"),
            "opportunita" => (FeedKind.Opportunities, text["Opportunità ancora aperte"], "/opportunita"),
            "aggiornamenti" => (FeedKind.NewsletterEditions, text["Aggiornamenti del Club"], "/aggiornamenti/edizioni"),
            "eventi" => (FeedKind.Events, text["Eventi in programma"], "/eventi"),
            _ => null,
        };
        if (feed is not { } f)
        {
            return NotFound();
        }

        var items = await mediator.Send(new GetFeed(f.Kind, Language: Infrastructure.Localization.ClubCultures.Current), cancellationToken);
        return Write(format, f.Title, f.Page, $"/feed/{name}.{format}", items);
    }

    [OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.Ideas, PageCache.Practices])]
    [HttpGet("/feed/tag/{tag}.{format:regex(^(rss|atom)$)}")]
    public async Task<IActionResult> Tag(string tag, string format, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return NotFound();
        }

        var items = await mediator.Send(new GetFeed(FeedKind.Tag, tag), cancellationToken);
        return Write(format, text["Pratiche e idee su «{0}»", tag], $"/repertorio/parole-chiave/{Uri.EscapeDataString(tag)}", $"/feed/tag/{Uri.EscapeDataString(tag)}.{format}", items);
    }

    private ContentResult Write(string format, string title, string page, string self, IReadOnlyList<FeedItem> items)
    {
        var fullTitle = $"{text["Club dei media sociali"]}: {title}";
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = false };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            if (format == "rss")
            {
                WriteRss(xml, fullTitle, page, self, items);
            }
            else
            {
                WriteAtom(xml, fullTitle, page, self, items);
            }
        }

        var type = format == "rss" ? "application/rss+xml; charset=utf-8" : "application/atom+xml; charset=utf-8";
        return Content(Encoding.UTF8.GetString(buffer.ToArray()), type);
    }

    private void WriteRss(XmlWriter xml, string title, string page, string self, IReadOnlyList<FeedItem> items)
    {
        const string atom = "http://www.w3.org/2005/Atom";
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "atom", null, atom);
        xml.WriteStartElement("channel");
        xml.WriteElementString("title", Xml(HtmlText(title)));
        xml.WriteElementString("link", site.Absolute(page));
        xml.WriteElementString("description", text["Il club italiano dove imprese e professionisti dei social media costruiscono insieme conoscenza e affari."]);
        xml.WriteElementString("language", CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        xml.WriteStartElement("link", atom);
        xml.WriteAttributeString("href", site.Absolute(self));
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", "application/rss+xml");
        xml.WriteEndElement();
        foreach (var item in items)
        {
            xml.WriteStartElement("item");
            // RSS readers take an item's title and description as HTML: member text goes in encoded, as text.
            xml.WriteElementString("title", Xml(HtmlText(item.Title)));
            xml.WriteElementString("link", site.Absolute(item.Target));
            xml.WriteStartElement("guid");
            xml.WriteAttributeString("isPermaLink", "true");
            xml.WriteString(site.Absolute(item.Target));
            xml.WriteEndElement();
            xml.WriteElementString("pubDate", item.Published.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture));
            xml.WriteElementString("description", Xml(HtmlText(item.Summary)));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private void WriteAtom(XmlWriter xml, string title, string page, string self, IReadOnlyList<FeedItem> items)
    {
        const string ns = "http://www.w3.org/2005/Atom";
        xml.WriteStartElement("feed", ns);
        xml.WriteElementString("title", ns, Xml(title));
        xml.WriteElementString("id", ns, site.Absolute(self));
        var updated = items.Count == 0 ? DateTimeOffset.UnixEpoch : items.Max(i => i.Updated);
        xml.WriteElementString("updated", ns, updated.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        WriteLink(xml, ns, site.Absolute(self), "self");
        WriteLink(xml, ns, site.Absolute(page), "alternate");
        xml.WriteStartElement("author", ns);
        xml.WriteElementString("name", ns, text["Club dei media sociali"]);
        xml.WriteEndElement();
        foreach (var item in items)
        {
            xml.WriteStartElement("entry", ns);
            xml.WriteElementString("title", ns, Xml(item.Title));
            xml.WriteElementString("id", ns, site.Absolute(item.Target));
            WriteLink(xml, ns, site.Absolute(item.Target), "alternate");
            xml.WriteElementString("published", ns, item.Published.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            xml.WriteElementString("updated", ns, item.Updated.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            xml.WriteElementString("summary", ns, Xml(item.Summary));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>
    /// Text for an RSS field that readers take as HTML: the three characters that would start markup or an
    /// entity are escaped, and nothing else, so accents and emoji reach readers that show the field as text.
    /// </summary>
    private static string HtmlText(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>
    /// Text XML 1.0 can carry: member text is normalised where it enters (MemberText), but a feed must stay
    /// well-formed whatever a row holds, so characters XML cannot represent are left out here too.
    /// </summary>
    private static string Xml(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (!XmlConvert.IsXmlChar(value[i]) && !(i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], value[i])))
            {
                return Cleaned(value);
            }

            if (char.IsHighSurrogate(value[i]))
            {
                i++;
            }
        }

        return value;

        static string Cleaned(string value)
        {
            var kept = new StringBuilder(value.Length);
            for (var i = 0; i < value.Length; i++)
            {
                if (XmlConvert.IsXmlChar(value[i]))
                {
                    kept.Append(value[i]);
                }
                else if (i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], value[i]))
                {
                    kept.Append(value[i]).Append(value[++i]);
                }
            }

            return kept.ToString();
        }
    }

    private static void WriteLink(XmlWriter xml, string ns, string href, string rel)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
