using System.Globalization;
using System.Text;

namespace ClubMediaSociali.Application.Common;

/// <summary>Readable addresses from titles: "Primi passi sui social" becomes "primi-passi-sui-social".</summary>
public static class Slugs
{
    public static string From(string text, int maxLength = 80)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        slug = slug.Length > maxLength ? slug[..maxLength].TrimEnd('-') : slug;
        return slug.Length == 0 ? "voce" : slug;
    }
}
