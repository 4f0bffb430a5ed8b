using System.Text.RegularExpressions;

namespace ClubMediaSociali.Application.Domain.Common;

/// <summary>Tags as members type them ("Social media, storytelling ,  B2B") and as the Club stores them.</summary>
public static partial class Tags
{
    /// <summary>Splits on commas; trims, collapses spaces, lower-cases and removes repeats, keeping the order typed.</summary>
    public static string[] Parse(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(t => Spaces().Replace(t.Trim(), " ").ToLowerInvariant())
                .Where(t => t.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .ToArray();

    public static string Format(IEnumerable<string> tags) => string.Join(", ", tags);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
