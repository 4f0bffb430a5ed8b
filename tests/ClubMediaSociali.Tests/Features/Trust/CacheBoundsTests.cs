using System.Net;
using ClubMediaSociali.Tests.Infrastructure;
using ClubMediaSociali.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ClubMediaSociali.Tests.Features.Trust;

/// <summary>
/// Every cache whose key a visitor or member can choose is bounded. The audit: the page cache varies by query
/// string (bounded in memory here); the cached queries vary by language, period and leaderboard group (only
/// groups that exist reach it); visit tracking and unread counts are keyed by the signed-in member's id.
/// </summary>
public sealed class CacheBoundsTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task A_leaderboard_group_that_does_not_exist_is_a_404_and_a_real_one_is_shown()
    {
        using var visitor = Fixture.CreateClient();

        foreach (var madeUp in new[] { "zzzz", "social-media-x", "a-b-c-d-e-f" })
        {
            using var answer = await visitor.Http.GetAsync(new Uri($"/leader?gruppo={madeUp}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        }

        using var real = await visitor.Http.GetAsync(new Uri("/leader?gruppo=social-media", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, real.StatusCode);
    }

    [Fact]
    public void The_page_cache_keeps_to_a_memory_limit_whatever_query_strings_visitors_send()
    {
        var options = Fixture.Factory.Services.GetRequiredService<IOptions<OutputCacheOptions>>().Value;

        Assert.Equal(PageCache.MemoryLimitBytes, options.SizeLimit);
        Assert.True(options.MaximumBodySize <= 1024 * 1024);
    }
}
