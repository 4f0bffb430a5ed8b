using ClubMediaSociali.Application.Common.Events;

namespace ClubMediaSociali.Application.Features.Conversations;

/// <summary>
/// What a change to conversations leaves for after its commit: the members whose unread counts moved have them
/// counted again (here and on their open pages), and the pages showing the conversation fetch what is new.
/// </summary>
public sealed class ConversationSignals(Notifications.UnreadCounts counts, AfterCommit afterCommit, IOpenPages pages)
{
    /// <summary>Messages up to <paramref name="seq"/> changed in <paramref name="conversationId"/>; <paramref name="unreadMoved"/> have new counts.</summary>
    public void Changed(Guid conversationId, long seq, IReadOnlyCollection<Guid> unreadMoved)
    {
        UnreadMoved(unreadMoved);
        afterCommit.Add(token => pages.ConversationChangedAsync(conversationId, seq, token));
    }

    /// <summary>These members' unread conversations changed (read, left, muted, a new conversation).</summary>
    public void UnreadMoved(IReadOnlyCollection<Guid> memberIds)
    {
        if (memberIds.Count == 0)
        {
            return;
        }

        afterCommit.Add(async token =>
        {
            foreach (var member in memberIds)
            {
                counts.Forget(member, Notifications.UnreadKind.Conversations);
            }

            await pages.UnreadChangedAsync(memberIds, token);
        });
    }
}
