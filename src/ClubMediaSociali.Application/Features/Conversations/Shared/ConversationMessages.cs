using ClubMediaSociali.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Conversations;

/// <summary>Adding a message to a conversation, the same way for its first message and for every other.</summary>
public static class ConversationMessages
{
    /// <summary>
    /// Appends a message in three statements inside the caller's transaction. Taking the next number updates the
    /// conversation's row, which serialises concurrent sends in one conversation, so numbers never repeat; the other
    /// participants' unread counts grow in one statement, so they stay exact under load; the author has read
    /// their own message. Once committed, the participants' counts and open pages hear of it. Returns the message's number.
    /// </summary>
    public static async Task<long> AppendAsync(
        ClubDbContext db, ConversationSignals signals, Guid conversationId, Guid messageId, Guid authorId, string markdown, string html, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        // Not composed (no LIMIT around it): a statement that writes cannot be a subquery.
        var seq = (await db.Database.SqlQuery<long>($"""
            WITH next AS (
                UPDATE conversations SET last_seq = last_seq + 1, last_message_at = {at} WHERE id = {conversationId} RETURNING last_seq
            )
            INSERT INTO messages (id, conversation_id, seq, author_id, body_markdown, body_html, at)
            SELECT {messageId}, {conversationId}, next.last_seq, {authorId}, {markdown}, {html}, {at} FROM next
            RETURNING seq AS "Value"
            """).ToListAsync(cancellationToken)).Single();
        // The first message to wait for someone sets when it is mailed if still unread; the author has seen everything.
        var mailDue = at + Domain.Conversations.ConversationParticipant.MailAfter;
        var participants = await db.Database.SqlQuery<Guid>($"""
            UPDATE conversation_participants
            SET unread = CASE WHEN member_id = {authorId} THEN 0 ELSE unread + 1 END,
                read_seq = CASE WHEN member_id = {authorId} THEN {seq} ELSE read_seq END,
                mail_due_at = CASE WHEN member_id = {authorId} THEN NULL ELSE coalesce(mail_due_at, {mailDue}) END
            WHERE conversation_id = {conversationId} AND left_at IS NULL
            RETURNING member_id AS "Value"
            """).ToListAsync(cancellationToken);
        signals.Changed(conversationId, seq, participants);
        return seq;
    }

    /// <summary>The message, if <paramref name="memberId"/> is in its conversation; none otherwise (said as "not found").</summary>
    public static IQueryable<Domain.Conversations.Message> Readable(ClubDbContext db, Guid messageId, Guid memberId) =>
        db.Messages.Where(m => m.Id == messageId && db.ConversationParticipants.Any(p => p.ConversationId == m.ConversationId && p.MemberId == memberId));
}
