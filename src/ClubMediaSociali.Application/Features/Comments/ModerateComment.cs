using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Domain.Notifications;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Comments;

public enum CommentDecision
{
    /// <summary>Show it: a held comment is approved, a hidden one is cleared of its flags.</summary>
    Restore = 0,
    Remove = 1,
}

/// <summary>
/// A moderator removes a comment with a reason (shown in its place and told to the author), or
/// restores one that was held or hidden by flags. Both go to the audit log.
/// </summary>
[ChangesPages(PublicPages.Ideas | PublicPages.Practices | PublicPages.Events)]
public sealed record ModerateComment : ICommand<Result<CommentRef>>
{
    public Guid CommentId { get; init; }

    public CommentDecision Decision { get; init; }

    public string? Reason { get; init; }
}

public sealed class ModerateCommentValidator : AbstractValidator<ModerateComment>
{
    public ModerateCommentValidator(IStringLocalizer<ValidationMessages> text)
    {
        RuleFor(c => c.Decision).IsInEnum().WithMessage(_ => text["Scegli una decisione."]);
        RuleFor(c => c.Reason)
            .Must(r => !string.IsNullOrWhiteSpace(r)).When(c => c.Decision == CommentDecision.Remove)
            .WithMessage(_ => text["Spiega perché il commento viene rimosso."]);
        RuleFor(c => c.Reason).ClubMaxLength(text, Comment.ReasonMaxLength);
    }
}

public sealed class ModerateCommentHandler(ICurrentMember currentMember, ClubDbContext db, CommentThreads threads, TimeProvider clock)
    : ICommandHandler<ModerateComment, Result<CommentRef>>
{
    public async ValueTask<Result<CommentRef>> Handle(ModerateComment command, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.SingleOrDefaultAsync(c => c.Id == command.CommentId, cancellationToken);
        var thread = comment is null ? null : await threads.FindAsync(comment.ThreadKind, comment.ThreadId, cancellationToken);
        if (comment is null || thread is null || comment.Status is CommentStatus.DeletedByAuthor or CommentStatus.Removed)
        {
            return CommentErrors.NotFound;
        }

        var now = clock.GetUtcNow();
        var reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
        if (command.Decision == CommentDecision.Remove)
        {
            comment.Status = CommentStatus.Removed;
            comment.RemovedReason = reason;
            comment.RemovedById = currentMember.RequiredId;
            db.Raise(new CommentRemoved(comment.Id, reason, now), now);
        }
        else
        {
            if (comment.Status is not (CommentStatus.Held or CommentStatus.Hidden))
            {
                return CommentErrors.NotPending;
            }

            if (comment.Status == CommentStatus.Held)
            {
                db.Raise(new CommentPublished(comment.Id, now), now);
            }

            // Cleared flags let members flag it again if it turns out wrong after all.
            db.CommentFlags.RemoveRange(await db.CommentFlags.Where(f => f.CommentId == comment.Id).ToListAsync(cancellationToken));
            comment.Status = CommentStatus.Visible;
            comment.FlagCount = 0;
        }

        // A comment the spam check held is decided here as well as on the desk: its hold closes either way.
        await db.HeldItems.Where(h => h.Kind == ContentKind.Comment && h.TargetId == comment.Id && h.DecidedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.DecidedAt, now).SetProperty(h => h.DecidedById, currentMember.RequiredId)
                .SetProperty(h => h.Outcome, command.Decision == CommentDecision.Restore ? HoldOutcome.Approved : null), cancellationToken);
        var action = command.Decision == CommentDecision.Remove ? AuditActions.RemoveComment : AuditActions.RestoreComment;
        db.AuditLog.Record(currentMember.RequiredId, action, AuditTargets.Comment, comment.Id, thread.Title, now, reason);
        await db.SaveChangesAsync(cancellationToken);
        await threads.CommentsChangedAsync(comment.ThreadKind, comment.ThreadId, cancellationToken);
        return new CommentRef(comment.Id, comment.ThreadKind, comment.ThreadId, thread.Target, comment.Status);
    }
}
