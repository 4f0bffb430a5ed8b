using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Connections;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Application.Domain.Reputation;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Reputation;

/// <summary>
/// Writes the reputation ledger and awards badges. Each award is one statement that adds the line and the
/// member's counter together, so the counter always equals the sum of the lines; a line already earned
/// (same reason, source and actor) adds nothing. Points from votes stop at
/// <see cref="ReputationReasons.DailyVoteCap"/> a day; a vote beyond the cap still gets its line, with no
/// points, so that it never counts later either. Called after the action that earned the points
/// is saved: the action stands even if the award were to fail, and awarding again is harmless.
/// </summary>
public sealed class ReputationLedger(ClubDbContext db, TimeProvider clock)
{
    public async Task AwardAsync(Guid? memberId, ReputationRule rule, Guid sourceId, CancellationToken cancellationToken, Guid actorId = default)
    {
        if (memberId is not { } member || member == actorId)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var dayStart = ItalianCalendar.StartOfDay(now);
        var (id, reason, points, fromVotes, cap) = (Guid.CreateVersion7(), rule.Reason, rule.Points, rule.FromVotes, ReputationReasons.DailyVoteCap);
        var added = await db.Database.ExecuteSqlAsync($"""
            WITH today AS (
                SELECT coalesce(sum(points), 0)::int AS taken FROM reputation_events
                WHERE member_id = {member} AND from_votes AND points > 0 AND at >= {dayStart}),
            granted AS (
                SELECT CASE WHEN {fromVotes} AND {points} > 0 THEN least({points}, {cap} - taken) ELSE {points} END AS points FROM today),
            added AS (
                INSERT INTO reputation_events (id, member_id, points, reason, source_id, actor_id, from_votes, at)
                SELECT {id}, {member}, granted.points, {reason}, {sourceId}, {actorId}, {fromVotes}, {now} FROM granted WHERE granted.points <> 0 OR {fromVotes}
                ON CONFLICT (member_id, reason, source_id, actor_id) DO NOTHING
                RETURNING points)
            UPDATE members SET reputation = reputation + added.points FROM added WHERE members.id = {member}
            """, cancellationToken);
        if (added > 0)
        {
            await AwardBadgesAsync(member, cancellationToken);
        }
    }

    /// <summary>Gives the member every badge whose rule they now meet and have not got yet, and tells them.</summary>
    public async Task AwardBadgesAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var facts = await FactsAsync(memberId, cancellationToken);
        if (facts is null)
        {
            return;
        }

        var held = await db.MemberBadges.Where(b => b.MemberId == memberId).Select(b => b.BadgeKey).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var badge in Badges.All.Where(b => !held.Contains(b.Key) && b.EarnedBy(facts)))
        {
            var inserted = await db.Database.ExecuteSqlAsync($"""
                INSERT INTO member_badges (member_id, badge_key, awarded_at) VALUES ({memberId}, {badge.Key}, {now})
                ON CONFLICT DO NOTHING
                """, cancellationToken);
            if (inserted > 0)
            {
                db.Notifications.Add(Notification.Of(memberId, NotificationKinds.BadgeEarned, badge.Key, Target.Badge(badge.Key), now));
                db.Activities.Add(new Domain.Network.Activity
                {
                    Kind = Domain.Network.ActivityKind.BadgeEarned,
                    ActorId = memberId,
                    SubjectKind = Domain.Network.ActivitySubject.Member,
                    SubjectId = memberId,
                    Part = badge.Key,
                    At = now,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<BadgeFacts?> FactsAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var published = (int)PracticeStatus.Published;
        var accepted = (int)ConnectionStatus.Accepted;
        var (selected, inProgress, realised) = ((int)IdeaStatus.Selected, (int)IdeaStatus.InProgress, (int)IdeaStatus.Realised);
        var visible = (int)CommentStatus.Visible;
        var chosen = (int)ResponseStatus.Selected;
        var row = await db.Database.SqlQuery<FactsRow>($"""
            SELECT
                (SELECT count(*)::int FROM practices WHERE author_id = m.id AND status = {published}) AS practices_published,
                (SELECT count(*)::int FROM practices WHERE author_id = m.id AND status = {published} AND featured) AS practices_featured,
                (SELECT coalesce(sum(useful_count), 0)::int FROM practices WHERE author_id = m.id AND status = {published}) AS useful_marks_received,
                (SELECT count(*)::int FROM ideas WHERE author_id = m.id) AS ideas_posted,
                (SELECT count(*)::int FROM ideas WHERE author_id = m.id AND status IN ({selected}, {inProgress}, {realised})) AS ideas_selected,
                (SELECT count(*)::int FROM ideas WHERE author_id = m.id AND status = {realised}) AS ideas_realised,
                (SELECT count(*)::int FROM comments WHERE author_id = m.id AND status = {visible}) AS comments_visible,
                (SELECT count(*)::int FROM connections WHERE status = {accepted} AND (low_id = m.id OR high_id = m.id)) AS contacts,
                (SELECT count(DISTINCT r.group_id)::int FROM connections c
                    JOIN members o ON o.id = CASE WHEN c.low_id = m.id THEN c.high_id ELSE c.low_id END
                    JOIN professional_roles r ON r.id = o.primary_role_id
                    WHERE c.status = {accepted} AND (c.low_id = m.id OR c.high_id = m.id)) AS contact_role_groups,
                (SELECT count(*)::int FROM opportunity_responses WHERE member_id = m.id AND status = {chosen}) AS responses_selected,
                (m.headline IS NOT NULL AND cardinality(m.offers_tags) > 0 AND cardinality(m.seeks_tags) > 0) AS profile_complete,
                (SELECT count(*)::int FROM learning_path_progress WHERE member_id = m.id AND completed_at IS NOT NULL) AS paths_completed,
                m.reputation AS reputation,
                m.joined_at AS joined_at
            FROM members m WHERE m.id = {memberId} AND m.deleted_at IS NULL
            """).SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : new BadgeFacts
        {
            PracticesPublished = row.PracticesPublished,
            PracticesFeatured = row.PracticesFeatured,
            UsefulMarksReceived = row.UsefulMarksReceived,
            IdeasPosted = row.IdeasPosted,
            IdeasSelected = row.IdeasSelected,
            IdeasRealised = row.IdeasRealised,
            CommentsVisible = row.CommentsVisible,
            Contacts = row.Contacts,
            ContactRoleGroups = row.ContactRoleGroups,
            ResponsesSelected = row.ResponsesSelected,
            ProfileComplete = row.ProfileComplete,
            PathsCompleted = row.PathsCompleted,
            Trust = TrustLevels.For(row.Reputation, row.JoinedAt, clock.GetUtcNow()),
        };
    }

    private sealed record FactsRow(
        int PracticesPublished, int PracticesFeatured, int UsefulMarksReceived, int IdeasPosted, int IdeasSelected, int IdeasRealised,
        int CommentsVisible, int Contacts, int ContactRoleGroups, int ResponsesSelected, bool ProfileComplete, int PathsCompleted, int Reputation, DateTimeOffset JoinedAt);
}
