using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Conversations;

/// <summary>How many of the member's conversations have unread messages (muted ones left out), for the header; kept as the notifications' badge.</summary>
public sealed record CountUnreadConversations(Guid MemberId) : IQuery<int>;

public sealed class CountUnreadConversationsHandler(ClubDbContext db, Notifications.UnreadCounts counts) : IQueryHandler<CountUnreadConversations, int>
{
    public ValueTask<int> Handle(CountUnreadConversations query, CancellationToken cancellationToken) =>
        counts.GetAsync(
            query.MemberId,
            token => db.ConversationParticipants.CountAsync(p => p.MemberId == query.MemberId && p.Unread > 0 && !p.Muted && p.LeftAt == null, token),
            cancellationToken,
            Notifications.UnreadKind.Conversations);
}
