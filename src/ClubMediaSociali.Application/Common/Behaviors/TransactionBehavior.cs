using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Common.Behaviors;

/// <summary>
/// A command whose handler reads, decides and writes in more than one statement, and must see and leave
/// the database whole: it runs in one transaction, with the events it raises (ADR-008).
/// </summary>
public interface ITransactional;

/// <summary>
/// Runs each <see cref="ITransactional"/> command in one transaction inside EF's execution strategy, so a
/// transient failure of PostgreSQL runs the whole handler again from a clean context. A result that failed
/// rolls back whatever the handler wrote; a success commits. Handlers still call SaveChanges themselves.
/// Whatever a command left in <see cref="AfterCommit"/> runs here, once it has committed.
/// </summary>
public sealed class TransactionBehavior<TMessage, TResponse>(ClubDbContext db, AfterCommit afterCommit) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await next(message, cancellationToken); // inside another command's transaction: that one finishes the work
        }

        var response = message is ITransactional ? await InTransactionAsync(message, next, cancellationToken) : await next(message, cancellationToken);
        if (response is IResult { IsSuccess: false })
        {
            afterCommit.Discard();
        }
        else
        {
            await afterCommit.RunAsync(cancellationToken);
        }

        return response;
    }

    private Task<TResponse> InTransactionAsync(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            afterCommit.Discard();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var response = await next(message, cancellationToken);
            if (response is IResult { IsSuccess: false })
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return response;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return response;
        });
}
