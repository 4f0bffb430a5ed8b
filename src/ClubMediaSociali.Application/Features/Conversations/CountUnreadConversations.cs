using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Conversations;

/// <summary>
/// How many of the member's conversations have unread messages (muted ones left out), for the header; kept as the
/// notifications' badge, or counted afresh (<see cref="Fresh"/>) when a live page was told it changed.
/// </summary>
public sealed record CountUnreadConversations(Guid MemberId, bool Fresh = false) : IQuery<int>;

public sealed class CountUnreadConversationsHandler(ClubDbContext db, Notifications.UnreadCounts counts) : IQueryHandler<CountUnreadConversations, int>
{
    public async ValueTask<int> Handle(CountUnreadConversations query, CancellationToken cancellationToken)
    {
        if (query.Fresh)
        {
            counts.Forget(query.MemberId, Notifications.UnreadKind.Conversations);
        }

        return await counts.GetAsync(
            query.MemberId,
            token => db.ConversationParticipants.CountAsync(
                p => p.MemberId == query.MemberId && p.Unread > 0 && !p.Muted && p.LeftAt == null && !BlockedConversations.Of(db, query.MemberId).Contains(p.ConversationId), token),
            cancellationToken,
            Notifications.UnreadKind.Conversations);
    }
}
