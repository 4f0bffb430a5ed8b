using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Content;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Media;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Domain.Network;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Comments;

/// <summary>
/// A member comments on a thread, or replies to a comment. Replies go one level deep: answering a
/// reply answers its top-level comment. A comment the content check holds waits for a moderator.
/// </summary>
[ChangesPages(PublicPages.Ideas | PublicPages.Practices | PublicPages.Events)]
public sealed record PostComment : ICommand<Result<CommentRef>>, ITransactional
{
    public CommentThreadKind ThreadKind { get; init; }

    public Guid ThreadId { get; init; }

    public Guid? ParentId { get; init; }

    [Markdown]
    public string Body { get; init; } = "";
}

public sealed class PostCommentValidator : AbstractValidator<PostComment>
{
    public PostCommentValidator(IStringLocalizer<ValidationMessages> text)
    {
        RuleFor(c => c.Body).ClubCommentBody(text);
    }
}

public sealed class PostCommentHandler(ICurrentMember currentMember,
    ClubDbContext db, CommentThreads threads, Following.MentionedMembers mentions, TimeProvider clock, Moderation.ContentScreening screening, Media.ContentImageUses images)
    : ICommandHandler<PostComment, Result<CommentRef>>
{
    public async ValueTask<Result<CommentRef>> Handle(PostComment command, CancellationToken cancellationToken)
    {
        var thread = await threads.FindAsync(command.ThreadKind, command.ThreadId, cancellationToken);
        if (thread is not { Open: true, MayWrite: true })
        {
            return CommentErrors.NotFound;
        }

        Guid? parentId = null;
        if (command.ParentId is { } requested)
        {
            var parent = await db.Comments.AsNoTracking()
                .Where(c => c.Id == requested && c.ThreadKind == command.ThreadKind && c.ThreadId == command.ThreadId)
                .Select(c => new { c.Id, c.ParentId })
                .SingleOrDefaultAsync(cancellationToken);
            if (parent is null)
            {
                return CommentErrors.NotFound;
            }

            // Replies hang on the first comment of their branch.
            parentId = parent.ParentId ?? parent.Id;
        }

        var body = command.Body.Trim();
        var html = await mentions.RenderAsync(body, cancellationToken);
        var id = Guid.CreateVersion7();
        var held = (await screening.CheckAsync(new(ContentKind.Comment, id, currentMember.RequiredId, body, html), cancellationToken)).Held;
        var now = clock.GetUtcNow();
        var comment = new Comment
        {
            Id = id,
            ThreadKind = command.ThreadKind,
            ThreadId = command.ThreadId,
            ParentId = parentId,
            AuthorId = currentMember.RequiredId,
            BodyMarkdown = body,
            BodyHtml = html,
            Status = held ? CommentStatus.Held : CommentStatus.Visible,
            CreatedAt = now,
        };
        db.Comments.Add(comment);
        if (!held)
        {
            db.Raise(new CommentPublished(comment.Id, now), now);
            db.Raise(new Following.TextWritten(MentionPlace.Comment, comment.Id, now), now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await images.KeepInStepAsync(UploadPlace.Comment, comment.Id, comment.AuthorId, [comment.BodyMarkdown], cancellationToken);
        await threads.CommentsChangedAsync(comment.ThreadKind, comment.ThreadId, cancellationToken);

        return new CommentRef(comment.Id, comment.ThreadKind, comment.ThreadId, thread.Target, comment.Status);
    }
}
