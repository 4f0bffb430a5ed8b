using System.Diagnostics;
using System.Net;
using Ganss.Xss;
using Markdig;

namespace ClubMediaSociali.Application.Common.Content;

/// <summary>
/// Turns members' Markdown into HTML that is safe to show: raw HTML in the source is not rendered,
/// and the result passes a sanitizer that keeps only formatting tags and http, https and mailto links.
/// Rendered once, when the text is saved. Rendering is bounded: elements nested deeper than
/// <see cref="MaxNesting"/> levels, or text that takes longer than <see cref="TimeBudget"/> to lay out, cannot be
/// rendered (<see cref="TryRender"/> says so, and the forms refuse such text beside its field).
/// </summary>
public sealed class MarkdownRenderer
{
    /// <summary>Deeper than any real text goes (a quote in a list in a quote is three levels).</summary>
    public const int MaxNesting = 32;

    /// <summary>A long practice renders in a few milliseconds; text that takes this long is built to be slow.</summary>
    public static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(1);

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder
    {
        MaximumNestingDepth = MaxNesting,
    }
        .DisableHtml()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .Use<MentionSyntax>()
        .Build();

    private readonly HtmlSanitizer _sanitizer;

    public MarkdownRenderer()
    {
        _sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "strong", "em", "del", "ul", "ol", "li", "blockquote", "code", "pre", "a", "h3", "h4", "h5", "h6", "hr", "img",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "title", "src", "alt" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
        });
        _sanitizer.PostProcessNode += (_, e) =>
        {
            switch (e.Node)
            {
                case AngleSharp.Html.Dom.IHtmlAnchorElement anchor:
                    anchor.SetAttribute("rel", "nofollow ugc noopener");
                    break;
                case AngleSharp.Html.Dom.IHtmlImageElement image when ContentImages.IsClubPicture(image.GetAttribute("src")):
                    image.SetAttribute("loading", "lazy");
                    image.SetAttribute("decoding", "async");
                    image.SetAttribute("alt", image.GetAttribute("alt") ?? "");
                    break;
                case AngleSharp.Html.Dom.IHtmlImageElement image:
                    // Only pictures members uploaded here are shown: a picture from elsewhere would tell its server who reads.
                    image.Replace(image.Owner!.CreateTextNode(image.GetAttribute("alt") ?? ""));
                    break;
            }
        };
        _sanitizer.AllowedAttributes.Add("rel");
    }

    /// <summary>
    /// Renders text the forms have accepted. Text that cannot be rendered (it reaches here only from a caller that
    /// skipped validation) is shown as plain paragraphs rather than failing the request.
    /// </summary>
    /// <param name="members">The handles written in the text that belong to members (<see cref="FindMentions"/>), with the addresses of their profiles.</param>
    public string ToSafeHtml(string? markdown, IReadOnlyDictionary<string, string>? members = null) =>
        TryRender(markdown, out var html, members) ? html : PlainParagraphs(markdown!);

    /// <summary>Renders within the nesting and time bounds; false when the text exceeds them.</summary>
    public bool TryRender(string? markdown, out string html, IReadOnlyDictionary<string, string>? members = null)
    {
        html = "";
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return true;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            var context = new MarkdownParserContext();
            if (members is { Count: > 0 })
            {
                context.Properties[MentionSyntax.KnownKey] = members;
            }

            html = _sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline, context));
        }
        catch (ArgumentException)
        {
            // Markdig's depth limit: "elements in the input are too deeply nested".
            return false;
        }

        return Stopwatch.GetElapsedTime(started) <= TimeBudget;
    }

    /// <summary>The handles "@handle" written in the text (lower case, each once, in order), outside code and addresses.</summary>
    public static IReadOnlyList<string> FindMentions(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown) || !markdown.Contains('@', StringComparison.Ordinal))
        {
            return [];
        }

        var found = new List<string>();
        var context = new MarkdownParserContext();
        context.Properties[MentionSyntax.FoundKey] = found;
        try
        {
            Markdown.Parse(markdown, Pipeline, context);
        }
        catch (ArgumentException)
        {
            return [];
        }

        return [.. found.Distinct(StringComparer.Ordinal)];
    }

    private static string PlainParagraphs(string text) =>
        string.Concat(text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(paragraph => $"<p>{WebUtility.HtmlEncode(paragraph)}</p>"));
}
