using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Domain.Reputation;
using ClubMediaSociali.Application.Features.Companies;
using ClubMediaSociali.Application.Features.Reputation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Opportunities;

/// <summary>A representative marks a response as under review, selected or not selected; the applicant is told.</summary>
/// <param name="Version">The response's row version on the representative's page; null skips that check (callers without a page).</param>
[ChangesNoPublicPage("Responses are seen only by the applicant and the company.")]
public sealed record SetResponseStatus(Guid OpportunityId, Guid ApplicantId, ResponseStatus Status, uint? Version = null) : ICommand<Result<Unit>>, ITransactional;

public sealed class SetResponseStatusHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<SetResponseStatus, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(SetResponseStatus command, CancellationToken cancellationToken)
    {
        if (command.Status is not (ResponseStatus.UnderReview or ResponseStatus.Selected or ResponseStatus.NotSelected))
        {
            return OpportunityErrors.NoResponse;
        }

        var opportunity = await db.Opportunities.Where(o => o.Id == command.OpportunityId)
            .Select(o => new { o.Id, o.Title, o.CompanyId }).SingleOrDefaultAsync(cancellationToken);
        if (opportunity?.CompanyId is not { } companyId)
        {
            return OpportunityErrors.NotFound;
        }

        if (await OpportunityPermissions.ManageRefusalAsync(db, currentMember, companyId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        // Two representatives deciding at once take turns on the row lock; the second finds a version other than its page's.
        await db.Database.ExecuteSqlAsync(
            $"SELECT 1 FROM opportunity_responses WHERE opportunity_id = {command.OpportunityId} AND member_id = {command.ApplicantId} FOR UPDATE", cancellationToken);
        var response = await db.OpportunityResponses.SingleOrDefaultAsync(
            r => r.OpportunityId == command.OpportunityId && r.MemberId == command.ApplicantId && r.Status != ResponseStatus.Withdrawn, cancellationToken);
        if (response is null)
        {
            return OpportunityErrors.NoResponse;
        }

        if (command.Version is { } seen && seen != response.Version)
        {
            return OpportunityErrors.ResponseChanged;
        }

        var now = clock.GetUtcNow();
        response.Status = command.Status;
        response.UpdatedAt = now;
        db.Raise(new ResponseStatusChanged(command.OpportunityId, command.ApplicantId, command.Status, now), now);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
