using System.Net;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

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
        }, services => services.AddSingleton<TimeProvider>(new TestClock())); // one window aligned to the clock for all four attempts
        using var client = new BrowserLikeClient(app.CreateClient(new() { AllowAutoRedirect = false }));
        var form = await client.GetDocumentAsync(path);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.SubmitAsync(form, $"form[action='{path}']");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.InRange(int.Parse(response.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
                // The form comes back, with the message saying when to retry.
                var page = await BrowserLikeClient.ParseAsync(response);
                Assert.NotNull(page.QuerySelector($"form[action='{path}']"));
                Assert.Contains("riprova tra", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
            }
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(3));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
    }
}
