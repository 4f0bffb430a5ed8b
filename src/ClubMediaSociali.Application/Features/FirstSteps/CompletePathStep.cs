using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.FirstSteps;

/// <summary>
/// A member marks a step of a published path as read, and goes on to the next. When every step is read the
/// path is completed, once: the completion earns a line in the reputation ledger and, the first time, a badge.
/// Progress is kept by practice and merged in one statement, so two tabs marking steps at once lose nothing;
/// the completion and its event are one transaction.
/// </summary>
[ChangesNoPublicPage("A member's own progress along a path.")]
public sealed record CompletePathStep(string Slug, Guid PracticeId) : ICommand<Result<PathStepDone>>, ITransactional;

/// <param name="Next">The practice of the next step not read yet, if any.</param>
/// <param name="JustCompleted">Whether this step completed the path.</param>
public sealed record PathStepDone(Guid? Next, bool Completed, bool JustCompleted);

public sealed class CompletePathStepHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<CompletePathStep, Result<PathStepDone>>
{
    public async ValueTask<Result<PathStepDone>> Handle(CompletePathStep command, CancellationToken cancellationToken)
    {
        // Drafts are previews for moderators: nobody makes progress on them.
        var pathId = await db.LearningPaths.AsNoTracking()
            .Where(p => p.Slug == command.Slug && !p.IsDraft)
            .Select(p => (Guid?)p.Id)
            .SingleOrDefaultAsync(cancellationToken);
        if (pathId is not { } id)
        {
            return LearningPathErrors.NotFound;
        }

        var steps = await PathSteps.Published(db).AsNoTracking()
            .Where(s => s.PathId == id)
            .OrderBy(s => s.Number)
            .Select(s => s.PracticeId)
            .ToListAsync(cancellationToken);
        if (!steps.Contains(command.PracticeId))
        {
            return LearningPathErrors.NotInPath;
        }

        var (memberId, practiceId, now) = (currentMember.RequiredId, command.PracticeId, clock.GetUtcNow());
        var done = await db.Database.SqlQuery<Guid[]>($"""
            INSERT INTO learning_path_progress (member_id, path_id, done_practice_ids, updated_at)
            VALUES ({memberId}, {id}, ARRAY[{practiceId}], {now})
            ON CONFLICT (member_id, path_id) DO UPDATE SET
                done_practice_ids = CASE WHEN {practiceId} = ANY (learning_path_progress.done_practice_ids)
                    THEN learning_path_progress.done_practice_ids
                    ELSE learning_path_progress.done_practice_ids || {practiceId} END,
                updated_at = excluded.updated_at
            RETURNING done_practice_ids AS "Value"
            """).ToListAsync(cancellationToken);
        var read = done.Single().ToHashSet();
        var next = steps.SkipWhile(s => s != practiceId).Skip(1).Concat(steps).FirstOrDefault(s => !read.Contains(s));
        if (steps.Any(s => !read.Contains(s)))
        {
            return new PathStepDone(next == Guid.Empty ? null : next, Completed: false, JustCompleted: false);
        }

        // Only the request that sets the date completes the path: the award follows once.
        var completed = await db.LearningPathProgress
            .Where(g => g.MemberId == memberId && g.PathId == id && g.CompletedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(g => g.CompletedAt, now), cancellationToken);
        if (completed > 0)
        {
            db.Raise(new LearningPathCompleted(id, memberId, now), now);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new PathStepDone(null, Completed: true, JustCompleted: completed > 0);
    }
}
