using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Reputation;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Comments;

/// <summary>
/// A member reports a comment that breaks the rules, with a reason. Each member flags a comment
/// once; with <see cref="Comment.FlagsToHide"/> flags it is hidden until a moderator reviews it.
/// The flag and the counter are written in one statement, so simultaneous flags count right.
/// </summary>
[ChangesPages(PublicPages.Ideas | PublicPages.Practices | PublicPages.Events)]
public sealed record FlagComment : ICommand<Result<CommentRef>>
{
    public Guid CommentId { get; init; }

    public string Reason { get; init; } = "";
}

public sealed class FlagCommentValidator : AbstractValidator<FlagComment>
{
    public FlagCommentValidator(IStringLocalizer<ValidationMessages> text) =>
        RuleFor(c => c.Reason)
            .Cascade(CascadeMode.Stop)
            .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(_ => text["Spiega in poche parole cosa non va."])
            .ClubMaxLength(text, Comment.ReasonMaxLength);
}

public sealed class FlagCommentHandler(ICurrentMember currentMember, ClubDbContext db, CommentThreads threads, TimeProvider clock) : ICommandHandler<FlagComment, Result<CommentRef>>
{
    public async ValueTask<Result<CommentRef>> Handle(FlagComment command, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.AsNoTracking()
            .Where(c => c.Id == command.CommentId && (c.Status == CommentStatus.Visible || c.Status == CommentStatus.Hidden))
            .Select(c => new { c.ThreadKind, c.ThreadId, c.AuthorId, c.Status })
            .SingleOrDefaultAsync(cancellationToken);
        var thread = comment is null ? null : await threads.FindAsync(comment.ThreadKind, comment.ThreadId, cancellationToken);
        if (comment is null || thread is null)
        {
            return CommentErrors.NotFound;
        }

        if (CommentPermissions.FlagRefusal(currentMember, comment.AuthorId, comment.Status) is { } refusal)
        {
            return refusal;
        }

        var (id, member, reason) = (command.CommentId, currentMember.RequiredId, command.Reason.Trim());
        var (visible, hidden) = ((int)CommentStatus.Visible, (int)CommentStatus.Hidden);
        // Trusted members' flags weigh more: a leader's alone hides the comment until a moderator looks.
        var flagger = await db.Users.Where(m => m.Id == member).Select(m => new { m.Reputation, m.JoinedAt }).SingleAsync(cancellationToken);
        var weight = TrustLevels.FlagWeight(TrustLevels.For(flagger.Reputation, flagger.JoinedAt, clock.GetUtcNow()), Comment.FlagsToHide);
        var statuses = await db.Database.SqlQuery<int>($"""
            WITH flagged AS (
                INSERT INTO comment_flags (comment_id, member_id, reason, at) VALUES ({id}, {member}, {reason}, {clock.GetUtcNow()})
                ON CONFLICT DO NOTHING RETURNING 1)
            UPDATE comments SET flag_count = flag_count + {weight},
                status = CASE WHEN status = {visible} AND flag_count + {weight} >= {Comment.FlagsToHide} THEN {hidden} ELSE status END
            WHERE id = {id} AND EXISTS (SELECT 1 FROM flagged)
            RETURNING status AS "Value"
            """).ToListAsync(cancellationToken);
        if (statuses.Count == 0)
        {
            return CommentErrors.AlreadyFlagged;
        }

        await threads.CommentsChangedAsync(comment.ThreadKind, comment.ThreadId, cancellationToken);

        return new CommentRef(id, comment.ThreadKind, comment.ThreadId, thread.Target, (CommentStatus)statuses[0]);
    }
}
