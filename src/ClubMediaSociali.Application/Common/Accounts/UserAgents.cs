namespace ClubMediaSociali.Application.Common.Accounts;

/// <summary>
/// The browser and the system a User-Agent names, as a member recognises them on a list of devices ("Chrome su
/// Android"). Only the families people know; versions are left out, as Google's and LinkedIn's lists do.
/// </summary>
public static class UserAgents
{
    // Order matters: Edge and Opera say "Chrome" too, Chrome says "Safari", iPadOS may say "Macintosh".
    private static readonly (string Token, string Name)[] Browsers =
    [
        ("Edg/", "Edge"), ("OPR/", "Opera"), ("SamsungBrowser/", "Samsung Internet"), ("Firefox/", "Firefox"),
        ("FxiOS/", "Firefox"), ("CriOS/", "Chrome"), ("Chromium/", "Chromium"), ("Chrome/", "Chrome"), ("Safari/", "Safari"),
    ];

    private static readonly (string Token, string Name)[] Systems =
    [
        ("iPhone", "iOS"), ("iPad", "iPadOS"), ("Android", "Android"), ("CrOS", "ChromeOS"), ("Windows", "Windows"),
        ("Mac OS X", "macOS"), ("Macintosh", "macOS"), ("Linux", "Linux"),
    ];

    /// <returns>Null for either when the agent does not say it.</returns>
    public static (string? Browser, string? System) Describe(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return (null, null);
        }

        return (First(Browsers, userAgent), First(Systems, userAgent));

        static string? First((string Token, string Name)[] known, string agent) =>
            known.FirstOrDefault(k => agent.Contains(k.Token, StringComparison.Ordinal)).Name;
    }
}
