using ClubMediaSociali.Application.Features.Opportunities;
using Mediator;

namespace ClubMediaSociali.Web.Infrastructure.Jobs;

/// <summary>
/// Closes open opportunities whose deadline has passed; a Hangfire recurring job (every 15 minutes).
/// The work is one idempotent UPDATE, so even a second run at the same moment would close each once.
/// </summary>
public sealed class OpportunityExpiryJob(IMediator mediator, ILogger<OpportunityExpiryJob> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var closed = await mediator.Send(new CloseExpiredOpportunities(), cancellationToken);
        if (closed > 0)
        {
            logger.LogInformation("Closed {Count} opportunities past their deadline", closed);
        }
    }
}
