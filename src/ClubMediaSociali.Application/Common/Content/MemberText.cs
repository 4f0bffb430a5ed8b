using System.Text;

namespace ClubMediaSociali.Application.Common.Content;

/// <summary>
/// The one normalisation of what people type, applied where text enters the Club (the web layer's model
/// binding, to every text field but passwords, whose hashes were made from the text as typed):
/// <list type="bullet">
/// <item>control characters other than tab, line feed and carriage return are <b>removed</b>, not refused:
/// they are invisible, come from pasting, and would break feeds, mail and logs;</item>
/// <item>the line and paragraph separators U+2028 and U+2029 become line feeds;</item>
/// <item>bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can make a
/// name or a link read backwards, and the zero-width space, word joiner and byte-order mark are removed;
/// the zero-width joiner and non-joiner stay, since emoji and several scripts need them;</item>
/// <item>the result is in Unicode normal form C, so that "è" typed in two ways is one text for search and comparison.</item>
/// </list>
/// </summary>
public static class MemberText
{
    public static string Normalize(string text)
    {
        if (IsClean(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\u2028' or '\u2029')
            {
                clean.Append('\n');
            }
            else if (!IsRemoved(c))
            {
                clean.Append(c);
            }
        }

        var result = clean.ToString();
        try
        {
            return result.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // A lone surrogate cannot be normalised; the text is kept as cleaned.
            return result;
        }
    }

    /// <summary>Whether <see cref="Normalize"/> would remove or change <paramref name="c"/>.</summary>
    public static bool IsRemoved(char c) => c switch
    {
        '\t' or '\n' or '\r' => false,
        < ' ' => true,
        >= '\u007F' and <= '\u009F' => true,
        '\u200B' or '\u2060' or '\uFEFF' or '\uFFFE' or '\uFFFF' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => false,
    };

    private static bool IsClean(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u007F' || (c < ' ' && c is not ('\t' or '\n' or '\r')))
            {
                // Beyond ASCII: clean unless a character is removed or changed, and already in form C.
                return !text.Any(ch => IsRemoved(ch) || ch is '\u2028' or '\u2029') && text.IsNormalized(NormalizationForm.FormC);
            }
        }

        return true;
    }
}
