using System.Net;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Members;

public sealed class ProfileTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task A_member_says_what_they_bring_and_seek_and_everyone_sees_it()
    {
        var member = await Fixture.CreateMemberAsync("Bianca Moretti");
        using var client = await Fixture.SignedInClientAsync(member);
        var form = await client.GetDocumentAsync("/profilo/modifica");

        using var saved = await client.SubmitAsync(form, "form[action='/profilo/modifica']", new Dictionary<string, string>
        {
            ["Headline"] = "Social media manager per il turismo",
            ["OffersTags"] = "Gestione community,  piani editoriali , gestione community",
            ["OffersText"] = "Dieci anni di community per strutture ricettive.",
            ["SeeksTags"] = "analisi dati, partnership",
            ["City"] = "Lecce",
            ["Region"] = nameof(ItalianRegion.Puglia),
            ["LinkedInUrl"] = "https://www.linkedin.com/in/bianca",
            ["Bio"] = "Lavoro con **hotel** e agriturismi.",
        });

        var profile = await client.FollowRedirectAsync(saved);
        Assert.Contains("Profilo aggiornato", profile.QuerySelector(".notice-bar")!.TextContent, StringComparison.Ordinal);
        using var visitor = Fixture.CreateClient();
        var seen = await visitor.GetDocumentAsync($"/membri/{member.Handle}");
        Assert.Equal("Bianca Moretti", seen.QuerySelector("h1")!.TextContent);
        Assert.Equal(["gestione community", "piani editoriali"], seen.QuerySelectorAll(".value-offers .tag").Select(t => t.TextContent));
        Assert.Equal(["analisi dati", "partnership"], seen.QuerySelectorAll(".value-seeks .tag").Select(t => t.TextContent));
        Assert.Contains("Dieci anni di community", seen.QuerySelector(".value-offers")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Lecce, Puglia", seen.QuerySelector(".profile-head")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("hotel", seen.QuerySelector(".bio strong")!.TextContent);
        Assert.Equal("https://www.linkedin.com/in/bianca", seen.QuerySelector("a[href*='linkedin']")!.GetAttribute("href"));
        Assert.Null(seen.QuerySelector("a[href='/profilo/modifica']"));
    }

    [Fact]
    public async Task Script_in_the_bio_is_neutralized()
    {
        var member = await Fixture.CreateMemberAsync();
        using var client = await Fixture.SignedInClientAsync(member);
        var form = await client.GetDocumentAsync("/profilo/modifica");

        using var saved = await client.SubmitAsync(form, "form[action='/profilo/modifica']", new Dictionary<string, string>
        {
            ["Bio"] = "<script>alert(1)</script> [clic](javascript:alert(2)) <img src=x onerror=alert(3)> [sito](https://esempio.it)",
            ["Headline"] = "<b onmouseover=alert(4)>ciao</b>",
        });

        var profile = await client.FollowRedirectAsync(saved);
        var bio = profile.QuerySelector(".bio")!;
        Assert.Empty(profile.QuerySelectorAll(".bio script, .bio img, .profile-head b"));
        Assert.DoesNotContain("javascript:", bio.InnerHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["https://esempio.it"], bio.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")));
        Assert.Equal("<b onmouseover=alert(4)>ciao</b>", profile.QuerySelector(".headline")!.TextContent);
    }

    [Fact]
    public async Task Bad_input_keeps_what_was_typed_and_saves_nothing()
    {
        var member = await Fixture.CreateMemberAsync("Carlo Villa");
        using var client = await Fixture.SignedInClientAsync(member);
        var form = await client.GetDocumentAsync("/profilo/modifica");

        using var response = await client.SubmitAsync(form, "form[action='/profilo/modifica']", new Dictionary<string, string>
        {
            ["Headline"] = new string('a', 161),
            ["WebsiteUrl"] = "javascript:alert(1)",
            ["OffersTags"] = string.Join(',', Enumerable.Range(1, 16).Select(i => $"tag{i}")),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserLikeClient.ParseAsync(response);
        Assert.Contains("al massimo 160", page.QuerySelector("#Headline-errore")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("https://", page.QuerySelector("#WebsiteUrl-errore")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Al massimo 15", page.QuerySelector("#OffersTags-errore")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("javascript:alert(1)", page.QuerySelector("#WebsiteUrl")!.GetAttribute("value"));
        var stored = await Fixture.QueryDbAsync(db => db.Users.SingleAsync(m => m.Id == member.Id));
        Assert.Null(stored.Headline);
        Assert.Empty(stored.OffersTags);
    }

    [Fact]
    public async Task Visitors_are_sent_to_sign_in_and_a_member_cannot_edit_someone_else()
    {
        var owner = await Fixture.CreateMemberAsync("Proprietaria");
        var other = await Fixture.CreateMemberAsync("Altro membro");

        using var visitor = Fixture.CreateClient();
        using var anonymousGet = await visitor.Http.GetAsync(new Uri("/profilo/modifica", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, anonymousGet.StatusCode);
        Assert.Contains("/accesso", anonymousGet.Headers.Location!.ToString(), StringComparison.Ordinal);

        using var client = await Fixture.SignedInClientAsync(other);
        var form = await client.GetDocumentAsync("/profilo/modifica");
        Assert.Equal("Altro membro", form.QuerySelector("input[name='DisplayName']")!.GetAttribute("value"));
        var fields = new Dictionary<string, string> { ["DisplayName"] = "Nome rubato", ["Headline"] = "scritto da un altro" };
        // A forged form that names the owner's id: the server must ignore it.
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["MemberId"] = owner.Id.ToString(),
            ["DisplayName"] = "Nome rubato",
            ["PrimaryRoleId"] = "1",
            ["__RequestVerificationToken"] = form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!,
        });
        using var forged = await client.Http.PostAsync(new Uri("/profilo/modifica", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Redirect, forged.StatusCode);
        var ownerNow = await Fixture.QueryDbAsync(db => db.Users.SingleAsync(m => m.Id == owner.Id));
        var otherNow = await Fixture.QueryDbAsync(db => db.Users.SingleAsync(m => m.Id == other.Id));
        Assert.Equal("Proprietaria", ownerNow.DisplayName);
        Assert.Equal("Nome rubato", otherNow.DisplayName);
    }

    [Fact]
    public async Task A_members_only_profile_is_hidden_from_visitors_but_shown_to_members()
    {
        var hidden = Build.Member("Riservata");
        hidden.Visibility = ProfileVisibility.MembersOnly;
        await Fixture.InsertAsync(hidden);
        var reader = await Fixture.CreateMemberAsync();

        using var visitor = Fixture.CreateClient();
        var page = await visitor.GetDocumentAsync($"/membri/{hidden.Handle}");
        Assert.Equal("Profilo riservato ai membri", page.QuerySelector("h1")!.TextContent);

        using var member = await Fixture.SignedInClientAsync(reader);
        var profile = await member.GetDocumentAsync($"/membri/{hidden.Handle}");
        Assert.Equal("Riservata", profile.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task An_unknown_handle_is_a_friendly_404()
    {
        using var visitor = Fixture.CreateClient();

        var page = await visitor.GetDocumentAsync("/membri/nessuno-con-questo-nome", HttpStatusCode.NotFound);

        Assert.Equal("Questa pagina non c'è", page.QuerySelector("h1")!.TextContent);
    }
}
