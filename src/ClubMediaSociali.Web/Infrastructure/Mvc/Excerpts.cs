using System.Text.RegularExpressions;

namespace ClubMediaSociali.Web.Infrastructure.Mvc;

/// <summary>A short plain-text summary of Markdown, for page descriptions and link previews.</summary>
public static partial class Excerpts
{
    public static string? Of(string? markdown, int max = 200)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return null;
        }

        var plain = Spaces().Replace(MarkdownMarks().Replace(markdown, " "), " ").Trim();
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
