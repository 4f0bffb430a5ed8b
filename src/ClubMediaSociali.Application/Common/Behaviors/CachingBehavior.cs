using Mediator;
using Microsoft.Extensions.Caching.Hybrid;

namespace ClubMediaSociali.Application.Common.Behaviors;

/// <summary>
/// A query whose answer is the same for every reader who asks with the same key, and may be a few
/// minutes old: leaderboards, emerging leaders, statistics. Costly aggregates are then computed once per
/// period for all instances of the app (through Redis when it is configured), not once per page view.
/// </summary>
public interface ICachedQuery
{
    /// <summary>Everything the answer depends on, the reader's language included.</summary>
    string CacheKey { get; }

    TimeSpan Expiration { get; }

    /// <summary>Every cached answer carries this tag, so that all of them can be dropped at once.</summary>
    public const string Tag = "queries";
}

/// <summary>Answers <see cref="ICachedQuery"/> queries from the hybrid cache (memory, then Redis), computing them once on a miss.</summary>
public sealed class CachingBehavior<TMessage, TResponse>(HybridCache cache) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not ICachedQuery cached)
        {
            return next(message, cancellationToken);
        }

        var options = new HybridCacheEntryOptions { Expiration = cached.Expiration, LocalCacheExpiration = cached.Expiration };
        return cache.GetOrCreateAsync(
            $"{typeof(TMessage).Name}:{cached.CacheKey}",
            (message, next),
            static (state, token) => state.next(state.message, token),
            options,
            [ICachedQuery.Tag],
            cancellationToken);
    }
}
