using ClubMediaSociali.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Common.Accounts;

/// <summary>A new member's handle: the one wanted, or the first "-2", "-3"… not taken.</summary>
public static class FreeHandles
{
    public static async Task<string> FindAsync(ClubDbContext db, string wanted, CancellationToken cancellationToken)
    {
        var taken = await db.Users
            .Where(m => m.Handle == wanted || m.Handle.StartsWith(wanted + "-"))
            .Select(m => m.Handle)
            .ToListAsync(cancellationToken);
        if (!taken.Contains(wanted))
        {
            return wanted;
        }

        for (var n = 2; ; n++)
        {
            var candidate = $"{wanted}-{n}";
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }
}
