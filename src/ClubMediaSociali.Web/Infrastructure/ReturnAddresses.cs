using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace ClubMediaSociali.Web.Infrastructure;

/// <summary>Where to send someone back to after signing in or switching language: only a page of ours.</summary>
internal static class ReturnAddresses
{
    /// <summary>
    /// The return address when it is local, with anything a header cannot carry (accents, symbols, control
    /// characters) percent-encoded; the home page otherwise.
    /// </summary>
    public static string LocalOrHome(this IUrlHelper url, string? returnUrl)
    {
        if (!url.IsLocalUrl(returnUrl))
        {
            return "/";
        }

        var safe = new StringBuilder(returnUrl.Length);
        foreach (var rune in returnUrl.EnumerateRunes())
        {
            if (rune.IsAscii && !Rune.IsControl(rune))
            {
                safe.Append((char)rune.Value);
            }
            else
            {
                safe.Append(Uri.EscapeDataString(rune.ToString()));
            }
        }

        return safe.ToString();
    }
}
