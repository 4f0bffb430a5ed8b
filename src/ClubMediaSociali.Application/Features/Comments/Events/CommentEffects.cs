using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Features.Reputation;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Comments;

/// <summary>
/// Tells the thread's owner and the author of the comment replied to, and for an idea its followers;
/// never the writer themself, and nobody twice.
/// </summary>
public sealed class TellReadersOfComment(ClubDbContext db, CommentThreads threads) : IEffect<CommentPublished>
{
    public async Task RunAsync(CommentPublished published, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.AsNoTracking().SingleAsync(c => c.Id == published.CommentId, cancellationToken);
        if (await threads.FindAsync(comment.ThreadKind, comment.ThreadId, cancellationToken) is not { } thread)
        {
            return;
        }

        var parentAuthorId = comment.ParentId is { } parentId
            ? await db.Comments.Where(c => c.Id == parentId).Select(c => c.AuthorId).SingleOrDefaultAsync(cancellationToken)
            : null;
        var target = thread.Target.AtComment(comment.Id);
        var told = new HashSet<Guid>();
        if (comment.AuthorId is { } writer)
        {
            told.Add(writer);
        }

        if (thread.OwnerId is { } owner && told.Add(owner))
        {
            db.Notifications.Add(Notification.Of(owner, NotificationKinds.CommentNew, thread.Title, target, published.At, actor: comment.AuthorId));
        }

        if (parentAuthorId is { } parent && told.Add(parent))
        {
            db.Notifications.Add(Notification.Of(parent, NotificationKinds.CommentReply, thread.Title, target, published.At, actor: comment.AuthorId));
        }

        if (comment.ThreadKind == CommentThreadKind.Idea)
        {
            var followers = await db.IdeaFollowers.Where(f => f.IdeaId == comment.ThreadId).Select(f => f.MemberId).ToListAsync(cancellationToken);
            foreach (var follower in followers.Where(told.Add))
            {
                db.Notifications.Add(Notification.Of(follower, NotificationKinds.IdeaComment, thread.Title, target, published.At, actor: comment.AuthorId));
            }
        }
    }
}

/// <summary>A published comment may earn its writer a badge.</summary>
public sealed class AwardCommenterBadges(ClubDbContext db, ReputationLedger reputation) : IEffect<CommentPublished>
{
    public async Task RunAsync(CommentPublished published, CancellationToken cancellationToken)
    {
        if (await db.Comments.Where(c => c.Id == published.CommentId).Select(c => c.AuthorId).SingleAsync(cancellationToken) is { } author)
        {
            await reputation.AwardBadgesAsync(author, cancellationToken);
        }
    }
}

/// <summary>Tells the writer of a removed comment why it was removed.</summary>
public sealed class TellWriterOfRemoval(ClubDbContext db, CommentThreads threads) : IEffect<CommentRemoved>
{
    public async Task RunAsync(CommentRemoved removed, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.AsNoTracking().SingleAsync(c => c.Id == removed.CommentId, cancellationToken);
        if (comment.AuthorId is { } author && await threads.FindAsync(comment.ThreadKind, comment.ThreadId, cancellationToken) is { } thread)
        {
            db.Notifications.Add(Notification.Of(author, NotificationKinds.CommentRemoved, thread.Title, thread.Target, removed.At, removed.Reason));
        }
    }
}
