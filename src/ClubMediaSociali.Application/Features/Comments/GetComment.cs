using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Comments;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Comments;

/// <summary>
/// One comment for the pages that act on it one at a time (edit, flag, moderate) when scripts are
/// off. Others than the author and moderators read it only when it is visible.
/// </summary>
public sealed record GetComment(Guid CommentId) : IQuery<Result<CommentDetails>>;

public sealed record CommentDetails(
    Guid Id, CommentThreadKind ThreadKind, Guid ThreadId, string ThreadTitle, Target ThreadTarget, Guid? AuthorId,
    string BodyHtml, string BodyMarkdown, CommentStatus Status, DateTimeOffset CreatedAt, Error? EditRefusal);

public sealed class GetCommentHandler(ICurrentMember currentMember, ClubDbContext db, CommentThreads threads, TimeProvider clock) : IQueryHandler<GetComment, Result<CommentDetails>>
{
    public async ValueTask<Result<CommentDetails>> Handle(GetComment query, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.AsNoTracking().SingleOrDefaultAsync(c => c.Id == query.CommentId, cancellationToken);
        var thread = comment is null ? null : await threads.FindAsync(comment.ThreadKind, comment.ThreadId, cancellationToken);
        if (comment is null || thread is null
            || !(comment.Status == CommentStatus.Visible || currentMember.IsModerator || comment.AuthorId == currentMember.Id))
        {
            return CommentErrors.NotFound;
        }

        return new CommentDetails(comment.Id, comment.ThreadKind, comment.ThreadId, thread.Title, thread.Target, comment.AuthorId,
            comment.BodyHtml, comment.BodyMarkdown, comment.Status, comment.CreatedAt,
            CommentPermissions.EditRefusal(currentMember, comment.AuthorId, comment.Status, comment.CreatedAt, clock.GetUtcNow()));
    }
}
