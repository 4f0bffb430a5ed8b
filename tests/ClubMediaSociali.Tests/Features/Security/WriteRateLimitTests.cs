using System.Globalization;
using System.Net;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Features.Security;

/// <summary>
/// Each member has an allowance per minute for writing and for voting. Votes beyond it get a 429 in Italian; a
/// contribution beyond it comes back as a form with what was typed and when to retry, and only accepted
/// contributions count. Another member is not affected.
/// </summary>
public sealed class WriteRateLimitTests(ClubFixture fixture) : ClubTest(fixture)
{
    private const int Allowed = 2;

    [Theory]
    [InlineData("/idee/00000000-0000-0000-0000-000000000001/voto")]
    [InlineData("/repertorio/00000000-0000-0000-0000-000000000001/utile")]
    public async Task Beyond_the_vote_allowance_a_member_gets_429_with_retry_after_and_another_member_does_not(string path)
    {
        var first = await Fixture.CreateMemberAsync();
        var second = await Fixture.CreateMemberAsync();
        await using var app = new ClubAppFactory(Fixture.Database.ConnectionString, new Dictionary<string, string> { ["RateLimits:VotesPerMinute"] = $"{Allowed}" });
        using var client = await SignInAsync(app, first);

        // The posts aim at nothing: the answers are "not found", the allowance counts them all.
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

    [Fact]
    public async Task Only_accepted_contributions_count_and_beyond_the_allowance_the_form_comes_back_with_what_was_typed()
    {
        var first = await Fixture.CreateMemberAsync();
        var second = await Fixture.CreateMemberAsync();
        await using var app = new ClubAppFactory(Fixture.Database.ConnectionString, new Dictionary<string, string> { ["RateLimits:ContributionsPerMinute"] = $"{Allowed}" },
            services => services.AddSingleton<TimeProvider>(new TestClock())); // the counted window is aligned to the clock: stopped, it holds every post
        using var client = await SignInAsync(app, first);

        for (var i = 0; i < Allowed + 2; i++)
        {
            using var invalid = await PostIdeaAsync(client, "");
            Assert.Equal(HttpStatusCode.OK, invalid.StatusCode); // a message beside the title, and not counted
        }

        for (var i = 0; i < Allowed; i++)
        {
            using var accepted = await PostIdeaAsync(client, $"Idea accettata {i}");
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        }

        using var refused = await PostIdeaAsync(client, "Un'idea di troppo");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(int.Parse(refused.Headers.RetryAfter!.ToString(), CultureInfo.InvariantCulture), 1, 60);
        var page = await BrowserLikeClient.ParseAsync(refused);
        Assert.Equal("Un'idea di troppo", page.QuerySelector("form[action='/idee/nuova'] input[name='Title']")!.GetAttribute("value"));
        Assert.Contains("riprova tra", page.QuerySelector(".form-summary")!.TextContent, StringComparison.Ordinal);

        using var other = await SignInAsync(app, second);
        using var othersIdea = await PostIdeaAsync(other, "L'idea di un altro");
        Assert.Equal(HttpStatusCode.Redirect, othersIdea.StatusCode);
    }

    [Fact]
    public async Task Every_contribution_form_beyond_the_allowance_keeps_what_was_typed_and_says_when_to_retry()
    {
        var member = await Fixture.CreateMemberAsync();
        var idea = Build.Idea((await Fixture.CreateMemberAsync()).Id);
        var (company, representatives) = Build.Company(representativeIds: member.Id);
        var (otherCompany, _) = Build.Company();
        var opportunity = Build.Opportunity(companyId: otherCompany.Id);
        opportunity.PublishedAt = DateTimeOffset.UtcNow;
        await Fixture.InsertAsync([idea, company, .. representatives, otherCompany, opportunity]);
        await using var app = new ClubAppFactory(Fixture.Database.ConnectionString, new Dictionary<string, string> { ["RateLimits:ContributionsPerMinute"] = "0" });
        using var client = await SignInAsync(app, member);
        const string Typed = "Testo scritto con cura";
        var forms = new (string Page, string Selector, string Field, Dictionary<string, string> Values)[]
        {
            ("/idee/nuova", "form[action='/idee/nuova']", "Title", new() { ["Title"] = Typed, ["Body"] = "Perché serve." }),
            ($"/idee/{idea.Id}", "form.comment-form", "Body", new() { ["Body"] = Typed }),
            ("/repertorio/nuova?tipo=Method", "form[action='/repertorio/nuova']", "Title", new() { ["Kind"] = "Method", ["Level"] = "Introductory", ["Title"] = Typed, ["Summary"] = "In breve.", ["Steps"] = "Ascoltare\nRispondere" }),
            ("/aziende/nuova", "form[action='/aziende/nuova']", "Name", new() { ["Name"] = Typed, ["Kind"] = "Company", ["Sector"] = "Turismo", ["Size"] = "Small", ["Region"] = "Lombardia", ["Description"] = "Chi siamo." }),
            ($"/aziende/{company.Slug}/opportunita/nuova", "form.opportunity-form", "Title", new() { ["Title"] = Typed, ["Kind"] = nameof(OpportunityKind.Project), ["Region"] = "Lombardia", ["Description"] = "Che cosa cerchiamo." }),
            ($"/opportunita/{opportunity.Id}", "form.response-form", "Message", new() { ["Message"] = Typed }),
        };

        foreach (var (path, selector, field, values) in forms)
        {
            using var refused = await client.SubmitAsync(await client.GetDocumentAsync(path), selector, values);

            Assert.True(refused.StatusCode == HttpStatusCode.TooManyRequests, $"{path}: {refused.StatusCode}");
            var page = await BrowserLikeClient.ParseAsync(refused);
            var kept = page.QuerySelector($"form[method='post'] [name='{field}']")!;
            Assert.Equal(Typed, kept.LocalName == "textarea" ? kept.TextContent.Trim() : kept.GetAttribute("value"));
            Assert.Contains("riprova tra", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(1, await Fixture.QueryDbAsync(db => db.Ideas.CountAsync()));
    }

    private static Task<HttpResponseMessage> PostIdeaAsync(BrowserLikeClient client, string title) =>
        client.PostAsync("/idee/nuova", new Dictionary<string, string> { ["Title"] = title, ["Body"] = "Perché servirebbe al Club." });

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
