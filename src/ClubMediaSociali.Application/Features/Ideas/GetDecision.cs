using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Ideas;

/// <summary>One decision, for its own page where it is discussed.</summary>
public sealed record GetDecision(Guid DecisionId) : IQuery<Result<DecisionItem>>;

public sealed class GetDecisionHandler(ClubDbContext db) : IQueryHandler<GetDecision, Result<DecisionItem>>
{
    public async ValueTask<Result<DecisionItem>> Handle(GetDecision query, CancellationToken cancellationToken)
    {
        var item = await DecisionLog.Items(db, db.IdeaDecisions.AsNoTracking().Where(d => d.Id == query.DecisionId)).SingleOrDefaultAsync(cancellationToken);
        return item is null ? IdeaErrors.NotFound : item;
    }
}
