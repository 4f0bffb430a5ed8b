using System.Globalization;
using System.Text;

namespace ClubMediaSociali.Application.Domain.Members;

/// <summary>Turns a display name into the readable part of a profile address ("Niccolò Rossi" → "niccolo-rossi").</summary>
public static class Handles
{
    public static string FromDisplayName(string displayName)
    {
        var decomposed = displayName.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
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

        var handle = builder.ToString().Trim('-');
        if (handle.Length > ProfileLimits.HandleMaxLength - 8)
        {
            handle = handle[..(ProfileLimits.HandleMaxLength - 8)].Trim('-');
        }

        return handle.Length == 0 ? "membro" : handle;
    }
}
