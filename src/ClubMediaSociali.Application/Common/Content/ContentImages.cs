using System.Text.RegularExpressions;

namespace ClubMediaSociali.Application.Common.Content;

/// <summary>
/// Pictures inside members' texts: only those uploaded to the Club, by their content address, are rendered (see
/// <see cref="MarkdownRenderer"/>), and the texts that show them are found by the hashes in their Markdown.
/// </summary>
public static partial class ContentImages
{
    /// <summary>Whether an image address is a picture stored by the Club (a content address of an image in a text).</summary>
    public static bool IsClubPicture(string? address) => address is not null && ClubPicture().IsMatch(address);

    /// <summary>The source hashes of the Club's pictures a text shows.</summary>
    public static string[] HashesIn(string? markdown) =>
        string.IsNullOrEmpty(markdown) ? [] : [.. ClubPictureInText().Matches(markdown).Select(m => m.Groups["hash"].Value).Distinct()];

    // The picture endpoint's address shape: the media prefix, a SHA-256 in hex, a size and WebP.
    [GeneratedRegex(@"^/media/[0-9a-f]{64}/\d{2,4}\.webp$")]
    private static partial Regex ClubPicture();

    [GeneratedRegex(@"(?:/media/)(?<hash>[0-9a-f]{64})/\d{2,4}\.webp")]
    private static partial Regex ClubPictureInText();
}
