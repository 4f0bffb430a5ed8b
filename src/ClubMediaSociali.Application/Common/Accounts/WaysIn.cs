using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

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

    /// <summary>The refusal when removing one more way would lock the member out; null when another way is left.</summary>
    public static async Task<Error?> RefuseLastAsync(ClubDbContext db, Guid memberId, IStringLocalizer<ValidationMessages> text, CancellationToken cancellationToken) =>
        (await OfAsync(db, memberId, cancellationToken)).Count > 1
            ? null
            : Error.Invalid("accounts.last_way_in", null,
                text["È l'unico modo con cui puoi accedere: aggiungine un altro (una password, una passkey o un account collegato) prima di toglierlo."]);
}
