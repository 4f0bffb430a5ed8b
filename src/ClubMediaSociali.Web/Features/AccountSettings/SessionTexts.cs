using ClubMediaSociali.Web.Infrastructure.Authorization;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.AccountSettings;

/// <summary>How a session signed in, and on what, in the member's words.</summary>
public static class SessionTexts
{
    /// <param name="method">As stored: "pwd+mfa", "hwk+mfa", "link", "ext:Google", "mfa+ext:Google".</param>
    public static string Method(IStringLocalizer text, string method)
    {
        var provider = method.Contains(':', StringComparison.Ordinal) ? method[(method.IndexOf(':', StringComparison.Ordinal) + 1)..] : null;
        var parts = (provider is null ? method : method[..method.IndexOf(':', StringComparison.Ordinal)]).Split('+');
        var secondStep = parts.Contains(SessionClaims.MultiFactor);
        if (parts.Contains(SessionClaims.Passkey))
        {
            return text["Passkey"];
        }

        var first = provider is not null ? text["Account {0}", provider].Value
            : parts.Contains(SessionClaims.MailedLink) ? text["Collegamento via email"].Value
            : text["Password"].Value;
        return secondStep ? text["{0} e codice di verifica", first] : first;
    }

    public static string Device(IStringLocalizer text, string? browser, string? system) => (browser, system) switch
    {
        (null, null) => text["Dispositivo sconosciuto"],
        (_, null) => browser!,
        (null, _) => system!,
        _ => text["{0} su {1}", browser!, system!],
    };
}
