using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Media;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Comments;

/// <summary>
/// The author deletes their comment. The text goes; the place stays, so replies keep their context.
/// </summary>
[ChangesPages(PublicPages.Ideas | PublicPages.Practices | PublicPages.Events)]
public sealed record DeleteComment(Guid CommentId) : ICommand<Result<CommentRef>>, ITransactional;

public sealed class DeleteCommentHandler(ICurrentMember currentMember, ClubDbContext db, CommentThreads threads, Media.ContentImageUses images) : ICommandHandler<DeleteComment, Result<CommentRef>>
{
    public async ValueTask<Result<CommentRef>> Handle(DeleteComment command, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.SingleOrDefaultAsync(c => c.Id == command.CommentId, cancellationToken);
        var thread = comment is null ? null : await threads.FindAsync(comment.ThreadKind, comment.ThreadId, cancellationToken);
        if (comment is null || thread is null || comment.Status is CommentStatus.DeletedByAuthor or CommentStatus.Removed)
        {
            return CommentErrors.NotFound;
        }

        if (CommentPermissions.DeleteRefusal(currentMember, comment.AuthorId, comment.Status) is { } refusal)
        {
            return refusal;
        }

        comment.Status = CommentStatus.DeletedByAuthor;
        comment.BodyMarkdown = "";
        comment.BodyHtml = "";
        await db.SaveChangesAsync(cancellationToken);
        await images.ReleaseAsync(UploadPlace.Comment, comment.Id, cancellationToken);
        await threads.CommentsChangedAsync(comment.ThreadKind, comment.ThreadId, cancellationToken);
        return new CommentRef(comment.Id, comment.ThreadKind, comment.ThreadId, thread.Target, comment.Status);
    }
}
