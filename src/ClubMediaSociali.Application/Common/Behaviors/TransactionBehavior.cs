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
/// </summary>
public sealed class TransactionBehavior<TMessage, TResponse>(ClubDbContext db) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not ITransactional || db.Database.CurrentTransaction is not null)
        {
            return next(message, cancellationToken);
        }

        return new ValueTask<TResponse>(db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
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
        }));
    }
}
