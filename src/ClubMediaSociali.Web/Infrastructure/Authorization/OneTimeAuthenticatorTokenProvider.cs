using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Web.Infrastructure.Authorization;

/// <summary>
/// Authenticator codes (RFC 6238) that work once: a code is accepted in the steps around now, as Identity's own
/// provider does, and only if its step is later than the last one the member used. The step is claimed with
/// one conditional UPDATE, so two instances receiving the same code at once accept it once.
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider(ClubDbContext db, TimeProvider clock) : AuthenticatorTokenProvider<Member>
{
    /// <summary>Steps accepted either side of now, for clocks that drift and codes typed slowly.</summary>
    private const int Drift = 2;

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<Member> manager, Member user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || token.Length != 6 || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return false;
        }

        var secret = FromBase32(key);
        var now = clock.GetUtcNow().ToUnixTimeSeconds() / 30;
        for (var step = now - Drift; step <= now + Drift; step++)
        {
            if (CodeAt(secret, step) != code)
            {
                continue;
            }

            var claimed = await db.Users
                .Where(m => m.Id == user.Id && (m.LastAuthenticatorStep == null || m.LastAuthenticatorStep < step))
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.LastAuthenticatorStep, step));
            return claimed == 1;
        }

        return false;
    }

    private static int CodeAt(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 authenticator apps compute HMAC-SHA1; the standard fixes it.
        var hash = HMACSHA1.HashData(secret, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        return (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7FFFFFFF) % 1_000_000;
    }

    private static byte[] FromBase32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('=').ToUpperInvariant())
        {
            buffer = (buffer << 5) | Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
