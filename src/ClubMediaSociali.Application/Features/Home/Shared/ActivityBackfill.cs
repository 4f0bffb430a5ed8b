using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Connections;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Network;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Domain.Repertoire;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Home;

/// <summary>
/// Writes the bacheca's lines for what was there before the bacheca: published practices, ideas and their decisions,
/// visible comments, open opportunities and accepted connections, each at its own time. It skips what already has
/// its line, so it can run again; the effects write every later line (<see cref="RecordIdeaPosted"/> and the others).
/// Used by the migration that made the activity table and by the demo content.
/// </summary>
public static class ActivityBackfill
{
    public static string Sql => SqlFor(skipExisting: true);

    /// <param name="skipExisting">Whether to look for each line before writing it; a table known to be empty need not.</param>
    public static string SqlFor(bool skipExisting)
    {
        var decided = string.Join(" ", Enum.GetValues<IdeaStatus>().Select(s => $"WHEN {(int)s} THEN '{s}'"));
        var missing = "NOT EXISTS (SELECT 1 FROM activities a WHERE a.kind = {0} AND a.subject_id = {1} AND a.part IS NOT DISTINCT FROM {2})";
        string Missing(ActivityKind kind, string subject, string part = "NULL") =>
            skipExisting ? string.Format(System.Globalization.CultureInfo.InvariantCulture, missing, (int)kind, subject, part) : "TRUE";
        return $"""
            INSERT INTO activities (id, kind, actor_id, subject_kind, subject_id, part, title, company_id, tags, role_ids, at)
            SELECT gen_random_uuid(), {(int)ActivityKind.PracticePublished}, p.author_id, {(int)ActivitySubject.Practice}, p.id, NULL, p.title, NULL, p.tags, p.target_role_ids, p.published_at
            FROM practices p WHERE p.status = {(int)PracticeStatus.Published} AND p.published_at IS NOT NULL AND {Missing(ActivityKind.PracticePublished, "p.id")};

            INSERT INTO activities (id, kind, actor_id, subject_kind, subject_id, part, title, company_id, tags, role_ids, at)
            SELECT gen_random_uuid(), {(int)ActivityKind.IdeaPosted}, i.author_id, {(int)ActivitySubject.Idea}, i.id, NULL, i.title, NULL, i.tags, i.role_ids, i.created_at
            FROM ideas i WHERE i.status <> {(int)IdeaStatus.Duplicate} AND {Missing(ActivityKind.IdeaPosted, "i.id")};

            INSERT INTO activities (id, kind, actor_id, subject_kind, subject_id, part, title, company_id, tags, role_ids, at)
            SELECT gen_random_uuid(), {(int)ActivityKind.IdeaDecided}, NULL, {(int)ActivitySubject.Idea}, i.id, CASE d.to_status {decided} END, i.title, NULL, i.tags, i.role_ids, d.at
            FROM idea_decisions d JOIN ideas i ON i.id = d.idea_id
            WHERE {(skipExisting ? $"NOT EXISTS (SELECT 1 FROM activities a WHERE a.kind = {(int)ActivityKind.IdeaDecided} AND a.subject_id = i.id AND a.at = d.at)" : "TRUE")};

            INSERT INTO activities (id, kind, actor_id, subject_kind, subject_id, part, title, company_id, tags, role_ids, at)
            SELECT gen_random_uuid(), {(int)ActivityKind.CommentPosted}, c.author_id,
                CASE c.thread_kind WHEN {(int)CommentThreadKind.Practice} THEN {(int)ActivitySubject.Practice}
                    WHEN {(int)CommentThreadKind.Idea} THEN {(int)ActivitySubject.Idea} ELSE {(int)ActivitySubject.Opportunity} END,
                c.thread_id, c.id::text, coalesce(p.title, i.title, o.title), NULL, ARRAY[]::text[], ARRAY[]::int[], c.created_at
            FROM comments c
            LEFT JOIN practices p ON c.thread_kind = {(int)CommentThreadKind.Practice} AND p.id = c.thread_id
            LEFT JOIN ideas i ON c.thread_kind = {(int)CommentThreadKind.Idea} AND i.id = c.thread_id
            LEFT JOIN opportunities o ON c.thread_kind = {(int)CommentThreadKind.Opportunity} AND o.id = c.thread_id
            WHERE c.status = {(int)CommentStatus.Visible} AND c.author_id IS NOT NULL
                AND c.thread_kind IN ({(int)CommentThreadKind.Practice}, {(int)CommentThreadKind.Idea}, {(int)CommentThreadKind.Opportunity})
                AND coalesce(p.title, i.title, o.title) IS NOT NULL AND {Missing(ActivityKind.CommentPosted, "c.thread_id", "c.id::text")};

            INSERT INTO activities (id, kind, actor_id, subject_kind, subject_id, part, title, company_id, tags, role_ids, at)
            SELECT gen_random_uuid(), {(int)ActivityKind.OpportunityOpened}, o.author_id, {(int)ActivitySubject.Opportunity}, o.id, NULL, o.title, o.company_id, o.skills, o.role_ids, o.published_at
            FROM opportunities o WHERE o.status <> {(int)OpportunityStatus.Draft} AND o.published_at IS NOT NULL AND {Missing(ActivityKind.OpportunityOpened, "o.id")};

            INSERT INTO activities (id, kind, actor_id, subject_kind, subject_id, part, title, company_id, tags, role_ids, at)
            SELECT gen_random_uuid(), {(int)ActivityKind.ContactsConnected}, CASE WHEN c.requester_id = c.low_id THEN c.high_id ELSE c.low_id END,
                {(int)ActivitySubject.Member}, c.requester_id, NULL, '', NULL, ARRAY[]::text[], ARRAY[]::int[], coalesce(c.answered_at, c.requested_at)
            FROM connections c WHERE c.status = {(int)ConnectionStatus.Accepted}
                AND {(skipExisting ? $"NOT EXISTS (SELECT 1 FROM activities a WHERE a.kind = {(int)ActivityKind.ContactsConnected} AND a.subject_id = c.requester_id AND a.actor_id = CASE WHEN c.requester_id = c.low_id THEN c.high_id ELSE c.low_id END)" : "TRUE")};
            """;
    }

    public static Task<int> RunAsync(ClubDbContext db, CancellationToken cancellationToken, bool skipExisting = true) =>
#pragma warning disable EF1002 // The text is made only of the Club's own numbers and names, no input.
        db.Database.ExecuteSqlRawAsync(SqlFor(skipExisting), cancellationToken);
#pragma warning restore EF1002
}
