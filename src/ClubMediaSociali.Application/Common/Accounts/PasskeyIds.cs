using ClubMediaSociali.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Common.Accounts;

/// <summary>Passkeys' ids in addresses, and the rules every passkey use case shares.</summary>
public static class PasskeyIds
{
    public const int NameMaxLength = 60;

    /// <summary>More than anyone needs (a phone, a laptop, a security key or two), fewer than an attacker would like.</summary>
    public const int MaxPerMember = 20;

    public static string IdOf(byte[] credentialId) =>
        Convert.ToBase64String(credentialId).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[]? CredentialIdOf(string id)
    {
        var base64 = id.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, buffer, out var written) ? buffer[..written] : null;
    }

    public static async Task<Microsoft.AspNetCore.Identity.IdentityUserPasskey<Guid>?> FindAsync(
        ClubDbContext db, Guid memberId, string id, CancellationToken cancellationToken) =>
        CredentialIdOf(id) is { } credential
            ? await db.UserPasskeys.SingleOrDefaultAsync(p => p.CredentialId == credential && p.UserId == memberId, cancellationToken)
            : null;
}
