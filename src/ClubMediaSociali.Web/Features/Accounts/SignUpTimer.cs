using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace ClubMediaSociali.Web.Features.Accounts;

/// <summary>
/// When the sign-up form was handed out, signed so it cannot be forged: a person needs a few seconds to
/// fill it in, a script posts at once. Too fast (or no stamp at all) shows the form again with a message
/// and a fresh stamp, so a quick human loses nothing but a click.
/// </summary>
public sealed class SignUpTimer(IDataProtectionProvider protection, TimeProvider clock, IConfiguration configuration)
{
    public const string FieldName = "FormStarted";

    private readonly IDataProtector _protector = protection.CreateProtector("ClubMediaSociali.SignUpTimer");

    private TimeSpan Minimum => TimeSpan.FromSeconds(configuration.GetValue("Security:SignUpMinimumSeconds", 3.0));

    public string Stamp() => _protector.Protect(clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));

    /// <summary>Whether the form came back after at least the minimum time from a stamp of ours.</summary>
    public bool FilledByAPerson(string? stamp)
    {
        if (Minimum <= TimeSpan.Zero)
        {
            return true;
        }

        if (string.IsNullOrEmpty(stamp))
        {
            return false;
        }

        try
        {
            return long.TryParse(_protector.Unprotect(stamp), NumberStyles.None, CultureInfo.InvariantCulture, out var started)
                && clock.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds(started) >= Minimum;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
