using ClubMediaSociali.Application.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClubMediaSociali.Application.Common.Events;

/// <summary>
/// Runs the effects of the events in the outbox (ADR-008). A batch of due messages is locked with
/// <c>FOR NO KEY UPDATE SKIP LOCKED</c>, so dispatchers on several instances never take the same message
/// (and the effects' own rows, which refer to the message, are not blocked by that lock); each
/// effect runs in its own scope and transaction together with the row saying it ran, so it happens once
/// even if the process stops half-way and another dispatcher takes the message again. An effect that
/// fails is retried later, with a growing pause; the others of its event are not run again.
/// </summary>
public sealed partial class OutboxDispatcher(IServiceScopeFactory scopes, Effects effects, TimeProvider clock, ILogger<OutboxDispatcher> logger)
{
    public const int Batch = 50;

    public static readonly TimeSpan LongestPause = TimeSpan.FromHours(1);

    /// <summary>How long dispatched messages are kept, for looking into what happened.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(7);

    /// <summary>Deletes the messages dispatched more than <see cref="KeptFor"/> ago, with the record of their effects.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var before = clock.GetUtcNow() - KeptFor;
        return await scope.ServiceProvider.GetRequiredService<ClubDbContext>().OutboxMessages
            .Where(m => m.DispatchedAt != null && m.DispatchedAt < before)
            .ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Dispatches every message due now, <paramref name="batch"/> at a time; returns how many were taken.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken, int batch = Batch)
    {
        var total = 0;
        while (await DispatchBatchAsync(batch, cancellationToken) is > 0 and var taken)
        {
            total += taken;
        }

        return total;
    }

    private async Task<int> DispatchBatchAsync(int batch, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClubDbContext>();
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var due = await db.OutboxMessages
                .FromSql($"SELECT * FROM outbox_messages WHERE dispatched_at IS NULL AND due_at <= {now} ORDER BY due_at, id LIMIT {batch} FOR NO KEY UPDATE SKIP LOCKED")
                .ToListAsync(cancellationToken);
            foreach (var message in due)
            {
                await DispatchAsync(message, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return due.Count;
        });
    }

    private async Task DispatchAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        string? failure = null;
        var domainEvent = DomainEvents.Read(message.Type, message.Payload);
        if (domainEvent is null)
        {
            failure = $"No event is named {message.Type}.";
        }
        else
        {
            foreach (var effect in effects.For(domainEvent.GetType()))
            {
                try
                {
                    await RunOnceAsync(message, effect, domainEvent, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogEffectFailed(ex, effect.Name, message.Type, message.Id);
                    failure = $"{effect.Name}: {ex.Message}";
                }
            }
        }

        var now = clock.GetUtcNow();
        if (failure is null)
        {
            message.DispatchedAt = now;
            return;
        }

        message.Attempts++;
        message.LastError = failure.Length > 2000 ? failure[..2000] : failure;
        message.DueAt = now + TimeSpan.FromSeconds(Math.Min(Math.Pow(2, message.Attempts), LongestPause.TotalSeconds));
    }

    private async Task RunOnceAsync(OutboxMessage message, Effects.Effect effect, IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClubDbContext>();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var (id, name, now) = (message.Id, effect.Name, clock.GetUtcNow());
            var claimed = await db.Database.ExecuteSqlAsync(
                $"INSERT INTO outbox_effects (message_id, effect, done_at) VALUES ({id}, {name}, {now}) ON CONFLICT DO NOTHING", cancellationToken);
            if (claimed == 0)
            {
                return; // it ran before, through this message's earlier dispatch
            }

            await effect.RunAsync(scope.ServiceProvider, domainEvent, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The effect {Effect} of {EventType} {MessageId} failed; it will be tried again")]
    private partial void LogEffectFailed(Exception exception, string effect, string eventType, Guid messageId);
}
