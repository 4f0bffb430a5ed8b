using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Moderation;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Conversations;

/// <summary>Adding a message to a conversation, the same way for its first message and for every other.</summary>
public static class ConversationMessages
{
    /// <summary>
    /// A member's new message, the same way for a conversation's first and for every other: rendered with its mentions,
    /// read by the content check (a held one waits for a moderator, seen by its author only), then appended.
    /// </summary>
    public static async Task<(Guid MessageId, long Seq, bool Held)> WriteAsync(
        ClubDbContext db, ConversationSignals signals, Following.MentionedMembers mentions, Moderation.ContentScreening screening,
        Guid conversationId, Guid authorId, string body, DateTimeOffset at, CancellationToken cancellationToken, Guid[]? attachmentIds = null)
    {
        var messageId = Guid.CreateVersion7();
        var html = await mentions.RenderAsync(body, cancellationToken);
        var held = (await screening.CheckAsync(new(ContentKind.Message, messageId, authorId, body, html), cancellationToken)).Held;
        var seq = await AppendAsync(db, signals, conversationId, messageId, authorId, body, html, at, cancellationToken, held, attachmentIds ?? []);
        return (messageId, seq, held);
    }

    /// <summary>
    /// Appends a message in three statements inside the caller's transaction. Taking the next number updates the
    /// conversation's row, which serialises concurrent sends in one conversation, so numbers never repeat; the other
    /// participants' unread counts grow in one statement, so they stay exact under load; the author has read
    /// their own message. Once committed, the participants' counts and open pages hear of it. Returns the message's number.
    /// </summary>
    public static async Task<long> AppendAsync(
        ClubDbContext db, ConversationSignals signals, Guid conversationId, Guid messageId, Guid authorId, string markdown, string html, DateTimeOffset at,
        CancellationToken cancellationToken, bool held = false, Guid[]? attachmentIds = null)
    {
        // Not composed (no LIMIT around it): a statement that writes cannot be a subquery. A held message takes its
        // number but moves nothing the others see: not the conversation's place in their lists, not their counts.
        var screening = (int)(held ? Screening.Held : Screening.Clear);
        var seq = (await db.Database.SqlQuery<long>($"""
            WITH next AS (
                UPDATE conversations SET last_seq = last_seq + 1, last_message_at = CASE WHEN {held} THEN last_message_at ELSE {at} END
                WHERE id = {conversationId} RETURNING last_seq
            )
            INSERT INTO messages (id, conversation_id, seq, author_id, body_markdown, body_html, attachment_ids, at, screening)
            SELECT {messageId}, {conversationId}, next.last_seq, {authorId}, {markdown}, {html}, {attachmentIds ?? []}, {at}, {screening} FROM next
            RETURNING seq AS "Value"
            """).ToListAsync(cancellationToken)).Single();
        if (held)
        {
            await db.Database.ExecuteSqlAsync(
                $"UPDATE conversation_participants SET read_seq = {seq} WHERE conversation_id = {conversationId} AND member_id = {authorId}", cancellationToken);
            return seq;
        }

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

    /// <summary>
    /// A moderator let a held message through, or a member's messages were marked as spam or cleared: the unread counts
    /// of the others in <paramref name="conversationId"/> (or in every conversation of <paramref name="authorId"/>) are
    /// counted again from what they may see, a newly waiting message will be mailed, and their pages hear of it.
    /// </summary>
    public static async Task RecountAsync(
        ClubDbContext db, ConversationSignals signals, Guid? conversationId, Guid authorId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var mailDue = now + Domain.Conversations.ConversationParticipant.MailAfter;
        var changed = await db.Database.SqlQuery<Recounted>($"""
            WITH counted AS (
                SELECT p.conversation_id, p.member_id,
                       (SELECT count(*) FROM messages m
                        WHERE m.conversation_id = p.conversation_id AND m.seq > p.read_seq AND m.author_id <> p.member_id AND m.screening = 0) AS n
                FROM conversation_participants p
                WHERE p.member_id <> {authorId} AND p.left_at IS NULL
                  AND p.conversation_id IN (SELECT conversation_id FROM conversation_participants WHERE member_id = {authorId})
                  AND ({conversationId}::uuid IS NULL OR p.conversation_id = {conversationId})
            )
            UPDATE conversation_participants p
            SET unread = counted.n,
                mail_due_at = CASE WHEN counted.n = 0 THEN NULL WHEN counted.n > p.unread THEN coalesce(p.mail_due_at, {mailDue}) ELSE p.mail_due_at END
            FROM counted
            WHERE p.conversation_id = counted.conversation_id AND p.member_id = counted.member_id AND p.unread <> counted.n
            RETURNING p.conversation_id, p.member_id
            """).ToListAsync(cancellationToken);
        foreach (var conversation in changed.GroupBy(c => c.ConversationId))
        {
            var last = await db.Conversations.Where(c => c.Id == conversation.Key).Select(c => c.LastSeq).SingleAsync(cancellationToken);
            signals.Changed(conversation.Key, last, [.. conversation.Select(c => c.MemberId)]);
        }
    }

    private sealed record Recounted(Guid ConversationId, Guid MemberId);

    /// <summary>
    /// The messages <paramref name="memberId"/> reads, as their conversation pages show them: in their conversations,
    /// after what they deleted for themselves, up to when they left a group, and held ones only their own.
    /// </summary>
    public static IQueryable<Domain.Conversations.Message> VisibleTo(ClubDbContext db, Guid memberId) =>
        db.Messages.IgnoreQueryFilters([ClubDbContext.ScreeningFilter])
            .Where(m => (m.Screening == Screening.Clear || (m.AuthorId == memberId && m.Screening == Screening.Held))
                && db.ConversationParticipants.Any(p => p.ConversationId == m.ConversationId && p.MemberId == memberId
                    && m.Seq > p.ClearedSeq && (p.LeftAt == null || m.At <= p.LeftAt)));

    /// <summary>
    /// The message, if <paramref name="memberId"/> is in its conversation and may see it (held ones only by their
    /// author); none otherwise (said as "not found").
    /// </summary>
    public static IQueryable<Domain.Conversations.Message> Readable(ClubDbContext db, Guid messageId, Guid memberId) =>
        db.Messages.IgnoreQueryFilters([ClubDbContext.ScreeningFilter])
            .Where(m => m.Id == messageId && (m.Screening == Screening.Clear || (m.AuthorId == memberId && m.Screening == Screening.Held))
                && db.ConversationParticipants.Any(p => p.ConversationId == m.ConversationId && p.MemberId == memberId));
}
