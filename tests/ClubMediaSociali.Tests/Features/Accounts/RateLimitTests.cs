using System.Net;
using ClubMediaSociali.Tests.Infrastructure;

namespace ClubMediaSociali.Tests.Features.Accounts;

public sealed class RateLimitTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Theory]
    [InlineData("/accesso")]
    [InlineData("/iscriviti")]
    [InlineData("/account/password-dimenticata")]
    public async Task Too_many_attempts_from_one_address_get_429_with_retry_after(string path)
    {
        await using var app = new ClubAppFactory(Fixture.Database.ConnectionString, new Dictionary<string, string>
        {
            ["RateLimits:AccountsPerMinute"] = "3",
        });
        using var client = new BrowserLikeClient(app.CreateClient(new() { AllowAutoRedirect = false }));
        var form = await client.GetDocumentAsync(path);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.SubmitAsync(form, $"form[action='{path}']");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("60", response.Headers.RetryAfter!.ToString());
                var page = await BrowserLikeClient.ParseAsync(response);
                Assert.Equal("Troppi tentativi in poco tempo", page.QuerySelector("h1")!.TextContent);
            }
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(3));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
    }
}
