using ClubMediaSociali.Application.Common.Events;
using Mediator;

namespace ClubMediaSociali.Application.Common.Behaviors;

/// <summary>After a command has committed, wakes the outbox worker for the events it may have raised.</summary>
public sealed class OutboxNudgeBehavior<TMessage, TResponse>(OutboxSignal signal) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        if (message is IBaseCommand)
        {
            signal.Nudge();
        }

        return response;
    }
}
