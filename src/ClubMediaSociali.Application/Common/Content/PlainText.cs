using System.Text.RegularExpressions;
using Markdig;

namespace ClubMediaSociali.Application.Common.Content;

/// <summary>
/// Members' Markdown as plain text, with its markup removed, for wherever text leaves the site's pages: feed
/// summaries, page descriptions and link previews. It is text, never HTML: each writer encodes it for its place.
/// </summary>
public static partial class PlainText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder { MaximumNestingDepth = MarkdownRenderer.MaxNesting }
        .DisableHtml()
        .UseEmphasisExtras()
        .UseListExtras()
        .Build();

    /// <summary>The text of <paramref name="markdown"/>, on one line, cut at a word before <paramref name="max"/> characters.</summary>
    public static string? Of(string? markdown, int max = 200)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return null;
        }

        string text;
        try
        {
            text = Markdown.ToPlainText(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            // Nesting beyond the renderer's bounds (only rows older than the bound hold it): the marks go by hand.
            text = MarkdownMarks().Replace(markdown, " ");
        }

        var plain = Spaces().Replace(text, " ").Trim();
        if (plain.Length <= max)
        {
            return plain;
        }

        // Cut at the last space before the limit, so no word is broken.
        var cut = plain.LastIndexOf(' ', max);
        return plain[..(cut > 0 ? cut : max)].TrimEnd() + "…";
    }

    [GeneratedRegex(@"[#*_`>\[\]()!|~-]+")]
    private static partial Regex MarkdownMarks();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
