using ClubMediaSociali.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Common.Accounts;

/// <summary>How a member can get into their account: a password, passkeys, accounts at other providers.</summary>
public sealed record WaysIn(bool Password, int Passkeys, int Providers)
{
    public int Count => (Password ? 1 : 0) + Passkeys + Providers;

    /// <summary>One statement for the three.</summary>
    public static async Task<WaysIn> OfAsync(ClubDbContext db, Guid memberId, CancellationToken cancellationToken) =>
        await db.Users.Where(m => m.Id == memberId)
            .Select(m => new WaysIn(
                m.PasswordHash != null,
                db.UserPasskeys.Count(p => p.UserId == memberId),
                db.UserLogins.Count(l => l.UserId == memberId)))
            .SingleAsync(cancellationToken);
}
