using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Companies;

public sealed class CompanyTests(ClubFixture fixture) : ClubTest(fixture)
{
    private static Dictionary<string, string> Form(string name) => new()
    {
        ["Name"] = name,
        ["Kind"] = "Agency",
        ["Sector"] = "comunicazione",
        ["Size"] = "Small",
        ["Region"] = "Toscana",
        ["WebsiteUrl"] = "https://agenzia.example",
        ["Channels"] = "https://www.linkedin.com/company/agenzia\nhttps://www.instagram.com/agenzia",
        ["Description"] = "Un'agenzia che lavora con le **cantine** toscane.",
    };

    [Fact]
    public async Task A_member_creates_a_company_page_and_becomes_its_representative_linked_from_the_profile()
    {
        var member = await Fixture.CreateMemberAsync("Lia Fondatrice");
        using var client = await Fixture.SignedInClientAsync(member);

        var form = await client.GetDocumentAsync("/aziende/nuova");
        using var created = await client.SubmitAsync(form, "form[action='/aziende/nuova']", Form("Vigna Social S.r.l."));
        Assert.Equal("/aziende/vigna-social-s-r-l", created.Headers.Location!.ToString());

        var page = await client.FollowRedirectAsync(created);
        Assert.Equal("Vigna Social S.r.l.", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("VS", page.QuerySelector(".company-logo")!.TextContent);
        Assert.Contains("Agenzia · comunicazione", page.QuerySelector(".company-meta")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("cantine", page.QuerySelector(".company-description strong")!.TextContent);
        Assert.Equal(["Lia Fondatrice"], page.QuerySelectorAll(".company-people a").Select(a => a.TextContent));
        Assert.Equal(3, page.QuerySelectorAll(".company-links a").Length);
        Assert.NotNull(page.QuerySelector("a[href='/aziende/vigna-social-s-r-l/modifica']"));

        var profile = await client.GetDocumentAsync($"/membri/{member.Handle}");
        Assert.Equal("/aziende/vigna-social-s-r-l", profile.QuerySelector("a.profile-company")!.GetAttribute("href"));

        // The same name again is refused with a hint to join instead, and the form keeps what was typed.
        using var twice = await client.SubmitAsync(await client.GetDocumentAsync("/aziende/nuova"), "form[action='/aziende/nuova']", Form("VIGNA SOCIAL s.r.l."));
        var refused = await BrowserLikeClient.ParseAsync(twice);
        Assert.Contains("chiedi di unirti", refused.QuerySelector("#Name-errore")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("comunicazione", refused.QuerySelector<IHtmlInputElement>("#Sector")!.Value);
        Assert.Equal(1, await Fixture.QueryDbAsync(db => db.Companies.CountAsync()));
    }

    [Fact]
    public async Task The_company_page_lists_its_open_opportunities_only()
    {
        var (company, _) = Build.Company("Cantina Aperta");
        var open = Build.Opportunity(companyId: company.Id);
        open.Title = "Cerchiamo un fotografo per la vendemmia";
        open.PublishedAt = DateTimeOffset.UtcNow;
        var closed = Build.Opportunity(OpportunityStatus.Closed, company.Id);
        closed.Title = "Selezione chiusa";
        closed.PublishedAt = DateTimeOffset.UtcNow;
        var draft = Build.Opportunity(OpportunityStatus.Draft, company.Id);
        draft.Title = "Bozza riservata";
        await Fixture.InsertAsync(company, open, closed, draft);
        using var visitor = Fixture.CreateClient();

        var page = await visitor.GetDocumentAsync($"/aziende/{company.Slug}");

        Assert.Equal(["Cerchiamo un fotografo per la vendemmia"], page.QuerySelectorAll("#opportunita-titolo + ul .opportunity-card h2 a").Select(a => a.TextContent));
        Assert.Equal($"/opportunita/{open.Id}", page.QuerySelector(".opportunity-card h2 a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Bad_input_gets_a_message_beside_each_field_and_keeps_the_rest()
    {
        var member = await Fixture.CreateMemberAsync();
        using var client = await Fixture.SignedInClientAsync(member);
        var fields = Form("");
        fields["Kind"] = "";
        fields["WebsiteUrl"] = "agenzia.example";
        fields["Channels"] = "javascript:alert(1)";

        using var response = await client.SubmitAsync(await client.GetDocumentAsync("/aziende/nuova"), "form[action='/aziende/nuova']", fields);
        var page = await BrowserLikeClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string Error(string field) => page.QuerySelector($"#{field}-errore")!.TextContent;
        Assert.Equal("Scrivi il nome dell'organizzazione.", Error("Name"));
        Assert.Equal("Scegli il tipo di organizzazione.", Error("Kind"));
        Assert.Equal("Scrivi un indirizzo web completo, che inizi con https://", Error("WebsiteUrl"));
        Assert.StartsWith("Ogni canale è un indirizzo web completo", Error("Channels"), StringComparison.Ordinal);
        Assert.Equal("", Error("Sector"));
        Assert.Contains("cantine", page.QuerySelector("#Description")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Companies.CountAsync()));
    }

    [Fact]
    public async Task A_member_asks_to_join_and_a_representative_accepts_another_is_declined_and_both_are_told()
    {
        var representative = await Fixture.CreateMemberAsync("Rita Rappresentante");
        var colleague = await Fixture.CreateMemberAsync("Carlo Collega");
        var stranger = await Fixture.CreateMemberAsync("Sara Estranea");
        var (company, reps) = Build.Company("Pastificio Aurora", representativeIds: representative.Id);
        await Fixture.InsertAsync([company, .. reps]);
        using var colleagueClient = await Fixture.SignedInClientAsync(colleague);
        using var strangerClient = await Fixture.SignedInClientAsync(stranger);
        using var representativeClient = await Fixture.SignedInClientAsync(representative);

        var page = await colleagueClient.GetDocumentAsync("/aziende/pastificio-aurora");
        using var asked = await colleagueClient.SubmitAsync(page, "form[action$='/unisciti']", new Dictionary<string, string> { ["Message"] = "Curo i social del pastificio da un anno." });
        Assert.Contains("aspetta la risposta", (await colleagueClient.FollowRedirectAsync(asked)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        using var askedAgain = await colleagueClient.PostAsync("/aziende/pastificio-aurora/unisciti");
        Assert.Equal(HttpStatusCode.Conflict, askedAgain.StatusCode);
        using var tooLong = await strangerClient.SubmitAsync(await strangerClient.GetDocumentAsync("/aziende/pastificio-aurora"), "form[action$='/unisciti']",
            new Dictionary<string, string> { ["Message"] = new string('a', 501) });
        var refused = await BrowserLikeClient.ParseAsync(tooLong);
        Assert.Equal("Questo campo può avere al massimo 500 caratteri.", refused.QuerySelector("#Message-errore")!.TextContent);
        Assert.Equal(501, refused.QuerySelector("#Message")!.TextContent.Length);
        using var strangerAsks = await strangerClient.PostAsync("/aziende/pastificio-aurora/unisciti");
        Assert.Equal(HttpStatusCode.Redirect, strangerAsks.StatusCode);

        // Only representatives see the requests and decide on them.
        Assert.Empty((await colleagueClient.GetDocumentAsync("/aziende/pastificio-aurora")).QuerySelectorAll(".join-request"));
        using var selfAccept = await strangerClient.PostAsync($"/aziende/pastificio-aurora/richieste/{stranger.Id}", new Dictionary<string, string> { ["accept"] = "true" });
        Assert.Contains("/accesso/negato", selfAccept.Headers.Location!.ToString(), StringComparison.Ordinal);
        var requests = (await representativeClient.GetDocumentAsync("/aziende/pastificio-aurora")).QuerySelectorAll(".join-request");
        Assert.Equal(2, requests.Length);
        Assert.Contains("Curo i social del pastificio", requests[0].TextContent, StringComparison.Ordinal);

        using var accepted = await representativeClient.SubmitAsync(
            await representativeClient.GetDocumentAsync("/aziende/pastificio-aurora"), $"form[action$='/richieste/{colleague.Id}']:has(input[value='true'])");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        using var declined = await representativeClient.PostAsync($"/aziende/pastificio-aurora/richieste/{stranger.Id}", new Dictionary<string, string> { ["accept"] = "false" });
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);

        var after = await Fixture.CreateClient().GetDocumentAsync("/aziende/pastificio-aurora");
        Assert.Equal(["Rita Rappresentante", "Carlo Collega"], after.QuerySelectorAll(".company-people a").Select(a => a.TextContent));
        await Fixture.DrainOutboxAsync();
        var told = await Fixture.QueryDbAsync(db => db.Notifications.OrderBy(n => n.CreatedAt).Select(n => new { n.MemberId, n.Kind }).ToListAsync());
        Assert.Contains(told, n => n.MemberId == representative.Id && n.Kind == "company.join_request");
        Assert.Contains(told, n => n.MemberId == colleague.Id && n.Kind == "company.join_accepted");
        Assert.Contains(told, n => n.MemberId == stranger.Id && n.Kind == "company.join_declined");

        // The new representative can edit the page; the declined member cannot, and may ask again.
        Assert.Equal(HttpStatusCode.OK, (await colleagueClient.Http.GetAsync(new Uri("/aziende/pastificio-aurora/modifica", UriKind.Relative))).StatusCode);
        using var strangerEdits = await strangerClient.PostAsync("/aziende/pastificio-aurora/modifica", Form("Pastificio Aurora"));
        Assert.Contains("/accesso/negato", strangerEdits.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.NotNull((await strangerClient.GetDocumentAsync("/aziende/pastificio-aurora")).QuerySelector("form[action$='/unisciti']"));
    }

    [Fact]
    public async Task Visitors_and_unconfirmed_members_cannot_create_join_or_decide_and_forms_need_the_token()
    {
        var representative = await Fixture.CreateMemberAsync();
        var unconfirmed = await Fixture.CreateMemberAsync(confirmed: false);
        var (company, reps) = Build.Company("Caseificio Monti", representativeIds: representative.Id);
        await Fixture.InsertAsync([company, .. reps]);
        using var visitor = Fixture.CreateClient();
        using var unconfirmedClient = await Fixture.SignedInClientAsync(unconfirmed);

        foreach (var (url, fields) in new[]
        {
            ("/aziende/nuova", Form("Nuova Srl")),
            ("/aziende/caseificio-monti/unisciti", new Dictionary<string, string>()),
            ($"/aziende/caseificio-monti/richieste/{representative.Id}", new Dictionary<string, string> { ["accept"] = "false" }),
            ("/aziende/caseificio-monti/marchi", new Dictionary<string, string> { ["verified"] = "true" }),
        })
        {
            using var anonymous = await visitor.PostAsync(url, fields);
            Assert.StartsWith("/accesso", anonymous.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
            using var notConfirmed = await unconfirmedClient.PostAsync(url, fields);
            Assert.StartsWith("/accesso", notConfirmed.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        }

        using var representativeClient = await Fixture.SignedInClientAsync(representative);
        using var noToken = await representativeClient.Http.PostAsync(
            new Uri("/aziende/caseificio-monti/modifica", UriKind.Relative), new FormUrlEncodedContent(Form("Caseificio Monti")));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(1, await Fixture.QueryDbAsync(db => db.Companies.CountAsync()));
        Assert.Equal(1, await Fixture.QueryDbAsync(db => db.CompanyMembers.CountAsync()));
    }

    [Fact]
    public async Task Admins_verify_companies_and_mark_founding_partners_shown_in_their_own_section()
    {
        var representative = await Fixture.CreateMemberAsync();
        var admin = await Fixture.CreateMemberAsync("Anna Admin", staffRoles: StaffRoles.Admin);
        var (company, reps) = Build.Company("Piattaforma Eco", CompanyKind.SocialPlatform, representativeIds: representative.Id);
        var (other, _) = Build.Company("Ateneo del Sud", CompanyKind.University, ItalianRegion.Campania);
        await Fixture.InsertAsync([company, other, .. reps]);
        using var representativeClient = await Fixture.SignedInClientAsync(representative);
        using var adminClient = await Fixture.SignedInClientAsync(admin);
        var marks = new Dictionary<string, string> { ["verified"] = "true", ["foundingPartner"] = "true" };

        using var byRepresentative = await representativeClient.PostAsync("/aziende/piattaforma-eco/marchi", marks);
        Assert.Contains("/accesso/negato", byRepresentative.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Null((await representativeClient.GetDocumentAsync("/aziende/piattaforma-eco")).QuerySelector("form[action$='/marchi']"));

        var page = await adminClient.GetDocumentAsync("/aziende/piattaforma-eco");
        using var marked = await adminClient.SubmitAsync(page, "form[action$='/marchi']", marks);
        var after = await adminClient.FollowRedirectAsync(marked);
        Assert.Equal(["Verificata", "Socio fondatore"], after.QuerySelectorAll("header .company-mark").Select(m => m.TextContent));
        Assert.Equal(["companies.founding_partner", "companies.verify"], await Fixture.QueryDbAsync(db => db.AuditLog.Select(a => a.Action).OrderBy(a => a).ToListAsync()));

        var directory = await Fixture.CreateClient().GetDocumentAsync("/aziende");
        Assert.Equal(["Piattaforma Eco"], directory.QuerySelectorAll(".founding-partners h3").Select(h => h.TextContent));
        Assert.Equal(["Ateneo del Sud", "Piattaforma Eco"], directory.QuerySelectorAll(".all-companies h3").Select(h => h.TextContent));
    }

    [Fact]
    public async Task The_directory_filters_by_kind_sector_size_and_region_and_pages_alphabetically()
    {
        var companies = Enumerable.Range(1, 30).Select(i => Build.Company($"Impresa {i:D2}", i % 2 == 0 ? CompanyKind.Agency : CompanyKind.Company,
            i % 3 == 0 ? ItalianRegion.Sicilia : ItalianRegion.Veneto).Company).ToList();
        companies[4].Sector = "turismo";
        companies[5].Size = CompanySize.Large;
        await Fixture.InsertAsync([.. companies]);
        using var visitor = Fixture.CreateClient();
        string[] Names(IHtmlDocument page) => [.. page.QuerySelectorAll(".all-companies h3").Select(h => h.TextContent)];

        var first = await visitor.GetDocumentAsync("/aziende");
        Assert.Equal(24, Names(first).Length);
        var second = await visitor.GetDocumentAsync(first.QuerySelector("a[rel='next']")!.GetAttribute("href")!);
        Assert.Equal(Enumerable.Range(1, 30).Select(i => $"Impresa {i:D2}"), Names(first).Concat(Names(second)));

        Assert.Equal(["Impresa 06", "Impresa 12", "Impresa 18", "Impresa 24", "Impresa 30"], Names(await visitor.GetDocumentAsync("/aziende?tipo=agenzia&regione=Sicilia")));
        Assert.Equal(["Impresa 05"], Names(await visitor.GetDocumentAsync("/aziende?settore=TURI")));
        Assert.Equal(["Impresa 06"], Names(await visitor.GetDocumentAsync("/aziende?dimensione=grande")));
        Assert.Equal(24, Names(await visitor.GetDocumentAsync("/aziende?tipo=sconosciuto&dimensione=%27")).Length);
        Assert.Contains("Nessuna organizzazione", (await visitor.GetDocumentAsync("/aziende?settore=%25")).QuerySelector(".all-companies")!.TextContent, StringComparison.Ordinal);
    }
}
