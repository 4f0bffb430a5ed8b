using ClubMediaSociali.Application.Common.Content;
using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Network;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Application.Domain.Reputation;
using ClubMediaSociali.Application.Features.Comments;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Following;

/// <summary>
/// Tells the members a readable text mentions, in the order it names them: each once per text (an edit tells only
/// those it adds), never the writer, nobody who blocked the writer or whom the writer blocked, and within the
/// <see cref="MentionLimits"/> per text and per day. A text not readable yet (held, a draft) tells no one until it is.
/// </summary>
public sealed class NotifyMentioned(ClubDbContext db, CommentThreads threads, TimeProvider clock) : IEffect<TextWritten>
{
    private sealed record ReadableText(Guid AuthorId, string Markdown, string Title, Target Target);

    public async Task RunAsync(TextWritten written, CancellationToken cancellationToken)
    {
        var text = await ReadableAsync(written.Place, written.Id, cancellationToken);
        var handles = MarkdownRenderer.FindMentions(text?.Markdown);
        if (text is null || handles.Count == 0)
        {
            return;
        }

        var author = text.AuthorId;
        var writer = await db.Users.Where(m => m.Id == author).Select(m => new { m.Reputation, m.JoinedAt }).SingleAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var newcomer = TrustLevels.For(writer.Reputation, writer.JoinedAt, now) == TrustLevel.New;
        var told = await db.Mentions.Where(m => m.Place == written.Place && m.SourceId == written.Id).Select(m => m.MemberId).ToListAsync(cancellationToken);
        var today = await db.Mentions.CountAsync(m => m.AuthorId == author && m.At > now.AddDays(-1), cancellationToken);
        var room = Math.Min(
            (newcomer ? MentionLimits.PerTextForNewcomers : MentionLimits.PerText) - told.Count,
            (newcomer ? MentionLimits.PerDayForNewcomers : MentionLimits.PerDay) - today);
        if (room <= 0)
        {
            return;
        }

        var members = await db.Users.AsNoTracking().Where(MemberVisibility.Active)
            .Where(m => handles.Contains(m.Handle) && m.Id != author && !told.Contains(m.Id))
            .Where(Blocks.NoneWith(db, author))
            .Select(m => new { m.Id, m.Handle })
            .ToDictionaryAsync(m => m.Handle, m => m.Id, StringComparer.Ordinal, cancellationToken);
        foreach (var member in handles.Where(members.ContainsKey).Select(h => members[h]).Take(room))
        {
            db.Mentions.Add(new Mention { Place = written.Place, SourceId = written.Id, MemberId = member, AuthorId = author, At = written.At });
            db.Notifications.Add(Notification.Of(member, NotificationKinds.Mention, text.Title, text.Target, written.At, actor: author));
        }
    }

    private async Task<ReadableText?> ReadableAsync(MentionPlace place, Guid id, CancellationToken cancellationToken)
    {
        switch (place)
        {
            case MentionPlace.Comment:
                var comment = await db.Comments.AsNoTracking().Where(c => c.Id == id && c.Status == CommentStatus.Visible && c.AuthorId != null)
                    .Select(c => new { AuthorId = c.AuthorId!.Value, c.BodyMarkdown, c.ThreadKind, c.ThreadId }).SingleOrDefaultAsync(cancellationToken);
                return comment is not null && await threads.FindAsync(comment.ThreadKind, comment.ThreadId, cancellationToken) is { } thread
                    ? new ReadableText(comment.AuthorId, comment.BodyMarkdown, thread.Title, thread.Target.AtComment(id))
                    : null;
            case MentionPlace.Idea:
                // The screening filter leaves out an idea held for a moderator.
                return await db.Ideas.AsNoTracking().Where(i => i.Id == id && i.AuthorId != null)
                    .Select(i => new ReadableText(i.AuthorId!.Value, i.BodyMarkdown, i.Title, Target.Idea(i.Id))).SingleOrDefaultAsync(cancellationToken);
            case MentionPlace.Practice:
                return await db.Practices.AsNoTracking().Where(p => p.Id == id && p.Status == PracticeStatus.Published && p.AuthorId != null)
                    .Select(p => new ReadableText(p.AuthorId!.Value, p.BodyMarkdown, p.Title, Target.Practice(p.Id))).SingleOrDefaultAsync(cancellationToken);
            default:
                return null;
        }
    }
}
