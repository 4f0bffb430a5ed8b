using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using Mediator;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace ClubMediaSociali.Web.Infrastructure.Caching;

/// <summary>
/// Whole public pages kept for visitors who are not signed in: the same HTML for everyone, so it is
/// rendered once and served from memory (or Redis, shared by every instance) until the content behind
/// it changes or a minute passes. Each cached page carries the tags of the content it shows; a command
/// that changes that content evicts the tags (see <see cref="EvictPagesBehavior{TMessage, TResponse}"/>).
/// </summary>
public static class PageCache
{
    public const string Policy = "public-page";

    /// <summary>
    /// The pages members open most (the bacheca, the lists and pages of ideas, practices, opportunities and events,
    /// profiles): for visitors as <see cref="Policy"/>, and for a signed-in member their own copy, kept for that member
    /// alone, on that device, for <see cref="MemberLifetime"/> (see <see cref="MemberPagePolicy"/>). It carries the
    /// page's content tags too, so a change that reaches visitors at once reaches the member's copy at once.
    /// </summary>
    public const string MemberPolicy = "member-page";

    /// <summary>On every cached page: evicting it empties the whole page cache.</summary>
    public const string All = "pages";
    public const string Home = "home";
    public const string Ideas = "ideas";
    public const string Practices = "practices";
    public const string Opportunities = "opportunities";
    public const string Companies = "companies";
    public const string Members = "members";
    public const string Events = "events";

    /// <summary>Where notices wait for the page after a redirect (ASP.NET Core's cookie TempData).</summary>
    public const string TempDataCookie = ".AspNetCore.Mvc.CookieTempDataProvider";

    /// <summary>Times shown as "2 ore fa" and deadlines move on their own: no page is older than this.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long a member's own page is kept: what others do reaches it within this time (as on any social network's
    /// feed); what the member does, and a notification for them, drops it at once (<see cref="MemberPages"/>).
    /// </summary>
    public static readonly TimeSpan MemberLifetime = TimeSpan.FromSeconds(30);

    /// <summary>What cached pages may take of the instance's memory.</summary>
    public const long MemoryLimitBytes = 64L * 1024 * 1024;

    /// <summary>On every page kept for one member.</summary>
    public static string MemberTag(Guid memberId) => $"member:{memberId:N}";

    /// <summary>On the kept copies of a conversation and of the lists that show it: a change to its messages drops them.</summary>
    public static string ConversationTag(Guid conversationId) => $"conversation:{conversationId:N}";

    /// <summary>Adds tags to the page being answered, when it is one the cache may keep (tags known only once the page is read).</summary>
    public static void TagPage(HttpContext context, IEnumerable<string> tags)
    {
        if (context.Features.Get<IOutputCacheFeature>()?.Context is { } page)
        {
            foreach (var tag in tags)
            {
                page.Tags.Add(tag);
            }
        }
    }

    public static IServiceCollection AddClubCaching(this IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration.GetConnectionString("Redis");
        if (!string.IsNullOrWhiteSpace(redis))
        {
            // The second level of the hybrid cache and the page cache, shared by every instance.
            services.AddStackExchangeRedisCache(options => (options.Configuration, options.InstanceName) = (redis, "club:"));
            services.AddStackExchangeRedisOutputCache(options => (options.Configuration, options.InstanceName) = (redis, "club:pages:"));
        }

        services.AddHybridCache();
        services.AddSingleton<MemberPagesInterceptor>();
        services.AddOutputCache(options =>
        {
            // Pages vary by their query string, which visitors choose: the memory they take is bounded, and the
            // entries beyond it are dropped, not added. (With Redis, its maxmemory policy bounds the shared copy.)
            options.SizeLimit = MemoryLimitBytes;
            options.MaximumBodySize = 1024 * 1024;
            options.AddPolicy(Policy, new PublicPagePolicy());
            options.AddPolicy(MemberPolicy, new MemberPagePolicy(new PublicPagePolicy()));
        });
        return services;
    }

    /// <summary>The page tags a command declares it may change (<see cref="ChangesPagesAttribute"/>); none for a query or a command that changes no public page.</summary>
    public static string[] TagsChangedBy(Type command) => command.GetCustomAttribute<ChangesPagesAttribute>()?.Pages is { } pages ? TagsOf(pages) : [];

    public static string[] TagsOf(PublicPages pages) => pages.HasFlag(PublicPages.Everything)
        ? [All]
        : [.. new (PublicPages Pages, string Tag)[]
            {
                (PublicPages.Home, Home), (PublicPages.Ideas, Ideas), (PublicPages.Practices, Practices),
                (PublicPages.Opportunities, Opportunities), (PublicPages.Companies, Companies), (PublicPages.Members, Members),
                (PublicPages.Events, Events),
            }.Where(t => pages.HasFlag(t.Pages)).Select(t => t.Tag)];

    /// <summary>
    /// What every kept page shares: looked up and stored when <paramref name="eligible"/>, one rendering at a time per key,
    /// for <paramref name="lifetime"/>, varying by query, language and htmx requests, dropped with the whole cache.
    /// </summary>
    private static void KeepLikeAPage(OutputCacheContext context, bool eligible, TimeSpan lifetime)
    {
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = eligible;
        context.AllowCacheStorage = eligible;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.HeaderNames = new StringValues(["HX-Request", "HX-Target"]);
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        context.Tags.Add(All);
    }

    /// <summary>
    /// A member's page kept for them: looked up for a signed-in GET or HEAD that carries the device's antiforgery
    /// cookie (the page's forms hold tokens that only that cookie and that member validate, so the key holds both),
    /// with no notice waiting; varies like a public page and by member; stored only as a plain 200 that sets no
    /// cookie (a renewed sign-in or a first antiforgery cookie is not kept). Visitors get <paramref name="visitors"/>.
    /// </summary>
    private sealed class MemberPagePolicy(IOutputCachePolicy visitors) : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            if (http.User.Identity?.IsAuthenticated != true || http.User.MemberIdOrNull() is not { } member)
            {
                return visitors.CacheRequestAsync(context, cancellation);
            }

            var device = http.Request.Cookies[http.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name!];
            var eligible = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
                && !string.IsNullOrEmpty(device)
                && !http.Request.Cookies.ContainsKey(TempDataCookie);
            KeepLikeAPage(context, eligible, MemberLifetime);
            context.CacheVaryByRules.VaryByValues["member"] = member.ToString("N");
            // The cookie's digest, not the cookie: the key may be stored in Redis.
            context.CacheVaryByRules.VaryByValues["device"] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(device ?? "")));
            context.Tags.Add(MemberTag(member));
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            if (context.HttpContext.User.Identity?.IsAuthenticated != true)
            {
                return visitors.ServeResponseAsync(context, cancellation);
            }

            var response = context.HttpContext.Response;
            if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }
    }

    /// <summary>
    /// Looks a page up only for an anonymous GET or HEAD; varies by query, language and htmx requests;
    /// stores only a plain 200 that sets no cookie and was not marked private (an antiforgery token does that).
    /// </summary>
    private sealed class PublicPagePolicy : IOutputCachePolicy
    {

        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            var eligible = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
                && http.User.Identity?.IsAuthenticated != true
                && !http.Request.Headers.ContainsKey("Authorization")
                // A notice waiting to be shown after a redirect ("you are signed out") is for this visitor only.
                && !http.Request.Cookies.ContainsKey(TempDataCookie);
            KeepLikeAPage(context, eligible, Lifetime);
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            if (response.StatusCode != StatusCodes.Status200OK
                || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)
                || response.Headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase))
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>
/// After a command, drops the cached pages it may have changed; then visitors see the change at once. A command that
/// changes every page (a member suspended, a role renamed) drops the cached query answers too (leaderboards, figures).
/// </summary>
public sealed class EvictPagesBehavior<TMessage, TResponse>(IOutputCacheStore pages, Microsoft.Extensions.Caching.Hybrid.HybridCache queries)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly string[] Tags = PageCache.TagsChangedBy(typeof(TMessage));

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        if (message is IBaseCommand)
        {
            foreach (var tag in Tags)
            {
                await pages.EvictByTagAsync(tag, CancellationToken.None);
            }

            if (Tags.Contains(PageCache.All))
            {
                await queries.RemoveByTagAsync(Application.Common.Behaviors.ICachedQuery.Tag, CancellationToken.None);
            }
        }

        return response;
    }
}
