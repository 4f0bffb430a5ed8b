using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Opportunities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Opportunities;

/// <summary>The applicant withdraws their response; representatives see it withdrawn.</summary>
[ChangesNoPublicPage("a response is seen by the applicant and the company's representatives only; visitors see no count of responses")]
public sealed record WithdrawResponse(Guid OpportunityId) : ICommand<Result<Unit>>;

public sealed class WithdrawResponseHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<WithdrawResponse, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(WithdrawResponse command, CancellationToken cancellationToken)
    {
        var changed = await db.OpportunityResponses
            .Where(r => r.OpportunityId == command.OpportunityId && r.MemberId == currentMember.RequiredId && r.Status != ResponseStatus.Withdrawn)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, ResponseStatus.Withdrawn).SetProperty(r => r.UpdatedAt, clock.GetUtcNow()), cancellationToken);
        return changed == 0 ? OpportunityErrors.NoResponse : Unit.Value;
    }
}
