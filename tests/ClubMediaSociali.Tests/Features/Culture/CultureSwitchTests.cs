using System.Net;
using ClubMediaSociali.Tests.Infrastructure;

namespace ClubMediaSociali.Tests.Features.Culture;

public sealed class CultureSwitchTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task Choosing_english_shows_the_site_in_english_and_remembers_it()
    {
        using var client = Fixture.CreateClient();
        var home = await client.GetDocumentAsync("/");

        using var response = await client.SubmitAsync(home, "form.culture-switcher", submitterSelector: "button[value='en']");

        var english = await client.FollowRedirectAsync(response);
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Four networks, one club", english.QuerySelector("#reti-titolo")!.TextContent);
        Assert.Contains("Sign up", english.QuerySelector(".site-header")!.TextContent, StringComparison.Ordinal);

        var later = await client.GetDocumentAsync("/privacy");
        Assert.Equal("Privacy notice", later.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Validation_messages_follow_the_chosen_language()
    {
        using var client = Fixture.CreateClient();
        var home = await client.GetDocumentAsync("/");
        using var switched = await client.SubmitAsync(home, "form.culture-switcher", submitterSelector: "button[value='en']");
        var form = await client.GetDocumentAsync("/aggiornamenti");

        using var response = await client.SubmitAsync(form, "form[action='/aggiornamenti']", new Dictionary<string, string> { ["Email"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserLikeClient.ParseAsync(response);
        Assert.Equal("Please enter your email address.", page.QuerySelector("#Email-errore")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_unknown_language_or_a_foreign_return_address_is_ignored()
    {
        using var client = Fixture.CreateClient();
        using var response = await client.Http.GetAsync(new Uri("/lingua?culture=xx&returnUrl=https%3A%2F%2Faltrove.example%2F", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        var page = await client.GetDocumentAsync("/");
        Assert.Equal("it", page.DocumentElement.GetAttribute("lang"));
    }
}
