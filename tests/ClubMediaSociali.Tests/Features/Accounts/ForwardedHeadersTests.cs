using System.Net;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Features.Accounts;

public sealed class ForwardedHeadersTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Theory]
    [InlineData("10.0.0.1", false)]
    [InlineData("10.0.0.9", true)]
    public async Task Rate_limits_follow_the_forwarded_client_only_behind_a_configured_proxy(string peer, bool sharedLimit)
    {
        await using var app = new ClubAppFactory(
            Fixture.Database.ConnectionString,
            new Dictionary<string, string> { ["RateLimits:AccountsPerMinute"] = "1", ["ForwardedHeaders:KnownProxies"] = "10.0.0.1" },
            services =>
            {
                services.AddSingleton<IStartupFilter>(new Peer(IPAddress.Parse(peer)));
                // The counted windows are aligned to the clock: a stopped one keeps the three attempts in one window.
                services.AddSingleton<TimeProvider>(new TestClock());
            });
        using var client = new BrowserLikeClient(app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));

        var first = await SignInFromAsync(client, "203.0.113.1");
        var second = await SignInFromAsync(client, "203.0.113.2");
        var firstAgain = await SignInFromAsync(client, "203.0.113.1");

        // From the proxy, each client it forwards has its own limit; from anyone else the header is a
        // claim nobody vouches for, so every request counts against the peer's own address.
        Assert.NotEqual(HttpStatusCode.TooManyRequests, first);
        Assert.Equal(sharedLimit ? HttpStatusCode.TooManyRequests : first, second);
        Assert.Equal(HttpStatusCode.TooManyRequests, firstAgain);
    }

    private static async Task<HttpStatusCode> SignInFromAsync(BrowserLikeClient client, string address)
    {
        client.Http.DefaultRequestHeaders.Remove("X-Forwarded-For");
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        using var response = await client.SubmitAsync(await client.GetDocumentAsync("/accesso"), "form[action='/accesso']",
            new Dictionary<string, string> { ["Email"] = "chi@esempio.it", ["Password"] = "una password qualsiasi" });
        return response.StatusCode;
    }
}
