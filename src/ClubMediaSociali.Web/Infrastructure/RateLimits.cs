using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ClubMediaSociali.Web.Infrastructure;

/// <summary>
/// Per-IP limits on the doors bots knock on (sign-in, sign-up, password reset), and a cap on concurrent
/// typing hints. Above a limit the answer is 429 with Retry-After. The permit count is configurable so tests can exercise it.
/// </summary>
public static class RateLimits
{
    public const string Accounts = "accounts";

    /// <summary>
    /// The similar-title hint runs while members type: a few lookups at a time for the whole app, the
    /// rest wait briefly or get 429 (the form simply shows no hint), so typing never crowds out pages.
    /// </summary>
    public const string TypingHints = "typing-hints";

    public static IServiceCollection AddClubRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimits:AccountsPerMinute", 10);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(Accounts, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.AddConcurrencyLimiter(TypingHints, limiter =>
            {
                limiter.PermitLimit = 4;
                limiter.QueueLimit = 8;
                limiter.QueueProcessingOrder = QueueProcessingOrder.NewestFirst;
            });
        });
        return services;
    }
}
