using System.Net;
using ClubMediaSociali.Tests.Infrastructure;

namespace ClubMediaSociali.Tests.Features.Errors;

public sealed class ErrorPageTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task Unknown_address_shows_the_friendly_italian_page_with_a_reference_code()
    {
        using var client = Fixture.CreateClient();

        var page = await client.GetDocumentAsync("/questa-pagina-non-esiste", HttpStatusCode.NotFound);

        Assert.Equal("Questa pagina non c'è", page.QuerySelector("h1")!.TextContent);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector(".correlation code")!.TextContent));
        Assert.NotNull(page.QuerySelector("a[href='/']"));
    }
}
