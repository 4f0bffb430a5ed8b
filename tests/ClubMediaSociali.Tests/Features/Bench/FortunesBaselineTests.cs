using System.Net;
using ClubMediaSociali.Tests.Infrastructure;

namespace ClubMediaSociali.Tests.Features.Bench;

public sealed class FortunesBaselineTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task The_baseline_page_exists_only_when_benchmarks_are_on()
    {
        using var off = await Fixture.CreateClient().Http.GetAsync("/bench/fortunes");
        Assert.Equal(HttpStatusCode.NotFound, off.StatusCode);

        await using var app = new ClubAppFactory(Fixture.Database.ConnectionString, new Dictionary<string, string> { ["Bench:Enabled"] = "true" });
        using var client = new BrowserLikeClient(app.CreateClient());
        var page = await client.GetDocumentAsync("/bench/fortunes");

        // Twelve stored fortunes and one added per request, sorted by message, every one of them escaped.
        var rows = page.QuerySelectorAll("tr").Skip(1).Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray()).ToList();
        Assert.Equal(13, rows.Count);
        Assert.Equal(rows.Select(r => r[1]).Order(StringComparer.Ordinal), rows.Select(r => r[1]));
        Assert.Contains(rows, r => r[0] == "0");
        Assert.Contains(rows, r => r[1] == "<script>alert('un commento che vuole troppo')</script>");
        Assert.Empty(page.QuerySelectorAll("body script"));
        Assert.Contains(rows, r => r[1].StartsWith("Àncora", StringComparison.Ordinal));
    }
}
