using System.Threading.RateLimiting;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.RateLimiting;

namespace ClubMediaSociali.Web.Infrastructure;

/// <summary>
/// Limits kept in each instance's memory: per-member limits on voting under a per-IP ceiling on every write, and
/// a cap on concurrent typing hints. Above a limit the answer is 429 with Retry-After. Forms where a person types
/// (accounts, contributions) have counted limits that keep what was typed instead (<see cref="LimitedFormAttribute"/>).
/// The permit counts are configurable so tests can exercise them.
/// </summary>
public static class RateLimits
{
    /// <summary>
    /// The similar-title hint runs while members type: a few lookups at a time for the whole app, the
    /// rest wait briefly or get 429 (the form simply shows no hint), so typing never crowds out pages.
    /// </summary>
    public const string TypingHints = "typing-hints";

    /// <summary>The "@" autocomplete: a lookup per pause in typing, per member; beyond it the list simply does not appear.</summary>
    public const string Mentions = "mentions";

    /// <summary>Votes and "utile" marks: quick clicks, so a wider allowance than writing.</summary>
    public const string Votes = "votes";

    public static IServiceCollection AddClubRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var votes = configuration.GetValue("RateLimits:VotesPerMinute", 60);
        var mentions = configuration.GetValue("RateLimits:MentionLookupsPerMinute", 90);
        var writesPerAddress = configuration.GetValue("RateLimits:WritesPerAddressPerMinute", 300);
        services.AddRateLimiter(options =>
        {
            // Above every per-member allowance, a ceiling per address on anything that writes: many accounts
            // run by one script still share one bucket. Wide enough for an office of members behind one address.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsRead(context)
                    ? RateLimitPartition.GetNoLimiter("reads")
                    : RateLimitPartition.GetFixedWindowLimiter(
                        $"writes:address:{context.Connection.RemoteIpAddress}",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = writesPerAddress, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(Votes, context => PerMember(context, "votes", votes));
            options.AddPolicy(Mentions, context => PerMember(context, "mentions", mentions));
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
    /// Reading is free; so is the error page re-executed for a request already counted (a 429 among them),
    /// which would otherwise be refused again and reach the user blank.
    /// </summary>
    private static bool IsRead(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method)
        || context.Features.Get<IStatusCodeReExecuteFeature>() is not null
        || context.Features.Get<IExceptionHandlerFeature>() is not null;

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
