using ClubMediaSociali.Tests.Infrastructure;
using ClubMediaSociali.Web.Infrastructure;

namespace ClubMediaSociali.Tests.Features.Startup;

/// <summary>A returning reader's browser asks again for none of the site's style sheets and scripts, yet a new version reaches it at once.</summary>
public sealed class StaticFileCachingTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task Every_style_sheet_and_script_a_page_links_is_versioned_and_kept_a_year()
    {
        var member = await Fixture.CreateMemberAsync();
        using var client = await Fixture.SignedInClientAsync(member);
        var page = await client.GetDocumentAsync("/");
        string[] files =
        [
            .. page.QuerySelectorAll("link[rel=stylesheet], link[rel=icon]").Select(l => l.GetAttribute("href")!),
            .. page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!),
        ];
        Assert.Contains(files, f => f.StartsWith("/lib/bootstrap/css/bootstrap.min.css?v=", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("/lib/htmx/htmx.min.js?v=", StringComparison.Ordinal));

        foreach (var file in files)
        {
            Assert.Contains("?v=", file, StringComparison.Ordinal);
            using var response = await client.Http.GetAsync(new Uri(file, UriKind.Relative));
            Assert.True(response.IsSuccessStatusCode, file);
            Assert.Equal(StaticFileCaching.Versioned, response.Headers.CacheControl!.ToString());
        }
    }

    [Fact]
    public async Task A_file_asked_for_without_its_version_is_kept_an_hour_and_pages_are_not_kept_by_browsers_that_way()
    {
        using var client = Fixture.CreateClient();

        using var logo = await client.Http.GetAsync(new Uri("/img/logo-128.png", UriKind.Relative));
        Assert.Equal(StaticFileCaching.Unversioned, logo.Headers.CacheControl!.ToString());

        using var home = await client.Http.GetAsync(new Uri("/", UriKind.Relative));
        Assert.DoesNotContain("immutable", home.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
    }
}
