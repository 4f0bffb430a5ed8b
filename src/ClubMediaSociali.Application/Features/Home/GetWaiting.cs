using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Connections;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Domain.Repertoire;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Home;

/// <summary>What waits for the member on their bacheca: unread notifications (as the header counts them), requests to answer, new responses, practices to change.</summary>
public sealed record GetWaiting() : IQuery<Waiting>;

/// <param name="NewResponses">Opportunities of the companies the member represents with responses not yet looked at.</param>
/// <param name="PracticesToChange">The member's practices (or their revisions) the moderators sent back for changes.</param>
public sealed record Waiting(int Notifications, int ConnectionRequests, IReadOnlyList<WaitingResponses> NewResponses, int PracticesToChange)
{
    public const int OpportunitiesShown = 5;

    public bool Any => Notifications + ConnectionRequests + NewResponses.Count + PracticesToChange > 0;
}

public sealed record WaitingResponses(Guid OpportunityId, string Title, int Count);

public sealed class GetWaitingHandler(ICurrentMember currentMember, ClubDbContext db, IMediator mediator) : IQueryHandler<GetWaiting, Waiting>
{
    public async ValueTask<Waiting> Handle(GetWaiting query, CancellationToken cancellationToken)
    {
        var me = currentMember.RequiredId;
        var (pending, representative, sent) = ((int)ConnectionStatus.Pending, (int)CompanyMemberStatus.Representative, (int)ResponseStatus.Sent);
        var (practiceChanges, revisionChanges) = ((int)PracticeStatus.ChangesRequested, (int)RevisionStatus.ChangesRequested);
        var notifications = await mediator.Send(new Notifications.CountUnreadNotifications(me), cancellationToken);
        var row = await db.Database.SqlQuery<Row>($"""
            SELECT
                (SELECT count(*)::int FROM connections WHERE status = {pending} AND requester_id <> {me} AND (low_id = {me} OR high_id = {me})) AS connection_requests,
                (SELECT count(*)::int FROM practices WHERE author_id = {me} AND status = {practiceChanges})
                    + (SELECT count(*)::int FROM practice_revisions WHERE author_id = {me} AND status = {revisionChanges}) AS practices_to_change
            """).SingleAsync(cancellationToken);
        var responses = await db.Database.SqlQuery<WaitingResponses>($"""
            SELECT o.id AS opportunity_id, o.title, count(*)::int AS count
            FROM opportunities o
            JOIN company_members cm ON cm.company_id = o.company_id AND cm.member_id = {me} AND cm.status = {representative}
            JOIN opportunity_responses r ON r.opportunity_id = o.id AND r.status = {sent}
            GROUP BY o.id, o.title
            ORDER BY max(r.created_at) DESC
            LIMIT {Waiting.OpportunitiesShown}
            """).ToListAsync(cancellationToken);
        return new Waiting(notifications, row.ConnectionRequests, responses, row.PracticesToChange);
    }

    private sealed record Row(int ConnectionRequests, int PracticesToChange);
}
