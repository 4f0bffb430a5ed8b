using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Domain.Repertoire;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Comments;

/// <summary>
/// What a comment thread hangs on: its title and page, who owns it, whether it takes new comments, and whether the
/// member asking may write in it (an event's thread is its registrants' and organisers').
/// </summary>
public sealed record CommentThreadInfo(string Title, Target Target, Guid? OwnerId, bool Open, bool MayWrite = true);

/// <summary>The comment in a result: enough to answer with its thread or to send the reader back to it.</summary>
public sealed record CommentRef(Guid Id, CommentThreadKind ThreadKind, Guid ThreadId, Target Thread, CommentStatus Status)
{
    /// <summary>The thread's page, opened at this comment.</summary>
    public Target Target => Thread.AtComment(Id);
}

public static class CommentErrors
{
    public static readonly Error NotFound = Error.NotFound("comments.not_found");
    public static readonly Error NotYours = Error.NotFound("comments.not_yours");
    public static readonly Error TooLate = Error.Conflict("comments.too_late");
    public static readonly Error OwnComment = Error.Conflict("comments.own");
    public static readonly Error AlreadyFlagged = Error.Conflict("comments.already_flagged");
    public static readonly Error NotPending = Error.Conflict("comments.not_pending");
}

/// <summary>
/// The one place that knows which things can carry comments: practices, ideas, the decisions of
/// the decision log and events. A new kind adds its case here.
/// </summary>
public sealed class CommentThreads(ClubDbContext db, Common.Members.ICurrentMember currentMember, TimeProvider clock)
{
    public async Task<CommentThreadInfo?> FindAsync(CommentThreadKind kind, Guid id, CancellationToken cancellationToken) =>
        kind switch
        {
            CommentThreadKind.Practice => await db.Practices.AsNoTracking()
                .Where(p => p.Id == id && (p.Status == PracticeStatus.Published || p.Status == PracticeStatus.Archived))
                .Select(p => new CommentThreadInfo(p.Title, Target.Practice(p.Id), p.AuthorId, p.Status == PracticeStatus.Published))
                .SingleOrDefaultAsync(cancellationToken),
            CommentThreadKind.Idea => await db.Ideas.AsNoTracking()
                .Where(i => i.Id == id)
                .Select(i => new CommentThreadInfo(i.Title, Target.Idea(i.Id), i.AuthorId, i.Status != IdeaStatus.Duplicate))
                .SingleOrDefaultAsync(cancellationToken),
            CommentThreadKind.Decision => await db.IdeaDecisions.AsNoTracking()
                .Where(d => d.Id == id)
                .Select(d => new CommentThreadInfo(
                    db.Ideas.Where(i => i.Id == d.IdeaId).Select(i => i.Title).Single(), Target.IdeaDecision(d.Id), d.DecidedById, true))
                .SingleOrDefaultAsync(cancellationToken),
            CommentThreadKind.Event => await EventAsync(id, cancellationToken),
            _ => null,
        };

    /// <summary>An event takes comments while it is not cancelled, from those registered (a seat, not the waiting list) and its organisers.</summary>
    private async Task<CommentThreadInfo?> EventAsync(Guid id, CancellationToken cancellationToken)
    {
        // Only what the thread and the organisers' rule read: not the description the event page has already loaded.
        var e = await db.Events.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new Domain.Events.Event
            {
                Id = x.Id,
                Title = x.Title,
                Status = x.Status,
                OrganizedBy = x.OrganizedBy,
                CompanyId = x.CompanyId,
                CreatedById = x.CreatedById,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (e is null)
        {
            return null;
        }

        var mayWrite = currentMember.Id is { } me
            && (await db.EventRegistrations.AnyAsync(r => r.EventId == id && r.MemberId == me && r.Status == Domain.Events.RegistrationStatus.Registered, cancellationToken)
                || await Events.EventPermissions.ManagesAsync(db, currentMember, e, cancellationToken));
        return new CommentThreadInfo(e.Title, Target.Event(e.Id), e.CreatedById, e.Status == Domain.Events.EventStatus.Scheduled, mayWrite);
    }

    /// <summary>
    /// Called after any change to a thread's comments. An idea keeps the number of its visible
    /// comments ("Più discusse" sorts on it) and, from its first comment on, is closed to its author's edits.
    /// </summary>
    public async Task CommentsChangedAsync(CommentThreadKind kind, Guid threadId, CancellationToken cancellationToken)
    {
        if (kind != CommentThreadKind.Idea)
        {
            return;
        }

        var (ideaKind, visible, clear, now) = ((int)CommentThreadKind.Idea, (int)CommentStatus.Visible, (int)Domain.Moderation.Screening.Clear, clock.GetUtcNow());
        // The idea's row first, in a statement of its own: a comment written at the same moment waits here until the
        // other has committed, and the count below, a new statement, then sees it. Counting in the UPDATE alone
        // would count with what had committed when each began, so two at once would each miss the other
        // (bench/run's comment storm found ideas short by several comments).
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM ideas WHERE id = {threadId} FOR UPDATE", cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            UPDATE ideas SET
                comment_count = (SELECT count(*) FROM comments c WHERE c.thread_kind = {ideaKind} AND c.thread_id = ideas.id AND c.status = {visible} AND c.screening = {clear}),
                engaged_at = CASE WHEN EXISTS (SELECT 1 FROM comments c WHERE c.thread_kind = {ideaKind} AND c.thread_id = ideas.id)
                    THEN coalesce(engaged_at, {now}) ELSE engaged_at END
            WHERE id = {threadId}
            """, cancellationToken);
    }
}
