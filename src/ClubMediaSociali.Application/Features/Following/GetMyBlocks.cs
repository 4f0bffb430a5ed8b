using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Network;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Following;

/// <summary>The members the signed-in member blocked or muted, the latest first, to undo either.</summary>
public sealed record GetMyBlocks : IQuery<IReadOnlyList<BlockedMember>>;

public sealed record BlockedMember(Guid Id, string DisplayName, string Handle, string? PhotoHash, BlockKind Kind, DateTimeOffset At);

public sealed class GetMyBlocksHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<GetMyBlocks, IReadOnlyList<BlockedMember>>
{
    public async ValueTask<IReadOnlyList<BlockedMember>> Handle(GetMyBlocks query, CancellationToken cancellationToken)
    {
        var me = currentMember.RequiredId;
        return await db.MemberBlocks.Where(b => b.MemberId == me).OrderByDescending(b => b.At)
            .Join(db.Users.Where(m => m.DeletedAt == null), b => b.OtherId, m => m.Id, (b, m) => new BlockedMember(m.Id, m.DisplayName, m.Handle, m.PhotoHash, b.Kind, b.At))
            .ToListAsync(cancellationToken);
    }
}
