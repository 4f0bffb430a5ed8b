using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Connections;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Connections;

/// <summary>
/// Contatti dei contatti: members two steps away, with how many contacts they share with the member and
/// who the first few are. People the member already has any tie with (asked, declined) are left out.
/// </summary>
public sealed record GetContactsOfContacts(Language Language) : IQuery<IReadOnlyList<SecondDegree>>
{
    public const int Limit = 30;

    public const int NamesShown = 3;
}

public sealed record SecondDegree(Person Person, int InCommon, IReadOnlyList<Person> Through);

public sealed class GetContactsOfContactsHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<GetContactsOfContacts, IReadOnlyList<SecondDegree>>
{
    private sealed record Row(Guid Id, Guid Via);

    public async ValueTask<IReadOnlyList<SecondDegree>> Handle(GetContactsOfContacts query, CancellationToken cancellationToken)
    {
        var me = currentMember.RequiredId;
        var accepted = (int)ConnectionStatus.Accepted;

        // Each of my contacts' contacts, walked through the two indexes of the pair; one row per path.
        var paths = await db.Database.SqlQuery<Row>($"""
            WITH mine AS (
                SELECT CASE WHEN low_id = {me} THEN high_id ELSE low_id END AS id
                FROM connections WHERE status = {accepted} AND (low_id = {me} OR high_id = {me})),
            paths AS (
                SELECT theirs.id, mine.id AS via
                FROM mine
                CROSS JOIN LATERAL (
                    SELECT CASE WHEN c.low_id = mine.id THEN c.high_id ELSE c.low_id END AS id
                    FROM connections c WHERE c.status = {accepted} AND (c.low_id = mine.id OR c.high_id = mine.id)) theirs
                WHERE theirs.id <> {me}
                  AND NOT EXISTS (SELECT 1 FROM connections t WHERE t.low_id = least(theirs.id, {me}) AND t.high_id = greatest(theirs.id, {me}))),
            ranked AS (
                SELECT paths.id FROM paths JOIN members m ON m.id = paths.id AND m.deleted_at IS NULL AND m.suspended_at IS NULL AND m.profile_screening = 0
                GROUP BY paths.id ORDER BY count(*) DESC, paths.id LIMIT {GetContactsOfContacts.Limit})
            SELECT paths.id AS id, paths.via AS via FROM paths JOIN ranked ON ranked.id = paths.id
            """).ToListAsync(cancellationToken);

        var ids = paths.Select(p => p.Id).Concat(paths.Select(p => p.Via)).Distinct().ToList();
        var people = await People.ByIdAsync(db, ids, query.Language, cancellationToken);
        return paths
            .GroupBy(p => p.Id)
            .Select(g => new SecondDegree(
                people[g.Key],
                g.Count(),
                g.Select(p => people[p.Via]).OrderBy(p => p.DisplayName, StringComparer.CurrentCulture).Take(GetContactsOfContacts.NamesShown).ToList()))
            .OrderByDescending(s => s.InCommon).ThenBy(s => s.Person.DisplayName, StringComparer.CurrentCulture)
            .ToList();
    }
}
