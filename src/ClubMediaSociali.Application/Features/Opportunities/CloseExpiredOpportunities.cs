using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Opportunities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Opportunities;

/// <summary>
/// The scheduled job's work: open opportunities whose deadline (a day in Italy) has passed close,
/// marked as expired. One UPDATE, so running it twice or on two instances at once does no harm.
/// </summary>
[ChangesPages(PublicPages.Opportunities | PublicPages.Home)]
public sealed record CloseExpiredOpportunities : ICommand<int>;

public sealed class CloseExpiredOpportunitiesHandler(ClubDbContext db, TimeProvider clock) : ICommandHandler<CloseExpiredOpportunities, int>
{
    public async ValueTask<int> Handle(CloseExpiredOpportunities command, CancellationToken cancellationToken)
    {
        var today = ItalianCalendar.Today(clock);
        var now = clock.GetUtcNow();
        return await db.Opportunities
            .Where(o => o.Status == OpportunityStatus.Open && o.Deadline < today)
            .ExecuteUpdateAsync(
                set => set.SetProperty(o => o.Status, OpportunityStatus.Closed)
                    .SetProperty(o => o.ClosedBecause, OpportunityClosure.Expired)
                    .SetProperty(o => o.ClosedAt, now),
                cancellationToken);
    }
}
