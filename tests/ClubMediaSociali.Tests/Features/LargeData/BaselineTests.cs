using System.Net;
using AngleSharp.Html.Parser;
using ClubMediaSociali.Tests.Infrastructure;
using ClubMediaSociali.Tools.Baseline;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Features.LargeData;

public sealed class BaselineTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task The_tools_serve_the_baseline_page_through_the_Clubs_pipeline_and_the_Club_has_no_bench_page_or_table()
    {
        using (var club = Fixture.CreateClient())
        {
            using var none = await club.Http.GetAsync("/bench/fortunes");
            Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        }

        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Database
            .SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE '%fortune%'").SingleAsync()));

        await using var baseline = BaselineCommand.Build(
            ["--environment", "Testing", "--urls", "http://127.0.0.1:0", "--Site:BaseUrl", "http://localhost"], Fixture.Database.ConnectionString);
        try
        {
            await using (var scope = baseline.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<FortunesDbContext>().EnsureAsync(CancellationToken.None);
            }

            await baseline.StartAsync();
            var address = baseline.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            using var http = new HttpClient { BaseAddress = new Uri(address) };
            using var response = await http.GetAsync("/bench/fortunes");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            // The Club's own middleware answered: its security headers are on the baseline page too.
            Assert.True(response.Headers.Contains("Content-Security-Policy"));
            var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

            // Twelve stored fortunes and one added per request, sorted by message, every one of them escaped.
            var rows = page.QuerySelectorAll("tr").Skip(1).Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray()).ToList();
            Assert.Equal(13, rows.Count);
            Assert.Equal(rows.Select(r => r[1]).Order(StringComparer.Ordinal), rows.Select(r => r[1]));
            Assert.Contains(rows, r => r[0] == "0");
            Assert.Contains(rows, r => r[1] == "<script>alert('un commento che vuole troppo')</script>");
            Assert.Empty(page.QuerySelectorAll("body script"));
            Assert.Contains(rows, r => r[1].StartsWith("Àncora", StringComparison.Ordinal));
        }
        finally
        {
            await baseline.StopAsync();
            await Fixture.QueryDbAsync(db => db.Database.ExecuteSqlRawAsync("DROP SCHEMA bench CASCADE"));
        }
    }
}
