using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Common.Members;
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
[ChangesPages(PublicPages.Practices)]
public sealed record MarkPracticeUseful(Guid PracticeId, bool Useful) : ICommand<Result<UsefulState>>;

public sealed record UsefulState(bool Marked, int Count);

public sealed class MarkPracticeUsefulHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<MarkPracticeUseful, Result<UsefulState>>
{
    public async ValueTask<Result<UsefulState>> Handle(MarkPracticeUseful command, CancellationToken cancellationToken)
    {
        var practice = await db.Practices.AsNoTracking()
            .Where(p => p.Id == command.PracticeId)
            .Select(p => new { p.AuthorId, p.Status })
            .SingleOrDefaultAsync(cancellationToken);
        if (practice is null)
        {
            return PracticeErrors.NotFound;
        }

        if (PracticePermissions.MarkRefusal(currentMember, practice.AuthorId, practice.Status) is { } refusal)
        {
            return refusal;
        }

        var (practiceId, memberId, now) = (command.PracticeId, currentMember.RequiredId, clock.GetUtcNow());
        // The mark and the event that awards its reputation are one statement: both are stored, or neither.
        var marked = DomainEvents.Message(new PracticeMarkedUseful(practiceId, memberId), now);
        var counts = command.Useful
            ? db.Database.SqlQuery<int>($"""
                WITH added AS (
                    INSERT INTO practice_useful_marks (practice_id, member_id, at) VALUES ({practiceId}, {memberId}, {now})
                    ON CONFLICT DO NOTHING RETURNING 1),
                o AS (
                    INSERT INTO outbox_messages (id, type, payload, occurred_at, due_at, attempts)
                    SELECT {marked.Id}, {marked.Type}, CAST({marked.Payload} AS jsonb), {now}, {now}, 0 WHERE EXISTS (SELECT 1 FROM added))
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

        return new UsefulState(command.Useful, count);
    }
}
