using System.Net;
using ClubMediaSociali.Application.Domain.Network;
using ClubMediaSociali.Application.Features.Following;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Following;

public sealed class FollowingTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task A_member_follows_a_person_a_company_and_a_tag_from_their_pages_and_finds_them_in_chi_seguo()
    {
        var me = await Fixture.CreateMemberAsync("Marta Seguace");
        var giulia = await Fixture.CreateMemberAsync("Giulia Seguita");
        var (company, ties) = Build.Company("Frantoio Seguito");
        await Fixture.InsertAsync([company, .. ties]);
        using var client = await Fixture.SignedInClientAsync(me);

        // Without JavaScript: the form, then back to the page, now saying "Segui già".
        var profile = await client.GetDocumentAsync($"/membri/{giulia.Handle}");
        using var followed = await client.SubmitAsync(profile, $"form[action='/membri/{giulia.Handle}/segui']");
        Assert.Equal($"/membri/{giulia.Handle}", followed.Headers.Location!.OriginalString);
        var again = await client.FollowRedirectAsync(followed);
        Assert.Equal("Segui già", again.QuerySelector($"form[action='/membri/{giulia.Handle}/segui'] button")!.TextContent.Trim());
        Assert.Equal("1 follower", again.QuerySelector(".follower-count")!.TextContent);

        // With htmx: the button is answered in place.
        var companyPage = await client.GetDocumentAsync($"/aziende/{company.Slug}");
        using var inPlace = await client.SubmitAsync(companyPage, $"form[action='/aziende/{company.Slug}/segui']", htmx: true);
        var button = await BrowserLikeClient.ParseAsync(inPlace);
        Assert.Equal("true", button.QuerySelector("form.follow-form button")!.GetAttribute("aria-pressed"));

        var tagPage = await client.GetDocumentAsync("/repertorio/parole-chiave/video");
        Assert.Equal("Segui #video", tagPage.QuerySelector("form[action='/parole-chiave/video/segui'] button")!.TextContent.Trim());
        using (await client.SubmitAsync(tagPage, "form[action='/parole-chiave/video/segui']"))
        {
        }

        // A role is chosen on "Chi seguo" itself.
        var mine = await client.GetDocumentAsync("/seguiti");
        using (await client.SubmitAsync(mine, "form[action='/ruoli/segui']", new Dictionary<string, string> { ["role"] = "6" }))
        {
        }

        mine = await client.GetDocumentAsync("/seguiti");
        Assert.Equal(["Giulia Seguita", "Frantoio Seguito", "#video", "Social media manager"], mine.QuerySelectorAll(".follow-list .follow-name").Select(a => a.TextContent.Trim()));

        // Giulia sees who follows her; Marta stops following her from the list.
        using var giuliaClient = await Fixture.SignedInClientAsync(giulia);
        Assert.Equal(["Marta Seguace"], (await giuliaClient.GetDocumentAsync("/seguaci")).QuerySelectorAll(".follow-list .follow-name").Select(a => a.TextContent.Trim()));
        using (await client.SubmitAsync(mine, $"form[action='/membri/{giulia.Handle}/segui']"))
        {
        }

        Assert.Empty((await giuliaClient.GetDocumentAsync("/seguaci")).QuerySelectorAll(".follow-list li"));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.MemberFollows.CountAsync()));
    }

    [Fact]
    public async Task Following_twice_changes_nothing_and_no_one_follows_themself_or_what_does_not_exist()
    {
        var me = await Fixture.CreateMemberAsync("Marta Seguace");
        var giulia = await Fixture.CreateMemberAsync("Giulia Seguita");

        Assert.True((await Fixture.As(me).SendAsync(new Follow(FollowKind.Member, giulia.Handle, On: true))).IsSuccess);
        Assert.True((await Fixture.As(me).SendAsync(new Follow(FollowKind.Member, giulia.Handle, On: true))).IsSuccess);
        Assert.Equal(1, await Fixture.QueryDbAsync(db => db.MemberFollows.CountAsync()));

        Assert.Equal(FollowErrors.Self, (await Fixture.As(me).SendAsync(new Follow(FollowKind.Member, me.Handle, On: true))).Error);
        Assert.Equal(FollowErrors.NotFound, (await Fixture.As(me).SendAsync(new Follow(FollowKind.Member, "nessuno-con-questo-nome", On: true))).Error);
        Assert.Equal(FollowErrors.NotFound, (await Fixture.As(me).SendAsync(new Follow(FollowKind.Company, "nessuna-azienda", On: true))).Error);
        Assert.Equal(FollowErrors.NotFound, (await Fixture.As(me).SendAsync(new Follow(FollowKind.Role, "9999", On: true))).Error);
        Assert.Equal(FollowErrors.NotFound, (await Fixture.As(me).SendAsync(new Follow(FollowKind.Tag, "due, parole", On: true))).Error);

        // The same through the site: a visitor is sent to sign in, and a post without the form's token is refused.
        using var visitor = Fixture.CreateClient();
        using var anonymous = await visitor.Http.PostAsync(new Uri($"/membri/{giulia.Handle}/segui", UriKind.Relative), new FormUrlEncodedContent([new("follow", "true")]));
        Assert.Contains("/accesso?", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var client = await Fixture.SignedInClientAsync(me);
        using var forged = await client.Http.PostAsync(new Uri($"/membri/{giulia.Handle}/segui", UriKind.Relative), new FormUrlEncodedContent([new("follow", "false")]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(1, await Fixture.QueryDbAsync(db => db.MemberFollows.CountAsync()));
    }

    [Fact]
    public async Task The_directories_cards_carry_follow_buttons_for_members_in_the_state_they_are_in()
    {
        var me = await Fixture.CreateMemberAsync("Marta Seguace");
        var giulia = await Fixture.CreateMemberAsync("Giulia Seguita");
        var luca = await Fixture.CreateMemberAsync("Luca Nonseguito");
        var (company, ties) = Build.Company("Frantoio Seguito");
        await Fixture.InsertAsync([company, .. ties]);
        Assert.True((await Fixture.As(me).SendAsync(new Follow(FollowKind.Member, giulia.Handle, On: true))).IsSuccess);

        using var client = await Fixture.SignedInClientAsync(me);
        var directory = await client.GetDocumentAsync("/membri?q=Seguit");
        Assert.Equal("true", directory.QuerySelector($"form[action='/membri/{giulia.Handle}/segui'] button")!.GetAttribute("aria-pressed"));
        Assert.Null(directory.QuerySelector($"form[action='/membri/{me.Handle}/segui']"));
        var all = await client.GetDocumentAsync("/membri");
        Assert.Equal("false", all.QuerySelector($"form[action='/membri/{luca.Handle}/segui'] button")!.GetAttribute("aria-pressed"));

        // Following from a card brings the member back to the same page of the directory.
        var companies = await client.GetDocumentAsync("/aziende?q=Frantoio");
        using var followed = await client.SubmitAsync(companies, $"form[action='/aziende/{company.Slug}/segui']");
        Assert.Equal("/aziende?q=Frantoio", followed.Headers.Location!.OriginalString);
        companies = await client.FollowRedirectAsync(followed);
        Assert.Equal("Segui già", companies.QuerySelector($"form[action='/aziende/{company.Slug}/segui'] button")!.TextContent.Trim());

        // A visitor's cached directory has no buttons.
        using var visitor = Fixture.CreateClient();
        Assert.Empty((await visitor.GetDocumentAsync("/membri")).QuerySelectorAll("form.follow-form"));
        Assert.Empty((await visitor.GetDocumentAsync("/aziende")).QuerySelectorAll("form.follow-form"));
    }
}
