using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Connections;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Application.Domain.Reputation;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Reputation;

/// <summary>
/// Writes the ledger lines that stored facts earned (published and featured practices, useful marks, votes,
/// selected and realised ideas, selected responses, contacts, completed paths, held events) when those facts were written in bulk rather
/// than through the use cases: demo content and the large-data seeder. Same points, same once-only keys and
/// the same daily cap on vote points as <see cref="ReputationLedger"/>; then every counter is set to the sum
/// of its lines. Lines already there are kept, so running it again changes nothing. Into an empty ledger
/// (a new seed of a million votes) the lines go in before the ledger's indexes are built, which is
/// several times faster than keeping them up to date line by line.
/// </summary>
public static class ReputationRebuild
{

    public static async Task RunAsync(ClubDbContext db, CancellationToken cancellationToken)
    {
        var (published, accepted, chosen) = ((int)PracticeStatus.Published, (int)ConnectionStatus.Accepted, (int)ResponseStatus.Selected);
        var (selected, inProgress, realised) = ((int)IdeaStatus.Selected, (int)IdeaStatus.InProgress, (int)IdeaStatus.Realised);
        int P(ReputationRule rule) => rule.Points;
        var cap = ReputationReasons.DailyVoteCap;
        var empty = Guid.Empty;

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            // Its own transaction, or the caller's (the large-data seeder seeds a whole club in one).
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            // Ordering a big club's votes by author and day stays in memory instead of spilling to disk.
            await db.Database.ExecuteSqlRawAsync("SET LOCAL work_mem = '256MB'; SET LOCAL maintenance_work_mem = '256MB'", cancellationToken);
            var emptyLedger = !await db.ReputationEvents.AnyAsync(cancellationToken);
            var deferred = emptyLedger ? await DeferredIndexes.DropAsync(db, ["reputation_events"], cancellationToken) : null;
            // The inserts below say ON CONFLICT without a target: it means the once-only key when the key is
            // there, and nothing while it is deferred (the ledger was empty, so no line can clash; for the same
            // reason the second one skips looking for lines already there).

            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO reputation_events (id, member_id, points, reason, source_id, actor_id, from_votes, at)
                SELECT gen_random_uuid(), member_id, points, reason, source_id, actor_id, false, at FROM (
                    SELECT author_id AS member_id, {P(ReputationReasons.PracticePublished)} AS points, {ReputationReasons.PracticePublished.Reason} AS reason,
                           id AS source_id, {empty} AS actor_id, published_at AS at
                    FROM practices WHERE author_id IS NOT NULL AND published_at IS NOT NULL AND status = {published}
                    UNION ALL
                    SELECT author_id, {P(ReputationReasons.PracticeFeatured)}, {ReputationReasons.PracticeFeatured.Reason}, id, {empty}, published_at
                    FROM practices WHERE author_id IS NOT NULL AND published_at IS NOT NULL AND status = {published} AND featured
                    UNION ALL
                    SELECT author_id, {P(ReputationReasons.IdeaSelected)}, {ReputationReasons.IdeaSelected.Reason}, id, {empty}, updated_at
                    FROM ideas WHERE author_id IS NOT NULL AND status IN ({selected}, {inProgress}, {realised})
                    UNION ALL
                    SELECT author_id, {P(ReputationReasons.IdeaRealised)}, {ReputationReasons.IdeaRealised.Reason}, id, {empty}, updated_at
                    FROM ideas WHERE author_id IS NOT NULL AND status = {realised}
                    UNION ALL
                    SELECT r.member_id, {P(ReputationReasons.ResponseSelected)}, {ReputationReasons.ResponseSelected.Reason}, r.opportunity_id, {empty}, r.updated_at
                    FROM opportunity_responses r WHERE r.status = {chosen}
                    UNION ALL
                    SELECT low_id, {P(ReputationReasons.ConnectionAccepted)}, {ReputationReasons.ConnectionAccepted.Reason}, high_id, {empty}, answered_at
                    FROM connections WHERE status = {accepted} AND answered_at IS NOT NULL
                    UNION ALL
                    SELECT high_id, {P(ReputationReasons.ConnectionAccepted)}, {ReputationReasons.ConnectionAccepted.Reason}, low_id, {empty}, answered_at
                    FROM connections WHERE status = {accepted} AND answered_at IS NOT NULL
                    UNION ALL
                    SELECT member_id, {P(ReputationReasons.PathCompleted)}, {ReputationReasons.PathCompleted.Reason}, path_id, {empty}, completed_at
                    FROM learning_path_progress WHERE completed_at IS NOT NULL
                    UNION ALL
                    -- Events held (ended, not cancelled) with enough attendees, counted as AwardHeldEvents counts them.
                    SELECT e.created_by_id, {P(ReputationReasons.EventHeld)}, {ReputationReasons.EventHeld.Reason}, e.id, {empty}, e.ends_at
                    FROM events e WHERE e.created_by_id IS NOT NULL AND e.status = {(int)Domain.Events.EventStatus.Scheduled} AND e.ends_at <= now()
                        AND coalesce(nullif((SELECT count(*) FROM event_registrations r WHERE r.event_id = e.id AND r.status = {(int)Domain.Events.RegistrationStatus.Registered} AND r.checked_in_at IS NOT NULL), 0), e.registered_count) >= {ReputationReasons.EventAttendees}
                    UNION ALL
                    SELECT s.speaker_id, {P(ReputationReasons.EventSpoke)}, {ReputationReasons.EventSpoke.Reason}, e.id, {empty}, e.ends_at
                    FROM events e CROSS JOIN LATERAL unnest(e.speaker_ids) AS s(speaker_id) WHERE e.status = {(int)Domain.Events.EventStatus.Scheduled} AND e.ends_at <= now()
                        AND coalesce(nullif((SELECT count(*) FROM event_registrations r WHERE r.event_id = e.id AND r.status = {(int)Domain.Events.RegistrationStatus.Registered} AND r.checked_in_at IS NOT NULL), 0), e.registered_count) >= {ReputationReasons.EventAttendees}) earned
                ON CONFLICT DO NOTHING
                """, cancellationToken);
            // The ended events are looked at: the job that gives these points has nothing left to do for them.
            await db.Database.ExecuteSqlAsync($"UPDATE events SET reputation_checked_at = now() WHERE ends_at <= now() AND reputation_checked_at IS NULL", cancellationToken);

            // Votes and useful marks, in the order they were given, clipped to the daily cap of each author's Italian day.
            await db.Database.ExecuteSqlAsync($"""
                WITH given AS (
                    SELECT p.author_id AS member_id, {P(ReputationReasons.PracticeUseful)} AS points, {ReputationReasons.PracticeUseful.Reason} AS reason,
                           u.practice_id AS source_id, u.member_id AS actor_id, u.at
                    FROM practice_useful_marks u JOIN practices p ON p.id = u.practice_id
                    WHERE p.author_id IS NOT NULL AND p.author_id <> u.member_id
                    UNION ALL
                    SELECT i.author_id, CASE WHEN v.value = 1 THEN {P(ReputationReasons.IdeaVotedFor)} ELSE {P(ReputationReasons.IdeaVotedAgainst)} END,
                           CASE WHEN v.value = 1 THEN {ReputationReasons.IdeaVotedFor.Reason} ELSE {ReputationReasons.IdeaVotedAgainst.Reason} END,
                           v.idea_id, v.member_id, v.at
                    FROM idea_votes v JOIN ideas i ON i.id = v.idea_id
                    WHERE i.author_id IS NOT NULL AND i.author_id <> v.member_id),
                fresh AS (
                    SELECT g.* FROM given g
                    WHERE {emptyLedger} OR NOT EXISTS (SELECT 1 FROM reputation_events e
                        WHERE e.member_id = g.member_id AND e.reason = g.reason AND e.source_id = g.source_id AND e.actor_id = g.actor_id)),
                running AS (
                    SELECT fresh.*, sum(greatest(points, 0)) OVER (
                        PARTITION BY member_id, (at AT TIME ZONE 'Europe/Rome')::date ORDER BY at, actor_id, source_id) AS taken
                    FROM fresh),
                granted AS (
                    SELECT member_id, reason, source_id, actor_id, at,
                           CASE WHEN points > 0 THEN greatest(0, least(points, {cap} - (taken - points))) ELSE points END AS points
                    FROM running)
                INSERT INTO reputation_events (id, member_id, points, reason, source_id, actor_id, from_votes, at)
                SELECT gen_random_uuid(), member_id, points, reason, source_id, actor_id, true, at FROM granted
                ON CONFLICT DO NOTHING
                """, cancellationToken);

            if (deferred is not null)
            {
                await deferred.RestoreAsync(cancellationToken);
            }

            await db.Database.ExecuteSqlAsync($"""
                UPDATE members m SET reputation = coalesce(e.total, 0)
                FROM members x LEFT JOIN (SELECT member_id, sum(points)::int AS total FROM reputation_events GROUP BY member_id) e ON e.member_id = x.id
                WHERE m.id = x.id AND m.reputation IS DISTINCT FROM coalesce(e.total, 0)
                """, cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        });
    }
}
