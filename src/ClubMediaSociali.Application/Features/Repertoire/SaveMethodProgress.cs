using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Repertoire;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Repertoire;

/// <summary>
/// A member ticks the steps of a method they have done; the page shows their progress next time.
/// Steps are positions in the published method; anything outside it is ignored.
/// </summary>
[ChangesNoPublicPage("A member's own progress.")]
public sealed record SaveMethodProgress(Guid PracticeId, int[] DoneSteps) : ICommand<Result<int[]>>;

public sealed class SaveMethodProgressHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<SaveMethodProgress, Result<int[]>>
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
        var (practiceId, memberId) = (command.PracticeId, currentMember.RequiredId);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO method_progress (member_id, practice_id, done_steps, updated_at) VALUES ({memberId}, {practiceId}, {done}, {clock.GetUtcNow()})
            ON CONFLICT (member_id, practice_id) DO UPDATE SET done_steps = excluded.done_steps, updated_at = excluded.updated_at
            """, cancellationToken);
        return done;
    }
}
