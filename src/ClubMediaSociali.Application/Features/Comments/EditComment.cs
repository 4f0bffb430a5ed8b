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

/// <summary>The author corrects their comment, within a quarter of an hour of posting it.</summary>
[ChangesPages(PublicPages.Ideas | PublicPages.Practices | PublicPages.Events)]
public sealed record EditComment : ICommand<Result<CommentRef>>, ITransactional
{
    public Guid CommentId { get; init; }

    [Markdown]
    public string Body { get; init; } = "";
}

public sealed class EditCommentValidator : AbstractValidator<EditComment>
{
    public EditCommentValidator(IStringLocalizer<ValidationMessages> text) => RuleFor(c => c.Body).ClubCommentBody(text);
}

public sealed class EditCommentHandler(ICurrentMember currentMember, ClubDbContext db, CommentThreads threads, Following.MentionedMembers mentions, TimeProvider clock, Moderation.ContentScreening screening, Media.ContentImageUses images)
    : ICommandHandler<EditComment, Result<CommentRef>>
{
    public async ValueTask<Result<CommentRef>> Handle(EditComment command, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.SingleOrDefaultAsync(c => c.Id == command.CommentId, cancellationToken);
        var thread = comment is null ? null : await threads.FindAsync(comment.ThreadKind, comment.ThreadId, cancellationToken);
        if (comment is null || thread is null || comment.Status is not (CommentStatus.Visible or CommentStatus.Held))
        {
            return CommentErrors.NotFound;
        }

        var now = clock.GetUtcNow();
        if (CommentPermissions.EditRefusal(currentMember, comment.AuthorId, comment.Status, comment.CreatedAt, now) is { } refusal)
        {
            return refusal;
        }

        comment.BodyMarkdown = command.Body.Trim();
        comment.BodyHtml = await mentions.RenderAsync(comment.BodyMarkdown, cancellationToken);
        comment.EditedAt = now;
        if ((await screening.CheckAsync(new(ContentKind.Comment, comment.Id, currentMember.RequiredId, comment.BodyMarkdown, comment.BodyHtml), cancellationToken)).Held)
        {
            comment.Status = CommentStatus.Held;
        }

        db.Raise(new Following.TextWritten(MentionPlace.Comment, comment.Id, now), now);

        await db.SaveChangesAsync(cancellationToken);
        await images.KeepInStepAsync(UploadPlace.Comment, comment.Id, comment.AuthorId, [comment.BodyMarkdown], cancellationToken);
        await threads.CommentsChangedAsync(comment.ThreadKind, comment.ThreadId, cancellationToken);
        return new CommentRef(comment.Id, comment.ThreadKind, comment.ThreadId, thread.Target, comment.Status);
    }
}
