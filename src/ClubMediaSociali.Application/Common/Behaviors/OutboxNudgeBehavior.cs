using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Data;
using Mediator;

namespace ClubMediaSociali.Application.Common.Behaviors;

/// <summary>
/// After a command has committed, wakes the outbox worker if the command raised events through its context
/// (<c>db.Raise</c>): the people concerned hear of it within milliseconds, and commands that raised nothing
/// cost the worker nothing. The events the two hottest writes insert in SQL (votes, useful marks: reputation
/// only) wait for the worker's next look, a few seconds later.
/// </summary>
public sealed class OutboxNudgeBehavior<TMessage, TResponse>(ClubDbContext db, OutboxSignal signal) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        if (message is IBaseCommand && db.ChangeTracker.Entries<OutboxMessage>().Any())
        {
            signal.Nudge();
        }

        return response;
    }
}
