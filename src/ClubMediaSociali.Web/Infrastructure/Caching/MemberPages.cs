using ClubMediaSociali.Application.Features.Notifications;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClubMediaSociali.Web.Infrastructure.Caching;

/// <summary>
/// Drops the pages kept for one member (<see cref="PageCache.MemberPolicy"/>) when something they would see there
/// changes by their own hand (any write of theirs: a follow, a read notification, a comment) or comes to wait
/// for them (a notification), so that their next page shows it.
/// </summary>
internal static class MemberPages
{
    /// <summary>After a member's write (any method but GET, HEAD and OPTIONS), whatever it answered.</summary>
    public static IApplicationBuilder UseMemberPages(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            await next();
            var method = context.Request.Method;
            // The live connection's own requests (negotiating, sending over long polling) change nothing.
            if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method) && !HttpMethods.IsOptions(method)
                && !context.Request.Path.StartsWithSegments(Features.Conversations.ConversationHub.Path)
                && context.User.MemberIdOrNull() is { } member)
            {
                await context.RequestServices.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(PageCache.MemberTag(member), CancellationToken.None);
            }
        });
}

/// <summary>Once a notification for a member (or their notification settings) is saved, drops the pages kept for them.</summary>
public sealed class MemberPagesInterceptor(IOutputCacheStore pages) : SaveChangesInterceptor
{
    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            foreach (var member in UnreadCountsInterceptor.MembersTouched(context))
            {
                await pages.EvictByTagAsync(PageCache.MemberTag(member), CancellationToken.None);
            }
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();
}
