using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Conversations;

/// <summary>
/// The member has seen a conversation up to message <see cref="UpTo"/> (the newest the page showed): their unread count
/// drops by the messages of others up to it, in one statement, so a message arriving meanwhile stays unread.
/// </summary>
[ChangesNoPublicPage("Read state is the member's own.")]
public sealed record MarkConversationRead(Guid ConversationId, long UpTo) : ICommand<int>;

public sealed class MarkConversationReadHandler(ICurrentMember currentMember, ClubDbContext db, ConversationSignals signals) : ICommandHandler<MarkConversationRead, int>
{
    public async ValueTask<int> Handle(MarkConversationRead command, CancellationToken cancellationToken)
    {
        var me = currentMember.RequiredId;
        // Nothing left waiting: no mail to come either.
        var changed = await db.Database.ExecuteSqlAsync($"""
            WITH newer AS (
                SELECT count(*) AS n FROM messages m
                WHERE m.conversation_id = {command.ConversationId} AND m.seq > {command.UpTo} AND m.author_id <> {me} AND m.screening = 0
            )
            UPDATE conversation_participants p
            SET unread = newer.n, read_seq = {command.UpTo}, mail_due_at = CASE WHEN newer.n = 0 THEN NULL ELSE p.mail_due_at END
            FROM newer
            WHERE p.conversation_id = {command.ConversationId} AND p.member_id = {me} AND p.read_seq < {command.UpTo}
            """, cancellationToken);
        signals.UnreadMoved([me]);
        return changed;
    }
}
