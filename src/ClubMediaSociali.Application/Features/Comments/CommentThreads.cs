using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Domain.Repertoire;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Comments;

/// <summary>What a comment thread hangs on: its title and address, who owns it, and whether it takes new comments.</summary>
public sealed record CommentThreadInfo(string Title, string Link, Guid? OwnerId, bool Open);

/// <summary>The comment in a result: enough to answer with its thread or to send the reader back to it.</summary>
public sealed record CommentRef(Guid Id, CommentThreadKind ThreadKind, Guid ThreadId, string Link, CommentStatus Status);

public static class CommentErrors
{
    public static readonly Error NotFound = new("comments.not_found");
    public static readonly Error NotYours = new("comments.not_yours");
    public static readonly Error TooLate = new("comments.too_late");
    public static readonly Error OwnComment = new("comments.own");
    public static readonly Error AlreadyFlagged = new("comments.already_flagged");
    public static readonly Error NotPending = new("comments.not_pending");
}

/// <summary>
/// The one place that knows which things can carry comments. Practices today; ideas, decisions and
/// opportunities add their case here when they arrive.
/// </summary>
public sealed class CommentThreads(ClubDbContext db)
{
    public async Task<CommentThreadInfo?> FindAsync(CommentThreadKind kind, Guid id, CancellationToken cancellationToken) =>
        kind switch
        {
            CommentThreadKind.Practice => await db.Practices.AsNoTracking()
                .Where(p => p.Id == id && (p.Status == PracticeStatus.Published || p.Status == PracticeStatus.Archived))
                .Select(p => new CommentThreadInfo(p.Title, "/repertorio/" + p.Id, p.AuthorId, p.Status == PracticeStatus.Published))
                .SingleOrDefaultAsync(cancellationToken),
            _ => null,
        };

    /// <summary>
    /// Whether the member has something published in the Club (a practice, for now). Members without
    /// one have their comments with links held for a moderator, the usual shape of spam.
    /// </summary>
    public Task<bool> HasPublishedContributionAsync(Guid memberId, CancellationToken cancellationToken) =>
        db.Practices.AnyAsync(p => p.AuthorId == memberId && (p.Status == PracticeStatus.Published || p.Status == PracticeStatus.Archived), cancellationToken);

    /// <summary>Tells the thread's owner and the author of the comment replied to, never the writer themself.</summary>
    public void NotifyNewComment(Comment comment, Guid? parentAuthorId, CommentThreadInfo thread, DateTimeOffset now)
    {
        var link = $"{thread.Link}#commento-{comment.Id}";
        if (thread.OwnerId is { } owner && owner != comment.AuthorId)
        {
            db.Notifications.Add(new Notification { MemberId = owner, Kind = "comment.new", Subject = thread.Title, Link = link, CreatedAt = now });
        }

        if (parentAuthorId is { } parent && parent != comment.AuthorId && parent != thread.OwnerId)
        {
            db.Notifications.Add(new Notification { MemberId = parent, Kind = "comment.reply", Subject = thread.Title, Link = link, CreatedAt = now });
        }
    }

    /// <summary>Links in a rendered comment: what makes a newcomer's comment wait for a moderator.</summary>
    public static bool HasLinks(string html) => html.Contains("<a ", StringComparison.OrdinalIgnoreCase);
}
