using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Comments;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Comments;

/// <summary>
/// Comments hidden by members' flags, oldest first, with the flags' reasons. Comments the content check held wait
/// with the other held contributions (<see cref="Moderation.GetHeldItems"/>).
/// </summary>
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
            .Where(c => c.Status == CommentStatus.Hidden)
            .OrderBy(c => c.CreatedAt)
            .Take(GetCommentQueue.Limit)
            .Select(c => new PendingComment(
                c.Id, c.ThreadKind, c.ThreadId,
                db.Users.Where(m => m.Id == c.AuthorId && m.DeletedAt == null).Select(m => m.DisplayName).FirstOrDefault(),
                c.BodyHtml, c.Status, c.CreatedAt,
                db.CommentFlags.Where(f => f.CommentId == c.Id).OrderBy(f => f.At).Select(f => f.Reason).ToList()))
            .ToListAsync(cancellationToken);
}
