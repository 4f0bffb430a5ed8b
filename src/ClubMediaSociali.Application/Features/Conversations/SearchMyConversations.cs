using ClubMediaSociali.Application.Common.Content;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Features.Search;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Conversations;

/// <summary>
/// The member's messages that match <see cref="Text"/>, with the site's Italian matching (<see cref="ItalianQuery"/>:
/// plurals find singulars, "perche" finds "perché"), newest first: only in conversations they are in, only what they
/// may read there (up to when they left, after what they deleted for themselves, held messages of others never).
/// </summary>
public sealed record SearchMyConversations(string Text) : IQuery<IReadOnlyList<MessageFound>>
{
    public const int Limit = 30;
}

public sealed record MessageFound(Guid ConversationId, string? Title, long Seq, string AuthorName, bool Mine, string Excerpt, DateTimeOffset At);

public sealed class SearchMyConversationsHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<SearchMyConversations, IReadOnlyList<MessageFound>>
{
    public async ValueTask<IReadOnlyList<MessageFound>> Handle(SearchMyConversations query, CancellationToken cancellationToken)
    {
        var tsQuery = ItalianQuery.ToTsQuery(query.Text);
        if (string.IsNullOrEmpty(tsQuery))
        {
            return [];
        }

        var me = currentMember.RequiredId;
        // The expression is the one of ix_messages_search (an expression index: no stored column on the biggest table).
        var found = await db.Database.SqlQuery<Row>($"""
            SELECT m.conversation_id, c.title, m.seq, m.author_id, m.body_markdown, m.at,
                   (SELECT u.display_name FROM members u WHERE u.id = m.author_id AND u.deleted_at IS NULL) AS author_name
            FROM conversation_participants p
            JOIN messages m ON m.conversation_id = p.conversation_id
            JOIN conversations c ON c.id = p.conversation_id
            WHERE p.member_id = {me}
              AND m.seq > p.cleared_seq AND (p.left_at IS NULL OR m.at <= p.left_at)
              AND m.deleted_at IS NULL AND (m.screening = 0 OR (m.author_id = {me} AND m.screening = 1))
              AND to_tsvector('italian', club_unaccent(m.body_markdown)) @@ to_tsquery('italian', {tsQuery})
            ORDER BY m.at DESC
            LIMIT {SearchMyConversations.Limit}
            """).ToListAsync(cancellationToken);
        return found.Select(f => new MessageFound(
            f.ConversationId, f.Title, f.Seq, f.AuthorName ?? "", f.AuthorId == me, PlainText.Of(f.BodyMarkdown, 200) ?? "", f.At)).ToList();
    }

    private sealed record Row(Guid ConversationId, string? Title, long Seq, Guid AuthorId, string BodyMarkdown, DateTimeOffset At, string? AuthorName);
}
