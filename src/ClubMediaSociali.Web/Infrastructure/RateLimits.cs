using System.Threading.RateLimiting;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.RateLimiting;

namespace ClubMediaSociali.Web.Infrastructure;

/// <summary>
/// Per-IP limits on the doors bots knock on (sign-in, sign-up, password reset), per-member limits on
/// writing and voting, and a cap on concurrent typing hints. Above a limit the answer is 429 with Retry-After. The permit count is configurable so tests can exercise it.
/// </summary>
public static class RateLimits
{
    public const string Accounts = "accounts";

    /// <summary>
    /// The similar-title hint runs while members type: a few lookups at a time for the whole app, the
    /// rest wait briefly or get 429 (the form simply shows no hint), so typing never crowds out pages.
    /// </summary>
    public const string TypingHints = "typing-hints";

    /// <summary>What a member writes for others to read: ideas, practices, comments, opportunities, responses.</summary>
    public const string Contributions = "contributions";

    /// <summary>Votes and "utile" marks: quick clicks, so a wider allowance than writing.</summary>
    public const string Votes = "votes";

    public static IServiceCollection AddClubRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimits:AccountsPerMinute", 10);
        var contributions = configuration.GetValue("RateLimits:ContributionsPerMinute", 10);
        var votes = configuration.GetValue("RateLimits:VotesPerMinute", 60);
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
            options.AddPolicy(Contributions, context => PerMember(context, "contributions", contributions));
            options.AddPolicy(Votes, context => PerMember(context, "votes", votes));
            options.AddConcurrencyLimiter(TypingHints, limiter =>
            {
                limiter.PermitLimit = 4;
                limiter.QueueLimit = 8;
                limiter.QueueProcessingOrder = QueueProcessingOrder.NewestFirst;
            });
        });
        return services;
    }

    /// <summary>
    /// A fixed window per signed-in member (the actions need a member); by address for anyone else, so a
    /// request that reaches the limiter unauthenticated still has a bucket.
    /// </summary>
    private static RateLimitPartition<string> PerMember(HttpContext context, string kind, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.User.Identity?.IsAuthenticated == true
                ? $"{kind}:member:{context.User.MemberId()}"
                : $"{kind}:address:{context.Connection.RemoteIpAddress}",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
