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

    [Theory]
    [InlineData("/errore/-1")]
    [InlineData("/errore/0")]
    [InlineData("/errore/1000")]
    [InlineData("/errore/101")]
    [InlineData("/errore/204")]
    [InlineData("/errore/302")]
    [InlineData("/errore/500")]
    [InlineData("/errore/503")]
    [InlineData("/errore")]
    public async Task The_error_page_typed_as_an_address_is_a_plain_not_found_whatever_code_it_names(string url)
    {
        using var client = Fixture.CreateClient();

        var page = await client.GetDocumentAsync(url, HttpStatusCode.NotFound);

        Assert.Equal("Questa pagina non c'è", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_request_that_fails_still_gets_the_error_page_with_its_own_code()
    {
        using var client = Fixture.CreateClient();

        // A NUL in the address is refused before routing with a 400, shown on the friendly page.
        var page = await client.GetDocumentAsync("/idee?q=%00", HttpStatusCode.BadRequest);

        Assert.NotNull(page.QuerySelector(".correlation code"));
        Assert.NotEqual("Questa pagina non c'è", page.QuerySelector("h1")!.TextContent);
    }
}
