using ClubMediaSociali.Application.Common.Events;

namespace ClubMediaSociali.Web.Infrastructure.Events;

/// <summary>
/// This instance's outbox dispatcher (ADR-008): woken after each command, and looking every few seconds
/// for events raised on other instances and effects due to be tried again. `Outbox:Enabled=false` (the
/// handler tests) starts none: those tests drain the outbox themselves when they check an effect.
/// </summary>
internal sealed partial class OutboxWorker(OutboxDispatcher dispatcher, OutboxSignal signal, ILogger<OutboxWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Poll = TimeSpan.FromSeconds(5);

    public static readonly TimeSpan PurgeEvery = TimeSpan.FromHours(1);

    public static IServiceCollection AddOutboxWorker(IServiceCollection services, IConfiguration configuration) =>
        configuration.GetValue("Outbox:Enabled", true) ? services.AddHostedService<OutboxWorker>() : services;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var purged = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.DispatchDueAsync(stoppingToken);
                if (DateTimeOffset.UtcNow - purged > PurgeEvery)
                {
                    await dispatcher.PurgeAsync(stoppingToken);
                    purged = DateTimeOffset.UtcNow;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // PostgreSQL away or restarting: nothing is lost, the messages wait for the next round.
                LogDispatchFailed(ex);
            }

            try
            {
                await signal.WaitAsync(Poll, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The outbox could not be dispatched; trying again shortly")]
    private partial void LogDispatchFailed(Exception exception);
}
