using System.Net;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.Net.Http.Headers;

namespace ClubMediaSociali.Tests.Features.Security;

/// <summary>Every kind of response tells the browser what it may run, frame and sniff; cookies are bound to the host.</summary>
public sealed class SecurityHeadersTests(ClubFixture fixture) : ClubTest(fixture)
{
    // A real host name: HSTS is never sent to localhost, by design of the middleware.
    private static readonly Uri Site = new("https://club.example");

    [Theory]
    [InlineData("GET", "/", HttpStatusCode.OK)]
    [InlineData("GET", "/idee", HttpStatusCode.OK)]
    [InlineData("GET", "/css/site.css", HttpStatusCode.OK)]
    [InlineData("GET", "/pagina-che-non-esiste", HttpStatusCode.NotFound)]
    [InlineData("POST", "/accesso", HttpStatusCode.BadRequest)]
    [InlineData("GET", "/notifiche", HttpStatusCode.Redirect)]
    public async Task Every_kind_of_response_carries_the_security_headers(string method, string path, HttpStatusCode status)
    {
        using var client = Fixture.Factory.CreateClient(new() { BaseAddress = Site, AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new FormUrlEncodedContent([]);
        }

        using var response = await client.SendAsync(request);
        Assert.Equal(status, response.StatusCode);

        var csp = response.Headers.GetValues(HeaderNames.ContentSecurityPolicy).Single();
        var directives = csp.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d);
        Assert.Equal("script-src 'self'", directives["script-src"]);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("frame-ancestors 'none'", directives["frame-ancestors"]);
        Assert.Equal("object-src 'none'", directives["object-src"]);
        Assert.Equal("nosniff", response.Headers.GetValues(HeaderNames.XContentTypeOptions).Single());
        Assert.Equal("DENY", response.Headers.GetValues(HeaderNames.XFrameOptions).Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.StartsWith("max-age=", response.Headers.GetValues(HeaderNames.StrictTransportSecurity).Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_local_runs_the_session_and_form_cookies_are_host_bound_and_secure()
    {
        var member = await Fixture.CreateMemberAsync();
        await using var app = new ClubAppFactory(Fixture.Database.ConnectionString, new Dictionary<string, string> { ["Site:SecureCookies"] = "true" });
        using var client = new BrowserLikeClient(app.CreateClient(new() { BaseAddress = Site, AllowAutoRedirect = false, HandleCookies = true }));

        using var signInPage = await client.Http.GetAsync(new Uri("/accesso", UriKind.Relative));
        var formCookie = Assert.Single(SetCookies(signInPage), c => c.StartsWith("__Host-club.af=", StringComparison.Ordinal));
        AssertHostBound(formCookie);

        var form = await BrowserLikeClient.ParseAsync(signInPage);
        using var signedIn = await client.SubmitAsync(form, "form[action='/accesso']", new Dictionary<string, string>
        {
            ["Email"] = member.Email!,
            ["Password"] = ClubMediaSociali.Tests.Infrastructure.Accounts.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        AssertHostBound(Assert.Single(SetCookies(signedIn), c => c.StartsWith("__Host-club=", StringComparison.Ordinal)));
        Assert.DoesNotContain(SetCookies(signedIn), c => c.StartsWith("club.auth=", StringComparison.Ordinal));
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues(HeaderNames.SetCookie, out var values) ? values : [];

    /// <summary>What the __Host- prefix demands, and what keeps the cookie from scripts and other sites.</summary>
    private static void AssertHostBound(string cookie)
    {
        var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
        Assert.Contains("secure", attributes);
        Assert.Contains("path=/", attributes);
        Assert.Contains("httponly", attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal));
        Assert.Contains(attributes, a => a is "samesite=lax" or "samesite=strict");
    }
}
