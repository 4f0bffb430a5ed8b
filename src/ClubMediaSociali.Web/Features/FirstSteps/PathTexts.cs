using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.FirstSteps;

/// <summary>The counts of a path in the reader's language, singular and plural.</summary>
public static class PathTexts
{
    public static string Steps(IStringLocalizer text, int count) =>
        count == 1 ? text["1 passo"] : text["{0} passi", count];

    public static string ReadingTime(IStringLocalizer text, int minutes) =>
        minutes == 1 ? text["circa 1 minuto di lettura"] : text["circa {0} minuti di lettura", minutes];

    public static string Read(IStringLocalizer text, int done, int total) => text["Passi letti: {0} su {1}.", done, total];
}
