using System.Net;
using ClubMediaSociali.Tests.Infrastructure;

namespace ClubMediaSociali.Tests.Features.Security;

/// <summary>Each member has an allowance per minute for writing and for voting; beyond it the answer is 429 in Italian, for that member only.</summary>
public sealed class WriteRateLimitTests(ClubFixture fixture) : ClubTest(fixture)
{
    private const int Allowed = 2;

    [Theory]
    [InlineData("/idee/nuova")]
    [InlineData("/commenti")]
    [InlineData("/repertorio/nuova")]
    [InlineData("/aziende/nuova")]
    [InlineData("/aziende/nessuna/opportunita/nuova")]
    [InlineData("/opportunita/00000000-0000-0000-0000-000000000001/rispondi")]
    [InlineData("/idee/00000000-0000-0000-0000-000000000001/voto")]
    [InlineData("/repertorio/00000000-0000-0000-0000-000000000001/utile")]
    public async Task Beyond_the_allowance_a_member_gets_429_with_retry_after_and_another_member_does_not(string path)
    {
        var first = await Fixture.CreateMemberAsync();
        var second = await Fixture.CreateMemberAsync();
        await using var app = new ClubAppFactory(Fixture.Database.ConnectionString, new Dictionary<string, string>
        {
            ["RateLimits:ContributionsPerMinute"] = $"{Allowed}",
            ["RateLimits:VotesPerMinute"] = $"{Allowed}",
        });
        using var client = await SignInAsync(app, first);

        // The posts are empty or aim at nothing: the answers differ (form errors, not found), the allowance counts them all.
        for (var i = 0; i < Allowed; i++)
        {
            using var allowed = await client.PostAsync(path);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        using var refused = await client.PostAsync(path);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("60", refused.Headers.RetryAfter!.ToString());
        Assert.Equal("Troppi tentativi in poco tempo", (await BrowserLikeClient.ParseAsync(refused)).QuerySelector("h1")!.TextContent);

        using var other = await SignInAsync(app, second);
        using var othersPost = await other.PostAsync(path);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, othersPost.StatusCode);
    }

    internal static async Task<BrowserLikeClient> SignInAsync(ClubAppFactory app, ClubMediaSociali.Application.Domain.Members.Member member)
    {
        var client = new BrowserLikeClient(app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));
        using var signedIn = await client.SubmitAsync(await client.GetDocumentAsync("/accesso"), "form[action='/accesso']", new Dictionary<string, string>
        {
            ["Email"] = member.Email!,
            ["Password"] = ClubMediaSociali.Tests.Infrastructure.Accounts.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }
}
