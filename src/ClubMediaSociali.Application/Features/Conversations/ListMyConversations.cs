using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Moderation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Conversations;

/// <summary>
/// The member's conversations, the most recently active first, keyset-paged by (last message, id): each with its
/// people, the start of its newest message and how many are unread. Conversations the member deleted for
/// themselves come back when someone writes again.
/// </summary>
public sealed record ListMyConversations(string? After = null) : IQuery<ConversationList>
{
    public const int PageSize = 25;
}

public sealed record ConversationList(IReadOnlyList<ConversationLine> Conversations, string? Next);

public sealed record ConversationLine(
    Guid Id, string? Title, bool IsGroup, IReadOnlyList<Participant> Others, string? LastText, bool LastMine, bool LastDeleted,
    DateTimeOffset LastAt, int Unread, bool Muted, bool Left);

public sealed class ListMyConversationsHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<ListMyConversations, ConversationList>
{
    /// <summary>The start of the newest message shown in the list.</summary>
    public const int PreviewLength = 140;

    public async ValueTask<ConversationList> Handle(ListMyConversations query, CancellationToken cancellationToken)
    {
        var me = currentMember.RequiredId;
        var messages = db.Messages.IgnoreQueryFilters([ClubDbContext.ScreeningFilter]);
        var mine = db.ConversationParticipants.AsNoTracking().Where(p => p.MemberId == me)
            .Join(db.Conversations, p => p.ConversationId, c => c.Id, (p, c) => new { p, c })
            .Where(x => x.c.LastSeq > x.p.ClearedSeq && !BlockedConversations.Of(db, me).Contains(x.c.Id)
                // One started by a held message waits with it, for all but its author.
                && messages.Any(m => m.ConversationId == x.c.Id && m.Seq > x.p.ClearedSeq && (m.Screening == Screening.Clear || m.AuthorId == me)));
        if (KeysetCursor.Parse(query.After) is { } after)
        {
            mine = mine.Where(x => x.c.LastMessageAt < after.At || (x.c.LastMessageAt == after.At && x.c.Id.CompareTo(after.Id) < 0));
        }

        var page = await mine.OrderByDescending(x => x.c.LastMessageAt).ThenByDescending(x => x.c.Id).Take(ListMyConversations.PageSize + 1)
            .Select(x => new
            {
                x.c.Id,
                x.c.Title,
                x.c.IsGroup,
                x.c.LastMessageAt,
                x.p.Unread,
                x.p.Muted,
                x.p.LeftAt,
                Last = db.Messages.Where(m => m.ConversationId == x.c.Id && (x.p.LeftAt == null || m.At <= x.p.LeftAt))
                    .OrderByDescending(m => m.Seq)
                    .Select(m => new { m.AuthorId, m.BodyMarkdown, m.DeletedAt })
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var shown = page.Take(ListMyConversations.PageSize).ToList();
        var ids = shown.Select(c => c.Id).ToList();
        var people = await db.ConversationParticipants.AsNoTracking()
            .Where(p => ids.Contains(p.ConversationId) && p.MemberId != me)
            .Join(db.Users, p => p.MemberId, m => m.Id, (p, m) => new { p.ConversationId, Person = new Participant(m.Id, m.Handle, m.DisplayName, m.PhotoHash, m.DeletedAt != null, p.LeftAt != null) })
            .ToListAsync(cancellationToken);
        var byConversation = people.ToLookup(p => p.ConversationId, p => p.Person);
        var lines = shown.Select(c => new ConversationLine(
            c.Id, c.Title, c.IsGroup, [.. byConversation[c.Id]], c.Last is { DeletedAt: null } last ? Preview(last.BodyMarkdown) : null,
            c.Last?.AuthorId == me, c.Last?.DeletedAt is not null, c.LastMessageAt, c.Unread, c.Muted, c.LeftAt is not null)).ToList();
        return new ConversationList(lines, page.Count > ListMyConversations.PageSize ? new KeysetCursor(shown[^1].LastMessageAt, shown[^1].Id).ToString() : null);
    }

    private static string Preview(string markdown)
    {
        var flat = string.Join(' ', markdown.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= PreviewLength ? flat : string.Concat(flat.AsSpan(0, PreviewLength).TrimEnd(), "…");
    }
}
