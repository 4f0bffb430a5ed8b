using System.Net;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Features.Security;

/// <summary>What slows scripts down without bothering people: a minimum fill time on sign-up, a ceiling per address on writes, few links from newcomers.</summary>
public sealed class AntiAbuseTests(ClubFixture fixture) : ClubTest(fixture)
{
    private const string Quick = "Hai inviato il modulo molto in fretta";

    private static Dictionary<string, string> SignUpForm(string email) => new()
    {
        ["DisplayName"] = "Ilaria Svelta",
        ["Email"] = email,
        ["Password"] = "nebbia sulle colline del monferrato",
        ["PrimaryRoleId"] = "3",
        ["AcceptTerms"] = "true",
    };

    [Fact]
    public async Task A_sign_up_sent_back_at_once_is_shown_again_with_what_was_typed_and_goes_through_after_a_few_seconds()
    {
        var clock = new TestClock();
        await using var app = new ClubAppFactory(
            Fixture.Database.ConnectionString,
            new Dictionary<string, string> { ["Security:SignUpMinimumSeconds"] = "3" },
            services => services.AddSingleton<TimeProvider>(clock));
        using var client = new BrowserLikeClient(app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));

        using var tooQuick = await client.SubmitAsync(await client.GetDocumentAsync("/iscriviti"), "form[action='/iscriviti']", SignUpForm("ilaria@esempio.it"));

        Assert.Equal(HttpStatusCode.OK, tooQuick.StatusCode);
        var again = await BrowserLikeClient.ParseAsync(tooQuick);
        Assert.Contains(Quick, again.QuerySelector(".form-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Ilaria Svelta", again.QuerySelector("input[name='DisplayName']")!.GetAttribute("value"));
        Assert.Equal("ilaria@esempio.it", again.QuerySelector("input[name='Email']")!.GetAttribute("value"));
        Assert.False(await Fixture.QueryDbAsync(db => db.Users.AnyAsync(m => m.Email == "ilaria@esempio.it")));

        // The form shown again carries a fresh stamp; a person reads the message and sends it a few seconds later.
        clock.Advance(TimeSpan.FromSeconds(4));
        using var sent = await client.SubmitAsync(again, "form[action='/iscriviti']", new Dictionary<string, string> { ["Password"] = "nebbia sulle colline del monferrato" });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.True(await Fixture.QueryDbAsync(db => db.Users.AnyAsync(m => m.Email == "ilaria@esempio.it")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("CfDJ8-non-un-timbro-nostro")]
    public async Task A_sign_up_without_a_stamp_of_ours_creates_nothing(string? stamp)
    {
        await using var app = new ClubAppFactory(Fixture.Database.ConnectionString, new Dictionary<string, string> { ["Security:SignUpMinimumSeconds"] = "3" });
        using var client = new BrowserLikeClient(app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));
        var form = await client.GetDocumentAsync("/iscriviti");
        var stampField = form.QuerySelector("input[name='FormStarted']")!;
        if (stamp is null)
        {
            stampField.Remove();
        }
        else
        {
            stampField.SetAttribute("value", stamp);
        }

        using var response = await client.SubmitAsync(form, "form[action='/iscriviti']", SignUpForm("script@esempio.it"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Quick, (await BrowserLikeClient.ParseAsync(response)).QuerySelector(".form-summary")!.TextContent, StringComparison.Ordinal);
        Assert.False(await Fixture.QueryDbAsync(db => db.Users.AnyAsync(m => m.Email == "script@esempio.it")));
    }

    [Fact]
    public async Task Writes_from_one_address_share_a_ceiling_whoever_is_signed_in()
    {
        var first = await Fixture.CreateMemberAsync();
        var second = await Fixture.CreateMemberAsync();
        await using var app = new ClubAppFactory(Fixture.Database.ConnectionString, new Dictionary<string, string> { ["RateLimits:WritesPerAddressPerMinute"] = "6" });
        // Two sign-ins and two posts each: six writes from the same address, each member well within their own allowance.
        using var one = await WriteRateLimitTests.SignInAsync(app, first);
        using var two = await WriteRateLimitTests.SignInAsync(app, second);
        foreach (var client in new[] { one, two, one, two })
        {
            using var allowed = await client.PostAsync("/commenti");
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        using var refused = await two.PostAsync("/commenti");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null, refused.ToString());
        Assert.Equal("60", refused.Headers.RetryAfter!.ToString());
        Assert.Equal("Troppi tentativi in poco tempo", (await BrowserLikeClient.ParseAsync(refused)).QuerySelector("h1")!.TextContent);

        // Reading is never limited by it.
        using var page = await one.Http.GetAsync(new Uri("/idee", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    private static string Links(int count) =>
        "Ecco dove approfondire: " + string.Join(", ", Enumerable.Range(1, count).Select(i => $"https://fonte{i}.example/articolo"));

    private static Dictionary<string, string> IdeaForm(string body) => new()
    {
        ["Title"] = "Una raccolta di fonti sul marketing locale",
        ["Body"] = body,
    };

    [Fact]
    public async Task A_newcomer_may_put_two_links_in_an_idea_and_is_told_clearly_when_there_are_more()
    {
        var newcomer = await Fixture.CreateMemberAsync();
        using var client = await Fixture.SignedInClientAsync(newcomer);

        using var refused = await client.SubmitAsync(await client.GetDocumentAsync("/idee/nuova"), "form[action='/idee/nuova']", IdeaForm(Links(3)));

        var page = await BrowserLikeClient.ParseAsync(refused);
        Assert.Equal(
            "Finché sei nuovo nel Club puoi mettere al massimo 2 link in un testo, e qui ce ne sono 3. Il limite cade con 10 punti di reputazione o con una pratica pubblicata nel repertorio.",
            page.QuerySelector("#Body-errore")!.TextContent);
        Assert.Equal(Links(3), page.QuerySelector("textarea[name='Body']")!.TextContent.Trim());
        Assert.False(await Fixture.QueryDbAsync(db => db.Ideas.AnyAsync(i => i.AuthorId == newcomer.Id)));

        using var accepted = await client.SubmitAsync(await client.GetDocumentAsync("/idee/nuova"), "form[action='/idee/nuova']", IdeaForm(Links(2)));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Fact]
    public async Task A_member_the_club_trusts_links_freely_and_a_newcomers_profile_is_held_to_the_same_limit()
    {
        var trusted = await Fixture.CreateMemberAsync();
        await Fixture.TrustAsync(trusted);
        using var trustedClient = await Fixture.SignedInClientAsync(trusted);
        using var accepted = await trustedClient.SubmitAsync(await trustedClient.GetDocumentAsync("/idee/nuova"), "form[action='/idee/nuova']", IdeaForm(Links(5)));
        Assert.True(accepted.StatusCode == HttpStatusCode.Redirect, string.Join(" | ", (await BrowserLikeClient.ParseAsync(accepted)).QuerySelectorAll(".field-error, .form-summary").Select(e => e.TextContent)));

        var newcomer = await Fixture.CreateMemberAsync();
        using var client = await Fixture.SignedInClientAsync(newcomer);
        using var profile = await client.SubmitAsync(await client.GetDocumentAsync("/profilo/modifica"), "form[action='/profilo/modifica']", new Dictionary<string, string> { ["Bio"] = Links(4) });
        var page = await BrowserLikeClient.ParseAsync(profile);
        Assert.Contains("qui ce ne sono 4", page.QuerySelector("#Bio-errore")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == newcomer.Id).Select(m => m.BioMarkdown).SingleAsync()));
    }
}
