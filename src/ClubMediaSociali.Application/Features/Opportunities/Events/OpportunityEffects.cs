using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Domain.Reputation;
using ClubMediaSociali.Application.Features.Companies;
using ClubMediaSociali.Application.Features.Reputation;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Opportunities;

/// <summary>Tells the company's representatives that a response waits for them.</summary>
public sealed class TellRepresentativesOfResponse(ClubDbContext db) : IEffect<OpportunityResponded>
{
    public async Task RunAsync(OpportunityResponded responded, CancellationToken cancellationToken)
    {
        var opportunity = await db.Opportunities.AsNoTracking().Where(o => o.Id == responded.OpportunityId).Select(o => new { o.Title, o.CompanyId }).SingleAsync(cancellationToken);
        if (opportunity.CompanyId is { } companyId)
        {
            await Representatives.NotifyAsync(db, companyId, NotificationKinds.OpportunityResponse, opportunity.Title, Target.OpportunityResponses(responded.OpportunityId), responded.At, cancellationToken,
                actor: responded.MemberId);
        }
    }
}

/// <summary>Tells the applicant the new state of their response.</summary>
public sealed class TellApplicantOfStatus(ClubDbContext db) : IEffect<ResponseStatusChanged>
{
    public async Task RunAsync(ResponseStatusChanged changed, CancellationToken cancellationToken)
    {
        var title = await db.Opportunities.Where(o => o.Id == changed.OpportunityId).Select(o => o.Title).SingleAsync(cancellationToken);
        db.Notifications.Add(Notification.Of(
            changed.ApplicantId, NotificationKinds.OpportunityResponseStatus, title, Target.Opportunity(changed.OpportunityId), changed.At, state: changed.Status));
    }
}

/// <summary>Being selected earns the applicant points, once per opportunity.</summary>
public sealed class AwardSelection(ReputationLedger reputation) : IEffect<ResponseStatusChanged>
{
    public Task RunAsync(ResponseStatusChanged changed, CancellationToken cancellationToken) =>
        changed.Status == ResponseStatus.Selected
            ? reputation.AwardAsync(changed.ApplicantId, ReputationReasons.ResponseSelected, changed.OpportunityId, cancellationToken)
            : Task.CompletedTask;
}

/// <summary>Tells the company's representatives that the moderators removed their opportunity, and why.</summary>
public sealed class TellRepresentativesOfRemoval(ClubDbContext db) : IEffect<OpportunityRemoved>
{
    public async Task RunAsync(OpportunityRemoved removed, CancellationToken cancellationToken)
    {
        var opportunity = await db.Opportunities.AsNoTracking().Where(o => o.Id == removed.OpportunityId).Select(o => new { o.Title, o.CompanyId }).SingleAsync(cancellationToken);
        if (opportunity.CompanyId is { } companyId)
        {
            await Representatives.NotifyAsync(db, companyId, NotificationKinds.OpportunityRemoved, opportunity.Title, Target.Opportunity(removed.OpportunityId), removed.At, cancellationToken, removed.Reason);
        }
    }
}
