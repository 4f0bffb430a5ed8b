using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Reputation;
using ClubMediaSociali.Application.Features.Reputation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Ideas;

public enum VoteChoice
{
    None = 0,
    For = 1,
    Against = 2,
}

/// <summary>
/// A member votes for or against an idea, changes the vote, or withdraws it (<see cref="VoteChoice.None"/>).
/// One statement stores the vote and updates the counters and both ranking scores, so a vote and
/// its counts cannot disagree; the (idea, member) key decides races and double submissions.
/// </summary>
[ChangesPages(PublicPages.Ideas | PublicPages.Home)]
public sealed record VoteOnIdea(Guid IdeaId, VoteChoice Choice) : ICommand<Result<VoteState>>
{
    /// <summary>Votes cast or changed by one member in 24 hours; beyond it the answer is 429.</summary>
    public const int DailyLimit = 50;
}

public sealed record VoteState(int VotesFor, int VotesAgainst, VoteChoice ViewerVote);

public sealed class VoteOnIdeaHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<VoteOnIdea, Result<VoteState>>
{
    public async ValueTask<Result<VoteState>> Handle(VoteOnIdea command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (ideaId, memberId) = (command.IdeaId, currentMember.RequiredId);
        var idea = await Target(db, ideaId, memberId, now.AddDays(-1));
        if (idea is null)
        {
            return IdeaErrors.NotFound;
        }

        if (IdeaPermissions.VoteRefusal(currentMember, idea.AuthorId, idea.Status) is { } refusal)
        {
            return refusal;
        }

        if (command.Choice != VoteChoice.None && idea.VotesToday >= VoteOnIdea.DailyLimit)
        {
            return IdeaErrors.DailyLimit;
        }

        // The vote and the event that awards its reputation are one statement: both are stored, or neither.
        var voted = DomainEvents.Message(new IdeaVoted(ideaId, memberId, command.Choice == VoteChoice.For), now);
        var counts = command.Choice == VoteChoice.None
            ? db.Database.SqlQuery<VoteCounts>($"""
                WITH v AS (DELETE FROM idea_votes WHERE idea_id = {ideaId} AND member_id = {memberId} RETURNING value),
                d AS (SELECT count(*) FILTER (WHERE value = 1)::int AS f, count(*) FILTER (WHERE value = -1)::int AS a FROM v)
                UPDATE ideas SET votes_for = votes_for - d.f, votes_against = votes_against - d.a,
                    hot_score = club_idea_hot(votes_for - d.f, votes_against - d.a, created_at),
                    wilson_score = club_idea_wilson(votes_for - d.f, votes_against - d.a)
                FROM d WHERE ideas.id = {ideaId}
                RETURNING votes_for, votes_against
                """)
            : db.Database.SqlQuery<VoteCounts>($"""
                WITH v AS (
                    INSERT INTO idea_votes (idea_id, member_id, value, at)
                    VALUES ({ideaId}, {memberId}, {(short)(command.Choice == VoteChoice.For ? IdeaVote.For : IdeaVote.Against)}, {now})
                    ON CONFLICT (idea_id, member_id) DO UPDATE SET value = excluded.value, at = excluded.at
                    WHERE idea_votes.value <> excluded.value
                    RETURNING value, (xmax = 0) AS inserted),
                o AS (
                    INSERT INTO outbox_messages (id, type, payload, occurred_at, due_at, attempts)
                    SELECT {voted.Id}, {voted.Type}, CAST({voted.Payload} AS jsonb), {now}, {now}, 0 WHERE EXISTS (SELECT 1 FROM v)),
                -- Votes are +1 or -1: a changed vote was the opposite of the new one.
                d AS (SELECT coalesce(sum(CASE WHEN value = 1 THEN 1 WHEN NOT inserted THEN -1 ELSE 0 END), 0)::int AS f,
                             coalesce(sum(CASE WHEN value = -1 THEN 1 WHEN NOT inserted THEN -1 ELSE 0 END), 0)::int AS a FROM v)
                UPDATE ideas SET votes_for = votes_for + d.f, votes_against = votes_against + d.a,
                    hot_score = club_idea_hot(votes_for + d.f, votes_against + d.a, created_at),
                    wilson_score = club_idea_wilson(votes_for + d.f, votes_against + d.a),
                    engaged_at = coalesce(engaged_at, {now})
                FROM d WHERE ideas.id = {ideaId}
                RETURNING votes_for, votes_against
                """);
        var stored = (await counts.ToListAsync(cancellationToken)).Single();

        return new VoteState(stored.VotesFor, stored.VotesAgainst, command.Choice);
    }

    private sealed record VoteCounts(int VotesFor, int VotesAgainst);

    private sealed record VoteTarget(Guid? AuthorId, IdeaStatus Status, int VotesToday);

    /// <summary>
    /// The idea and the voter's votes since the given time, in one round trip and compiled once: a vote
    /// is the hottest write of the site, and its other statements are SQL already.
    /// </summary>
    private static readonly Func<ClubDbContext, Guid, Guid, DateTimeOffset, Task<VoteTarget?>> Target =
        EF.CompileAsyncQuery((ClubDbContext db, Guid ideaId, Guid memberId, DateTimeOffset since) =>
            db.Ideas.AsNoTracking()
                .Where(i => i.Id == ideaId)
                .Select(i => new VoteTarget(i.AuthorId, i.Status, db.IdeaVotes.Count(v => v.MemberId == memberId && v.At > since)))
                .SingleOrDefault());
}
