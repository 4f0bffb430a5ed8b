using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Comments;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Comments;

/// <summary>
/// A thread as the viewer may see it: visible comments for everyone; held or hidden ones for their
/// author and for moderators; removed and deleted ones as a placeholder where replies need context.
/// </summary>
public sealed record GetCommentThread(CommentThreadKind ThreadKind, Guid ThreadId, Guid? ViewerId, bool ViewerIsModerator)
    : IQuery<CommentThreadView>
{
    /// <summary>A generous bound: threads beyond it show their first comments only.</summary>
    public const int Limit = 500;
}

public sealed record CommentThreadView(CommentThreadKind ThreadKind, Guid ThreadId, bool Exists, bool Open, IReadOnlyList<CommentItem> Comments)
{
    public int Count => Comments.Sum(c => 1 + c.Replies.Count);
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
    public IReadOnlyList<CommentItem> Replies { get; init; } = [];
}

public sealed class GetCommentThreadHandler(ClubDbContext db, CommentThreads threads) : IQueryHandler<GetCommentThread, CommentThreadView>
{
    public async ValueTask<CommentThreadView> Handle(GetCommentThread query, CancellationToken cancellationToken)
    {
        var thread = await threads.FindAsync(query.ThreadKind, query.ThreadId, cancellationToken);
        if (thread is null)
        {
            return new CommentThreadView(query.ThreadKind, query.ThreadId, Exists: false, Open: false, []);
        }

        var viewer = query.ViewerId ?? Guid.Empty;
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
                    db.CommentFlags.Any(f => f.CommentId == c.Id && f.MemberId == viewer)),
            })
            .ToListAsync(cancellationToken);

        bool Readable(CommentItem c) =>
            c.Status == CommentStatus.Visible || query.ViewerIsModerator || (c.AuthorId == query.ViewerId && c.Status is CommentStatus.Held or CommentStatus.Hidden);

        // What others may not read is emptied here, so no view can show it by mistake.
        CommentItem Shown(CommentItem c) => Readable(c) ? c : c with { BodyHtml = "", BodyMarkdown = "" };

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

        return new CommentThreadView(query.ThreadKind, query.ThreadId, Exists: true, thread.Open, comments);
    }
}

/// <summary>Comments waiting for a moderator (held for links, hidden by flags), oldest first, with the flags' reasons.</summary>
public sealed record GetCommentQueue : IQuery<IReadOnlyList<PendingComment>>
{
    public const int Limit = 200;
}

public sealed record PendingComment(
    Guid Id, CommentThreadKind ThreadKind, Guid ThreadId, string? AuthorName, string BodyHtml, CommentStatus Status,
    DateTimeOffset CreatedAt, IReadOnlyList<string> FlagReasons);

public sealed class GetCommentQueueHandler(ClubDbContext db) : IQueryHandler<GetCommentQueue, IReadOnlyList<PendingComment>>
{
    public async ValueTask<IReadOnlyList<PendingComment>> Handle(GetCommentQueue query, CancellationToken cancellationToken) =>
        await db.Comments.AsNoTracking()
            .Where(c => c.Status == CommentStatus.Held || c.Status == CommentStatus.Hidden)
            .OrderBy(c => c.CreatedAt)
            .Take(GetCommentQueue.Limit)
            .Select(c => new PendingComment(
                c.Id, c.ThreadKind, c.ThreadId,
                db.Users.Where(m => m.Id == c.AuthorId && m.DeletedAt == null).Select(m => m.DisplayName).FirstOrDefault(),
                c.BodyHtml, c.Status, c.CreatedAt,
                db.CommentFlags.Where(f => f.CommentId == c.Id).OrderBy(f => f.At).Select(f => f.Reason).ToList()))
            .ToListAsync(cancellationToken);
}

/// <summary>
/// One comment for the pages that act on it one at a time (edit, flag, moderate) when scripts are
/// off. Others than the author and moderators read it only when it is visible.
/// </summary>
public sealed record GetComment(Guid CommentId, Guid ViewerId, bool ViewerIsModerator) : IQuery<Result<CommentDetails>>;

public sealed record CommentDetails(
    Guid Id, CommentThreadKind ThreadKind, Guid ThreadId, string ThreadTitle, string ThreadLink, Guid? AuthorId,
    string BodyHtml, string BodyMarkdown, CommentStatus Status, DateTimeOffset CreatedAt);

public sealed class GetCommentHandler(ClubDbContext db, CommentThreads threads) : IQueryHandler<GetComment, Result<CommentDetails>>
{
    public async ValueTask<Result<CommentDetails>> Handle(GetComment query, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.AsNoTracking().SingleOrDefaultAsync(c => c.Id == query.CommentId, cancellationToken);
        var thread = comment is null ? null : await threads.FindAsync(comment.ThreadKind, comment.ThreadId, cancellationToken);
        if (comment is null || thread is null
            || !(comment.Status == CommentStatus.Visible || query.ViewerIsModerator || comment.AuthorId == query.ViewerId))
        {
            return CommentErrors.NotFound;
        }

        return new CommentDetails(comment.Id, comment.ThreadKind, comment.ThreadId, thread.Title, thread.Link, comment.AuthorId,
            comment.BodyHtml, comment.BodyMarkdown, comment.Status, comment.CreatedAt);
    }
}
