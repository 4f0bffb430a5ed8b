using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Network;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;

namespace ClubMediaSociali.Application.Features.Following;

/// <summary>
/// A member mutes or blocks another (by handle), or with no kind undoes either. Blocking also ends the tie and the
/// follows between them, and a pending request either way. The other member is not told.
/// </summary>
[ChangesNoPublicPage("Blocks and mutes change only what the member sees.")]
public sealed record SetBlock(string Handle, BlockKind? Kind) : ICommand<Result<BlockKind?>>, ITransactional;

public sealed class SetBlockHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock, HybridCache cache) : ICommandHandler<SetBlock, Result<BlockKind?>>
{
    public async ValueTask<Result<BlockKind?>> Handle(SetBlock command, CancellationToken cancellationToken)
    {
        var me = currentMember.RequiredId;
        var other = await db.Users.Where(m => m.Handle == command.Handle && m.DeletedAt == null).Select(m => (Guid?)m.Id).SingleOrDefaultAsync(cancellationToken);
        if (other is not { } otherId)
        {
            return FollowErrors.NotFound;
        }

        if (otherId == me)
        {
            return FollowErrors.Self;
        }

        // Neither is suggested to the other while a block stands between them, nor kept suggested once it is lifted.
        await cache.RemoveByTagAsync([SuggestFollows.TagFor(me), SuggestFollows.TagFor(otherId)], cancellationToken);
        if (command.Kind is not { } kind)
        {
            await db.MemberBlocks.Where(b => b.MemberId == me && b.OtherId == otherId).ExecuteDeleteAsync(cancellationToken);
            return (BlockKind?)null;
        }

        var now = clock.GetUtcNow();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO member_blocks (member_id, other_id, kind, at) VALUES ({me}, {otherId}, {(int)kind}, {now})
            ON CONFLICT (member_id, other_id) DO UPDATE SET kind = excluded.kind, at = excluded.at
            """, cancellationToken);
        if (kind == BlockKind.Block)
        {
            var (low, high) = Domain.Connections.Connection.Pair(me, otherId);
            await db.Connections.Where(c => c.LowId == low && c.HighId == high).ExecuteDeleteAsync(cancellationToken);
            await db.MemberFollows.Where(f => (f.FollowerId == me && f.MemberId == otherId) || (f.FollowerId == otherId && f.MemberId == me)).ExecuteDeleteAsync(cancellationToken);
        }

        return kind;
    }
}
