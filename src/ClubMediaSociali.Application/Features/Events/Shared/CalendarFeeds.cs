using System.Security.Cryptography;
using System.Text;

namespace ClubMediaSociali.Application.Features.Events;

/// <summary>
/// The secrets of personal calendar feeds: 32 random bytes in the address (base64url), kept only as their SHA-256, so
/// that the database alone does not open anyone's calendar. A new secret replaces the old, which stops working.
/// </summary>
public static class CalendarFeeds
{
    public static string NewSecret() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Whether a text could be a secret (43 base64url characters), before any lookup.</summary>
    public static bool LooksLikeSecret(string? text) => text is { Length: 43 } && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
