using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Features.Companies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Opportunities;

/// <summary>A representative closes an open opportunity: no more responses, the page says so.</summary>
[ChangesPages(PublicPages.Opportunities | PublicPages.Home)]
public sealed record CloseOpportunity(Guid OpportunityId) : ICommand<Result<Unit>>;

public sealed class CloseOpportunityHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<CloseOpportunity, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(CloseOpportunity command, CancellationToken cancellationToken)
    {
        var opportunity = await db.Opportunities.SingleOrDefaultAsync(o => o.Id == command.OpportunityId, cancellationToken);
        if (opportunity?.CompanyId is not { } companyId)
        {
            return OpportunityErrors.NotFound;
        }

        if (await OpportunityPermissions.ManageRefusalAsync(db, currentMember, companyId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (opportunity.Status != OpportunityStatus.Open)
        {
            return OpportunityErrors.NotOpen;
        }

        opportunity.Status = OpportunityStatus.Closed;
        opportunity.ClosedBecause = OpportunityClosure.ByCompany;
        opportunity.ClosedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
