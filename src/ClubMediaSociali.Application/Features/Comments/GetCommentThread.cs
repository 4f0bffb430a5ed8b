using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Comments;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Comments;

/// <summary>
/// A thread as the viewer may see it: visible comments for everyone; held or hidden ones for their
/// author and for moderators; removed and deleted ones as a placeholder where replies need context.
/// </summary>
public sealed record GetCommentThread(CommentThreadKind ThreadKind, Guid ThreadId)
    : IQuery<CommentThreadView>
{
    /// <summary>A generous bound: threads beyond it show their first comments only.</summary>
    public const int Limit = 500;
}

public sealed record CommentThreadView(CommentThreadKind ThreadKind, Guid ThreadId, bool Exists, bool Open, IReadOnlyList<CommentItem> Comments)
{
    /// <summary>The viewer may write a new comment here (confirmed, and the thread is open).</summary>
    public bool CanPost { get; init; }

    /// <summary>The viewer moderates: removed comments keep their text and their reason for them.</summary>
    public bool CanModerate { get; init; }

    /// <summary>Open, but only to some (an event's registrants and organisers), among whom the viewer is not.</summary>
    public bool WritersOnly { get; init; }

    /// <summary>The comments everyone can read, as the lists count them: held, hidden and removed ones are not counted.</summary>
    public int Count => Comments.Sum(c => (c.Status == CommentStatus.Visible ? 1 : 0) + c.Replies.Count(r => r.Status == CommentStatus.Visible));
}

public sealed record CommentItem(
    Guid Id,
    Guid? AuthorId,
    string? AuthorName,
    string? AuthorHandle,
    string BodyHtml,
    string BodyMarkdown,
    CommentStatus Status,
    string? RemovedReason,
    int FlagCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EditedAt,
    bool ViewerFlagged)
{
    /// <summary>The source hash of the author's photo; null shows their initials.</summary>
    public string? AuthorPhoto { get; init; }

    public IReadOnlyList<CommentItem> Replies { get; init; } = [];

    /// <summary>What the viewer may do with it (<see cref="CommentPermissions"/>).</summary>
    public CommentAbilities May { get; init; } = CommentAbilities.None;
}

public sealed class GetCommentThreadHandler(ICurrentMember currentMember, ClubDbContext db, CommentThreads threads, TimeProvider clock) : IQueryHandler<GetCommentThread, CommentThreadView>
{
    public async ValueTask<CommentThreadView> Handle(GetCommentThread query, CancellationToken cancellationToken)
    {
        var thread = await threads.FindAsync(query.ThreadKind, query.ThreadId, cancellationToken);
        if (thread is null)
        {
            return new CommentThreadView(query.ThreadKind, query.ThreadId, Exists: false, Open: false, []);
        }

        var viewer = currentMember.Id ?? Guid.Empty;
        var rows = await db.Comments.AsNoTracking()
            .Where(c => c.ThreadKind == query.ThreadKind && c.ThreadId == query.ThreadId)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Take(GetCommentThread.Limit)
            .Select(c => new
            {
                c.ParentId,
                Item = new CommentItem(
                    c.Id,
                    c.AuthorId,
                    db.Users.Where(m => m.Id == c.AuthorId && m.DeletedAt == null).Select(m => m.DisplayName).FirstOrDefault(),
                    db.Users.Where(m => m.Id == c.AuthorId && m.DeletedAt == null).Select(m => m.Handle).FirstOrDefault(),
                    c.BodyHtml,
                    c.BodyMarkdown,
                    c.Status,
                    c.RemovedReason,
                    c.FlagCount,
                    c.CreatedAt,
                    c.EditedAt,
                    db.CommentFlags.Any(f => f.CommentId == c.Id && f.MemberId == viewer))
                {
                    AuthorPhoto = db.Users.Where(m => m.Id == c.AuthorId && m.DeletedAt == null).Select(m => m.PhotoHash).FirstOrDefault(),
                },
            })
            .ToListAsync(cancellationToken);

        var now = clock.GetUtcNow();
        bool Readable(CommentItem c) => CommentPermissions.CanRead(currentMember, c.AuthorId, c.Status);

        // What others may not read is emptied here, so no view can show it by mistake.
        CommentItem Shown(CommentItem c) => (Readable(c) ? c : c with { BodyHtml = "", BodyMarkdown = "" }) with
        {
            May = CommentPermissions.For(currentMember, c.AuthorId, c.Status, c.CreatedAt, c.ViewerFlagged, thread.Open && thread.MayWrite, now),
        };

        var replies = rows.Where(r => r.ParentId is not null).ToLookup(r => r.ParentId!.Value, r => Shown(r.Item));
        var comments = new List<CommentItem>();
        foreach (var top in rows.Where(r => r.ParentId is null))
        {
            var children = replies[top.Item.Id].Where(r => Readable(r) || r.Status == CommentStatus.Removed).ToList();
            var item = Shown(top.Item);
            // A comment others cannot read still holds its place when it has replies, or when a moderator removed it (openly).
            if (Readable(top.Item) || children.Count > 0 || top.Item.Status == CommentStatus.Removed)
            {
                comments.Add(item with { Replies = children });
            }
        }

        return new CommentThreadView(query.ThreadKind, query.ThreadId, Exists: true, thread.Open, comments)
        {
            CanPost = currentMember.IsConfirmed && thread.Open && thread.MayWrite,
            WritersOnly = !thread.MayWrite,
            CanModerate = currentMember.IsModerator,
        };
    }
}
