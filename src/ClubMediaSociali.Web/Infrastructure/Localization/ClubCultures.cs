using System.Globalization;
using ClubMediaSociali.Application.Common;
using Microsoft.AspNetCore.Localization;

namespace ClubMediaSociali.Web.Infrastructure.Localization;

/// <summary>The Club speaks Italian first; English is a choice the visitor makes with the switcher.</summary>
public static class ClubCultures
{
    /// <summary>The culture codes of the cookie and the resources.</summary>
    public static readonly string Italian = Language.Italian.Code();

    public static readonly string English = Language.English.Code();

    public static readonly IReadOnlyList<string> Supported = [Italian, English];

    public static bool IsSupported(string? culture) => culture is not null && Supported.Contains(culture);

    /// <summary>The language of the current request, as use cases expect it.</summary>
    public static Language Current => Languages.FromCode(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    public static RequestLocalizationOptions RequestLocalization()
    {
        var cultures = Supported.Select(c => new CultureInfo(c)).ToList();
        return new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Italian),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            // Only the visitor's explicit choice counts: the browser's language does not switch the Club to English.
            RequestCultureProviders = [new CookieRequestCultureProvider()],
        };
    }
}
