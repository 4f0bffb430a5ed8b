using System.Collections.Concurrent;
using ClubMediaSociali.Application.Common.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace ClubMediaSociali.Web.Infrastructure.Authorization;

/// <summary>
/// This instance's memory of ended sessions. A request checks its session here, in memory; every few seconds (at
/// most, and only when requests come) one request asks PostgreSQL what ended since the last time, so a session
/// ended on any instance is refused within <c>Security:SessionCheckSeconds</c> everywhere. The same round writes
/// when sessions were last seen, a minute's worth in one statement.
/// </summary>
public sealed partial class SessionRegistry(TimeProvider clock, IConfiguration configuration, ILogger<SessionRegistry> logger) : IDisposable
{
    private static readonly TimeSpan SeenEvery = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan ForgetEvery = TimeSpan.FromHours(1);

    /// <summary>Sessions ended on another instance are asked for again a little before the newest seen, for clocks a little apart.</summary>
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(1);

    private readonly TimeSpan _checkEvery = TimeSpan.FromSeconds(configuration.GetValue("Security:SessionCheckSeconds", 5));
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _ended = new();
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _seen = new();
    private readonly SemaphoreSlim _checking = new(1, 1);
    private DateTimeOffset? _newestEnded;
    private DateTimeOffset _nextCheck = DateTimeOffset.MinValue;
    private DateTimeOffset _nextSeen = DateTimeOffset.MinValue;
    private DateTimeOffset _nextForget = DateTimeOffset.MinValue;
    private bool _loaded;

    /// <summary>
    /// The cookie check of every request: a cookie without a session (made before sessions existed) or of an ended
    /// session is refused and removed; otherwise the session is noted as seen and Identity's stamp check follows.
    /// </summary>
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var registry = context.HttpContext.RequestServices.GetRequiredService<SessionRegistry>();
        if (context.Principal is not { } principal || SessionClaims.SessionId(principal) is not { } session
            || !await registry.IsOpenAsync(session, context.HttpContext.RequestServices, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    public async ValueTask<bool> IsOpenAsync(Guid session, IServiceProvider services, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now >= _nextCheck)
        {
            await CheckAsync(services, now, cancellationToken);
        }

        if (_ended.ContainsKey(session))
        {
            return false;
        }

        _seen[session] = now;
        return true;
    }

    /// <summary>Sessions this instance just ended: refused here at once, without waiting for the next check.</summary>
    public void Ended(IEnumerable<Guid> sessions)
    {
        var now = clock.GetUtcNow();
        foreach (var session in sessions)
        {
            _ended[session] = now;
            _seen.TryRemove(session, out _);
        }
    }

    private async Task CheckAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // One request checks; the others go on with what is known, unless nothing is known yet.
        if (!await _checking.WaitAsync(_loaded ? TimeSpan.Zero : Timeout.InfiniteTimeSpan, cancellationToken))
        {
            return;
        }

        try
        {
            if (now < _nextCheck)
            {
                return;
            }

            var sessions = services.GetRequiredService<MemberSessions>();
            var since = _newestEnded is { } newest ? newest - Overlap : now - MemberSessions.Remembered;
            foreach (var (id, endedAt) in await sessions.EndedSinceAsync(since, cancellationToken))
            {
                _ended[id] = endedAt;
                _newestEnded = _newestEnded is { } known && known > endedAt ? known : endedAt;
            }

            _loaded = true;
            _nextCheck = now + _checkEvery;
            if (now >= _nextSeen)
            {
                _nextSeen = now + SeenEvery;
                var seen = _seen.ToArray();
                foreach (var (id, at) in seen)
                {
                    _seen.TryRemove(new KeyValuePair<Guid, DateTimeOffset>(id, at));
                }

                if (seen.Length > 0)
                {
                    await sessions.SeenAsync(seen, cancellationToken);
                }
            }

            if (now >= _nextForget)
            {
                _nextForget = now + ForgetEvery;
                await sessions.ForgetOldAsync(cancellationToken);
                foreach (var (id, endedAt) in _ended)
                {
                    if (endedAt < now - MemberSessions.Remembered)
                    {
                        _ended.TryRemove(id, out _);
                    }
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // PostgreSQL away: what is known keeps being refused; the next request tries again.
            LogCheckFailed(ex);
            if (!_loaded)
            {
                throw;
            }
        }
        finally
        {
            _checking.Release();
        }
    }

    public void Dispose() => _checking.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ended sessions could not be read; trying again on the next request")]
    private partial void LogCheckFailed(Exception exception);
}
