using Microsoft.AspNetCore.DataProtection;

namespace ClubMediaSociali.Application.Common.Email;

/// <summary>
/// Signed, time-limited tokens for links in mail (confirm a subscription, unsubscribe): they carry an id and
/// a purpose, cannot be forged or reused for another purpose, and need no table. The expiry travels inside
/// the protected payload (the time-limited protector's package is not available here).
/// </summary>
public sealed class EmailTokens(IDataProtectionProvider provider, TimeProvider clock)
{
    public const string NewsletterConfirm = "newsletter.confirm";
    public const string NewsletterUnsubscribe = "newsletter.unsubscribe";
    public const string DigestUnsubscribe = "digest.unsubscribe";

    /// <summary>"No more mail for this conversation": the purpose also names the member (see the message mail job).</summary>
    public const string ConversationMailStop = "conversation.mail-stop";

    public static readonly TimeSpan ConfirmLifetime = TimeSpan.FromDays(7);

    /// <summary>Unsubscribe links keep working for as long as anyone might keep an old mail.</summary>
    public static readonly TimeSpan UnsubscribeLifetime = TimeSpan.FromDays(730);

    public string Create(string purpose, Guid id, TimeSpan lifetime) =>
        Protector(purpose).Protect($"{id:N}|{(clock.GetUtcNow() + lifetime).ToUnixTimeSeconds()}");

    public Guid? Read(string purpose, string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        try
        {
            var parts = Protector(purpose).Unprotect(token).Split('|');
            return parts.Length == 2
                && Guid.TryParseExact(parts[0], "N", out var id)
                && long.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var expires)
                && clock.GetUtcNow().ToUnixTimeSeconds() <= expires
                    ? id
                    : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Tampered, expired, or made for another purpose: the same as no token.
            return null;
        }
    }

    private IDataProtector Protector(string purpose) => provider.CreateProtector("ClubMediaSociali.EmailTokens", purpose);
}
