using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Connections;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Domain.Repertoire;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Home;

/// <summary>What changed in the Club since the member's previous visit: counts with links, for the home page.</summary>
public sealed record GetSinceLastVisit() : IQuery<SinceLastVisit?>;

public sealed record SinceLastVisit(DateTimeOffset Since, int Practices, int Ideas, int Decisions, int Opportunities, int ConnectionRequests, int Notifications)
{
    public bool Any => Practices + Ideas + Decisions + Opportunities + ConnectionRequests + Notifications > 0;
}

public sealed class GetSinceLastVisitHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<GetSinceLastVisit, SinceLastVisit?>
{
    private sealed record Row(DateTimeOffset Since, int Practices, int Ideas, int Decisions, int Opportunities, int ConnectionRequests, int Notifications);

    public async ValueTask<SinceLastVisit?> Handle(GetSinceLastVisit query, CancellationToken cancellationToken)
    {
        var me = currentMember.RequiredId;
        var (published, open, pending) = ((int)PracticeStatus.Published, (int)OpportunityStatus.Open, (int)ConnectionStatus.Pending);
        var duplicate = (int)IdeaStatus.Duplicate;
        var row = await db.Database.SqlQuery<Row>($"""
            SELECT s.since,
                (SELECT count(*)::int FROM practices WHERE status = {published} AND published_at > s.since) AS practices,
                (SELECT count(*)::int FROM ideas WHERE status <> {duplicate} AND created_at > s.since) AS ideas,
                (SELECT count(*)::int FROM idea_decisions WHERE at > s.since) AS decisions,
                (SELECT count(*)::int FROM opportunities WHERE status = {open} AND published_at > s.since) AS opportunities,
                (SELECT count(*)::int FROM connections WHERE status = {pending} AND requester_id <> {me}
                    AND (low_id = {me} OR high_id = {me}) AND requested_at > s.since) AS connection_requests,
                (SELECT count(*)::int FROM notifications WHERE member_id = {me} AND read_at IS NULL AND created_at > s.since) AS notifications
            FROM (SELECT previous_visit_at AS since FROM members WHERE id = {me} AND previous_visit_at IS NOT NULL) s
            """).SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : new SinceLastVisit(row.Since, row.Practices, row.Ideas, row.Decisions, row.Opportunities, row.ConnectionRequests, row.Notifications);
    }
}
