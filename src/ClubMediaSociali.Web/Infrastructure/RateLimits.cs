using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ClubMediaSociali.Web.Infrastructure;

/// <summary>
/// Per-IP limits on the doors bots knock on (sign-in, sign-up, password reset). Above the limit the
/// answer is 429 with Retry-After. The permit count is configurable so tests can exercise it.
/// </summary>
public static class RateLimits
{
    public const string Accounts = "accounts";

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
        });
        return services;
    }
}
