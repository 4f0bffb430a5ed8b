using System.Net;
using ClubMediaSociali.Tests.Infrastructure;

namespace ClubMediaSociali.Tests.Features.Accounts;

public sealed class SignInTests(ClubFixture fixture) : ClubTest(fixture)
{
    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> TrySignInAsync(BrowserLikeClient client, string email, string password)
    {
        var form = await client.GetDocumentAsync("/accesso");
        using var response = await client.SubmitAsync(form, "form[action='/accesso']", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await BrowserLikeClient.ParseAsync(response);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_address_get_the_same_answer()
    {
        var member = await Fixture.CreateMemberAsync();
        using var client = Fixture.CreateClient();

        var wrongPassword = await TrySignInAsync(client, member.Email!, "non è la password giusta");
        var unknown = await TrySignInAsync(client, "nessuno@esempio.it", "non è la password giusta");

        Assert.Equal("Email o password non corretti.", wrongPassword.QuerySelector(".form-summary li")!.TextContent);
        Assert.Equal("Email o password non corretti.", unknown.QuerySelector(".form-summary li")!.TextContent);
        Assert.Equal(member.Email, wrongPassword.QuerySelector("input[name='Email']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var member = await Fixture.CreateMemberAsync("Giada Rossi");
        using var client = await Fixture.SignedInClientAsync(member);
        var home = await client.GetDocumentAsync("/");
        Assert.Equal("Giada Rossi", home.QuerySelector(".member-name")!.TextContent);

        using var response = await client.SubmitAsync(home, "form[action='/esci']");

        var after = await client.FollowRedirectAsync(response);
        Assert.Null(after.QuerySelector(".member-name"));
    }

    [Fact]
    public async Task Sign_out_needs_a_signed_in_member_and_the_antiforgery_token()
    {
        using var anonymous = Fixture.CreateClient();
        var page = await anonymous.GetDocumentAsync("/aggiornamenti");
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var withToken = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        using var anonymousResponse = await anonymous.Http.PostAsync(new Uri("/esci", UriKind.Relative), withToken);
        Assert.Equal(HttpStatusCode.Redirect, anonymousResponse.StatusCode);
        Assert.StartsWith("/accesso", anonymousResponse.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);

        var member = await Fixture.CreateMemberAsync();
        using var client = await Fixture.SignedInClientAsync(member);
        using var noToken = new FormUrlEncodedContent(new Dictionary<string, string>());
        using var forged = await client.Http.PostAsync(new Uri("/esci", UriKind.Relative), noToken);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }
}

internal static class UriExtensions
{
    public static string PathAndQuery(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
