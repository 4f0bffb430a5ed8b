using ClubMediaSociali.Application.Features.Opportunities;
using Mediator;

namespace ClubMediaSociali.Web.Infrastructure.Jobs;

/// <summary>
/// Closes open opportunities whose deadline has passed: at start-up and then every
/// <c>Jobs:OpportunityExpiryMinutes</c> (15 by default; 0 turns it off). The work is one idempotent
/// UPDATE, so several app instances running it at once close each opportunity once.
/// The notifications issue moves scheduled work to Hangfire.
/// </summary>
public sealed class OpportunityExpiryJob(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<OpportunityExpiryJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = configuration.GetValue("Jobs:OpportunityExpiryMinutes", 15);
        if (minutes <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var closed = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new CloseExpiredOpportunities(), stoppingToken);
                if (closed > 0)
                {
                    logger.LogInformation("Closed {Count} opportunities past their deadline", closed);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A database that is restarting must not stop the job for good: try again at the next tick.
                logger.LogWarning(ex, "Closing expired opportunities failed; will retry");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
