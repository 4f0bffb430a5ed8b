using System.Net.Http.Headers;
using ClubMediaSociali.Tests.Infrastructure;

namespace ClubMediaSociali.Tests.Features.Performance;

/// <summary>Stylesheets and scripts travel compressed; pages, which carry tokens and members' words, do not (BREACH).</summary>
public sealed class CompressionTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Theory]
    [InlineData("/lib/bootstrap/css/bootstrap.min.css", "br")]
    [InlineData("/lib/htmx/htmx.min.js", "br")]
    [InlineData("/css/site.css", "gzip")]
    public async Task Stylesheets_and_scripts_are_compressed_for_browsers_that_accept_it(string path, string encoding)
    {
        using var client = Fixture.Factory.CreateDefaultClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        using var response = await client.SendAsync(request);

        response.EnsureSuccessStatusCode();
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Pages_are_not_compressed()
    {
        using var client = Fixture.Factory.CreateDefaultClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/accesso");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        using var response = await client.SendAsync(request);

        response.EnsureSuccessStatusCode();
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }
}
