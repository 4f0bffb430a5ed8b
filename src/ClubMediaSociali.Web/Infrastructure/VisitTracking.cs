using ClubMediaSociali.Application.Features.Home;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using Mediator;
using Microsoft.Extensions.Caching.Memory;

namespace ClubMediaSociali.Web.Infrastructure;

/// <summary>
/// Notes when signed-in members are here, for "Dall'ultima visita": at most once every few minutes per
/// member and instance (a memory cache remembers the last note), so pages do not pay a write each time.
/// </summary>
internal static class VisitTracking
{
    private static readonly TimeSpan Throttle = TimeSpan.FromMinutes(5);

    public static IApplicationBuilder UseVisitTracking(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsGet(context.Request.Method) && context.User.Identity?.IsAuthenticated == true)
            {
                var member = context.User.MemberId();
                var cache = context.RequestServices.GetRequiredService<IMemoryCache>();
                var key = $"visit:{member}";
                if (!cache.TryGetValue(key, out _))
                {
                    cache.Set(key, true, Throttle);
                    var clock = context.RequestServices.GetRequiredService<TimeProvider>();
                    await context.RequestServices.GetRequiredService<IMediator>().Send(new TouchVisit(member, clock.GetUtcNow()), context.RequestAborted);
                }
            }

            await next();
        });
}
