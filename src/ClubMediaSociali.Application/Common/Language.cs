namespace ClubMediaSociali.Application.Common;

/// <summary>The Club's two languages: Italian first, English when the member or visitor chooses it.</summary>
public enum Language
{
    Italian = 0,
    English = 1,
}

public static class Languages
{
    /// <summary>The language of a stored or requested culture code ("it", "en"); anything else is Italian.</summary>
    public static Language FromCode(string? code) => code == "en" ? Language.English : Language.Italian;

    /// <summary>The culture code for resources, cookies and stored preferences.</summary>
    public static string Code(this Language language) => language == Language.English ? "en" : "it";
}
