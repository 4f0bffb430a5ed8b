using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Application.Domain.Reputation;
using ClubMediaSociali.Application.Features.Reputation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Repertoire;

/// <summary>
/// A member marks a published practice "utile", or takes the mark back. One mark per member (the
/// key decides races) and the counter changes in the same statement. Authors cannot mark their own.
/// </summary>
public sealed record MarkPracticeUseful(Guid PracticeId, Guid MemberId, bool Useful) : ICommand<Result<UsefulState>>;

public sealed record UsefulState(bool Marked, int Count);

public sealed class MarkPracticeUsefulHandler(ClubDbContext db, TimeProvider clock, ReputationLedger reputation) : ICommandHandler<MarkPracticeUseful, Result<UsefulState>>
{
    public async ValueTask<Result<UsefulState>> Handle(MarkPracticeUseful command, CancellationToken cancellationToken)
    {
        var practice = await db.Practices.AsNoTracking()
            .Where(p => p.Id == command.PracticeId && p.Status == PracticeStatus.Published)
            .Select(p => new { p.AuthorId })
            .SingleOrDefaultAsync(cancellationToken);
        if (practice is null)
        {
            return PracticeErrors.NotFound;
        }

        if (practice.AuthorId == command.MemberId)
        {
            return PracticeErrors.OwnPractice;
        }

        var (practiceId, memberId) = (command.PracticeId, command.MemberId);
        var counts = command.Useful
            ? db.Database.SqlQuery<int>($"""
                WITH added AS (
                    INSERT INTO practice_useful_marks (practice_id, member_id, at) VALUES ({practiceId}, {memberId}, {clock.GetUtcNow()})
                    ON CONFLICT DO NOTHING RETURNING 1)
                UPDATE practices SET useful_count = useful_count + (SELECT count(*) FROM added)::int
                WHERE id = {practiceId} RETURNING useful_count AS "Value"
                """)
            : db.Database.SqlQuery<int>($"""
                WITH removed AS (
                    DELETE FROM practice_useful_marks WHERE practice_id = {practiceId} AND member_id = {memberId} RETURNING 1)
                UPDATE practices SET useful_count = useful_count - (SELECT count(*) FROM removed)::int
                WHERE id = {practiceId} RETURNING useful_count AS "Value"
                """);
        var count = (await counts.ToListAsync(cancellationToken)).Single();
        if (command.Useful)
        {
            await reputation.AwardAsync(practice.AuthorId, ReputationReasons.PracticeUseful, practiceId, cancellationToken, actorId: memberId);
        }

        return new UsefulState(command.Useful, count);
    }
}

/// <summary>A member saves a published practice to their list, or removes it.</summary>
public sealed record SavePracticeToList(Guid PracticeId, Guid MemberId, bool Saved) : ICommand<Result<bool>>;

public sealed class SavePracticeToListHandler(ClubDbContext db, TimeProvider clock) : ICommandHandler<SavePracticeToList, Result<bool>>
{
    public async ValueTask<Result<bool>> Handle(SavePracticeToList command, CancellationToken cancellationToken)
    {
        if (!await db.Practices.AnyAsync(p => p.Id == command.PracticeId && p.Status == PracticeStatus.Published, cancellationToken))
        {
            return PracticeErrors.NotFound;
        }

        var (practiceId, memberId) = (command.PracticeId, command.MemberId);
        if (command.Saved)
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO saved_practices (member_id, practice_id, at) VALUES ({memberId}, {practiceId}, {clock.GetUtcNow()})
                ON CONFLICT DO NOTHING
                """, cancellationToken);
        }
        else
        {
            await db.SavedPractices.Where(s => s.MemberId == memberId && s.PracticeId == practiceId).ExecuteDeleteAsync(cancellationToken);
        }

        return command.Saved;
    }
}

/// <summary>
/// A member ticks the steps of a method they have done; the page shows their progress next time.
/// Steps are positions in the published method; anything outside it is ignored.
/// </summary>
public sealed record SaveMethodProgress(Guid PracticeId, Guid MemberId, int[] DoneSteps) : ICommand<Result<int[]>>;

public sealed class SaveMethodProgressHandler(ClubDbContext db, TimeProvider clock) : ICommandHandler<SaveMethodProgress, Result<int[]>>
{
    public async ValueTask<Result<int[]>> Handle(SaveMethodProgress command, CancellationToken cancellationToken)
    {
        var stepCount = await db.Practices.AsNoTracking()
            .Where(p => p.Id == command.PracticeId && p.Status == PracticeStatus.Published && p.Kind == PracticeKind.Method)
            .Select(p => (int?)p.Steps.Length)
            .SingleOrDefaultAsync(cancellationToken);
        if (stepCount is not { } count)
        {
            return PracticeErrors.NotFound;
        }

        var done = command.DoneSteps.Where(s => s >= 0 && s < count).Distinct().Order().ToArray();
        var (practiceId, memberId) = (command.PracticeId, command.MemberId);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO method_progress (member_id, practice_id, done_steps, updated_at) VALUES ({memberId}, {practiceId}, {done}, {clock.GetUtcNow()})
            ON CONFLICT (member_id, practice_id) DO UPDATE SET done_steps = excluded.done_steps, updated_at = excluded.updated_at
            """, cancellationToken);
        return done;
    }
}
