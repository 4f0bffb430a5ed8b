using System.Linq.Expressions;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Network;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Following;

/// <summary>
/// Whether a block stands between two members, whichever of them made it: then neither mentions, suggests nor
/// reaches the other. (A mute only takes the other's lines out of the bacheca, and is not looked at here.)
/// </summary>
public static class Blocks
{
    /// <summary>The block between two members, whichever made it; empty when there is none.</summary>
    public static IQueryable<MemberBlock> Between(ClubDbContext db, Guid one, Guid other) =>
        db.MemberBlocks.Where(b => b.Kind == BlockKind.Block && ((b.MemberId == one && b.OtherId == other) || (b.MemberId == other && b.OtherId == one)));

    /// <summary>Members with no block between them and <paramref name="me"/>, for a query's Where.</summary>
    public static Expression<Func<Member, bool>> NoneWith(ClubDbContext db, Guid me) =>
        m => !db.MemberBlocks.Any(b => b.Kind == BlockKind.Block && ((b.MemberId == m.Id && b.OtherId == me) || (b.MemberId == me && b.OtherId == m.Id)));

    /// <summary>Those of <paramref name="others"/> with a block between them and <paramref name="me"/>, whichever made it.</summary>
    public static async Task<IReadOnlySet<Guid>> AmongAsync(ClubDbContext db, Guid me, IReadOnlyCollection<Guid> others, CancellationToken cancellationToken)
    {
        var ids = others.ToArray();
        var blocked = await db.MemberBlocks
            .Where(b => b.Kind == BlockKind.Block && ((b.MemberId == me && ids.Contains(b.OtherId)) || (b.OtherId == me && ids.Contains(b.MemberId))))
            .Select(b => b.MemberId == me ? b.OtherId : b.MemberId)
            .ToListAsync(cancellationToken);
        return blocked.ToHashSet();
    }
}
