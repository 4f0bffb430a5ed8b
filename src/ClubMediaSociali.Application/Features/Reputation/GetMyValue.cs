using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Connections;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Application.Domain.Reputation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Reputation;

/// <summary>
/// Valore portato / valore ricevuto: on the member's own dashboard, what they gave the Club (practices
/// published, ideas, comments, responses to opportunities, useful marks and votes given) and what they
/// received (useful marks, votes for their ideas, contacts, responses to their opportunities, selections),
/// in total and month by month over the last year.
/// </summary>
public sealed record GetMyValue() : IQuery<MyValue>
{
    public const int Months = 12;
}

/// <param name="Given">Totals by kind of what the member gave, in a fixed order.</param>
/// <param name="Received">Totals by kind of what the member received.</param>
/// <param name="MonthStarts">The first day of each of the last twelve months, oldest first.</param>
public sealed record MyValue(
    IReadOnlyList<ValueLine> Given,
    IReadOnlyList<ValueLine> Received,
    IReadOnlyList<DateOnly> MonthStarts,
    IReadOnlyList<int> GivenByMonth,
    IReadOnlyList<int> ReceivedByMonth,
    int Reputation,
    TrustLevel Trust);

public sealed record ValueLine(string Kind, int Total);

public sealed class GetMyValueHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : IQueryHandler<GetMyValue, MyValue>
{
    public static readonly IReadOnlyList<string> GivenKinds = ["practices", "ideas", "comments", "responses", "useful_given", "votes_given"];

    public static readonly IReadOnlyList<string> ReceivedKinds = ["useful_received", "votes_received", "contacts", "responses_received", "selections"];

    private sealed record Row(string Kind, DateTime Month, int Count);

    public async ValueTask<MyValue> Handle(GetMyValue query, CancellationToken cancellationToken)
    {
        var me = currentMember.RequiredId;
        var (published, visible, accepted) = ((int)PracticeStatus.Published, (int)CommentStatus.Visible, (int)ConnectionStatus.Accepted);
        var (withdrawn, selected) = ((int)ResponseStatus.Withdrawn, (int)ResponseStatus.Selected);

        // One row per kind and month; everything before the last twelve months falls into the month "0001-01".
        var now = clock.GetUtcNow();
        var months = MonthSeries.Last(GetMyValue.Months, now);
        var firstMonth = months[0];
        var rows = await db.Database.SqlQuery<Row>($"""
            WITH facts AS (
                SELECT 'practices' AS kind, published_at AS at FROM practices WHERE author_id = {me} AND status = {published}
                UNION ALL SELECT 'ideas', created_at FROM ideas WHERE author_id = {me}
                UNION ALL SELECT 'comments', created_at FROM comments WHERE author_id = {me} AND status = {visible}
                UNION ALL SELECT 'responses', created_at FROM opportunity_responses WHERE member_id = {me} AND status <> {withdrawn}
                UNION ALL SELECT 'useful_given', at FROM practice_useful_marks WHERE member_id = {me}
                UNION ALL SELECT 'votes_given', at FROM idea_votes WHERE member_id = {me}
                UNION ALL SELECT 'useful_received', u.at FROM practice_useful_marks u JOIN practices p ON p.id = u.practice_id WHERE p.author_id = {me}
                UNION ALL SELECT 'votes_received', v.at FROM idea_votes v JOIN ideas i ON i.id = v.idea_id WHERE i.author_id = {me} AND v.value = 1
                UNION ALL SELECT 'contacts', answered_at FROM connections WHERE status = {accepted} AND (low_id = {me} OR high_id = {me})
                UNION ALL SELECT 'responses_received', r.created_at FROM opportunity_responses r JOIN opportunities o ON o.id = r.opportunity_id
                    WHERE o.author_id = {me} AND r.status <> {withdrawn}
                UNION ALL SELECT 'selections', updated_at FROM opportunity_responses WHERE member_id = {me} AND status = {selected})
            SELECT kind AS kind,
                   CASE WHEN at >= {firstMonth} THEN date_trunc('month', at, 'UTC') ELSE '0001-01-01'::timestamp END AS month,
                   count(*)::int AS count
            FROM facts WHERE at IS NOT NULL GROUP BY 1, 2
            """).ToListAsync(cancellationToken);

        int[] ByMonth(IReadOnlyList<string> kinds) =>
            months.Select(month => rows.Where(r => kinds.Contains(r.Kind) && r.Month == month).Sum(r => r.Count)).ToArray();
        List<ValueLine> Totals(IReadOnlyList<string> kinds) =>
            kinds.Select(k => new ValueLine(k, rows.Where(r => r.Kind == k).Sum(r => r.Count))).ToList();

        var member = await db.Users.Where(m => m.Id == me).Select(m => new { m.Reputation, m.JoinedAt }).SingleAsync(cancellationToken);
        return new MyValue(
            Totals(GivenKinds),
            Totals(ReceivedKinds),
            months.Select(DateOnly.FromDateTime).ToList(),
            ByMonth(GivenKinds),
            ByMonth(ReceivedKinds),
            member.Reputation,
            TrustLevels.For(member.Reputation, member.JoinedAt, now));
    }
}
