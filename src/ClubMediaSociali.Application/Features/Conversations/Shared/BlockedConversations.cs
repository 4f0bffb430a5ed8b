using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Network;

namespace ClubMediaSociali.Application.Features.Conversations;

/// <summary>
/// The two-person conversations a member's own block hides from their list and their unread count: what the blocked
/// member wrote stops reaching them at once (lemmy#3629). The conversation stays, readable from its address, and
/// comes back if the block is lifted.
/// </summary>
public static class BlockedConversations
{
    public static IQueryable<Guid> Of(ClubDbContext db, Guid memberId) =>
        from other in db.ConversationParticipants
        join conversation in db.Conversations on other.ConversationId equals conversation.Id
        where !conversation.IsGroup && other.MemberId != memberId
              && db.MemberBlocks.Any(b => b.Kind == BlockKind.Block && b.MemberId == memberId && b.OtherId == other.MemberId)
        select conversation.Id;
}
