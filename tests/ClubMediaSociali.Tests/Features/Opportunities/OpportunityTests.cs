using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Features.Opportunities;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Features.Opportunities;

public sealed class OpportunityTests(ClubFixture fixture) : ClubTest(fixture)
{
    private static Dictionary<string, string> Form(string title = "Cerchiamo un community manager per la vendemmia") => new()
    {
        ["Kind"] = "Collaboration",
        ["Title"] = title,
        ["Description"] = "Tre mesi di lavoro sulle pagine della **cantina**, con due dirette al mese.",
        ["RoleIds"] = "7",
        ["Skills"] = "instagram, dirette",
        ["Region"] = "Toscana",
        ["Remote"] = "true",
        ["BudgetMin"] = "2000",
        ["BudgetMax"] = "3500",
    };

    private async Task<(Member Representative, string Slug)> CompanyWithRepresentativeAsync(string name = "Cantina Poggio")
    {
        var representative = await Fixture.CreateMemberAsync("Rosa Rappresentante");
        var (company, reps) = Build.Company(name, representativeIds: representative.Id);
        await Fixture.InsertAsync([company, .. reps]);
        return (representative, company.Slug);
    }

    private static Opportunity Open(Guid companyId, string title, OpportunityKind kind = OpportunityKind.Project, ItalianRegion? region = ItalianRegion.Toscana,
        bool remote = false, int[]? roles = null, DateOnly? deadline = null, string description = "Una proposta per i soci.") => new()
        {
            CompanyId = companyId,
            Title = title,
            Kind = kind,
            DescriptionMarkdown = description,
            DescriptionHtml = $"<p>{description}</p>",
            Region = region,
            Remote = remote,
            RoleIds = roles ?? [],
            Deadline = deadline,
            Status = OpportunityStatus.Open,
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
            PublishedAt = DateTimeOffset.UtcNow,
        };

    [Fact]
    public async Task A_representative_saves_a_draft_only_representatives_see_then_publishes_edits_and_closes_it()
    {
        var (representative, slug) = await CompanyWithRepresentativeAsync();
        var other = await Fixture.CreateMemberAsync();
        using var client = await Fixture.SignedInClientAsync(representative);
        using var otherClient = await Fixture.SignedInClientAsync(other);
        using var visitor = Fixture.CreateClient();

        var form = await client.GetDocumentAsync($"/aziende/{slug}/opportunita/nuova");
        using var draft = await client.SubmitAsync(form, "form.opportunity-form", Form(), submitterSelector: "button[value='false']");
        var address = draft.Headers.Location!.ToString();
        var page = await client.FollowRedirectAsync(draft);
        Assert.Contains("Bozza", page.QuerySelector(".opportunity-state")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Http.GetAsync(new Uri(address, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherClient.Http.GetAsync(new Uri(address, UriKind.Relative))).StatusCode);
        Assert.Empty((await visitor.GetDocumentAsync("/opportunita")).QuerySelectorAll(".opportunity-card"));

        var edit = await client.GetDocumentAsync(address + "/modifica");
        var fields = Form("Cerchiamo un community manager per la vendemmia 2027");
        using var published = await client.SubmitAsync(edit, "form.opportunity-form", fields, submitterSelector: "button[value='true']");
        var shown = await visitor.GetDocumentAsync(address);
        Assert.Equal("Cerchiamo un community manager per la vendemmia 2027", shown.QuerySelector("h1")!.TextContent);
        Assert.Equal("cantina", shown.QuerySelector(".opportunity-description strong")!.TextContent);
        Assert.Contains("da 2.000 a 3.500 euro", shown.QuerySelector(".opportunity-facts")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Community manager"], shown.QuerySelectorAll(".tag-list")[0].QuerySelectorAll(".tag").Select(t => t.TextContent));
        var card = Assert.Single((await visitor.GetDocumentAsync("/opportunita")).QuerySelectorAll(".opportunity-card"));
        Assert.Contains("Cantina Poggio", card.TextContent, StringComparison.Ordinal);

        using var closed = await client.SubmitAsync(await client.GetDocumentAsync(address), "form[action$='/chiudi']");
        Assert.Contains("Chiusa dall'organizzazione", (await visitor.GetDocumentAsync(address)).QuerySelector(".opportunity-state")!.TextContent, StringComparison.Ordinal);
        Assert.Empty((await visitor.GetDocumentAsync("/opportunita")).QuerySelectorAll(".opportunity-card"));
        using var lateResponse = await otherClient.PostAsync(address + "/rispondi", new Dictionary<string, string> { ["Message"] = "Ci sono!" });
        Assert.Equal(HttpStatusCode.Conflict, lateResponse.StatusCode);
    }

    [Fact]
    public async Task Bad_input_gets_a_message_beside_each_field_and_keeps_what_was_typed()
    {
        var (representative, slug) = await CompanyWithRepresentativeAsync();
        using var client = await Fixture.SignedInClientAsync(representative);
        var fields = Form("");
        fields["Kind"] = "";
        fields["Region"] = "";
        fields.Remove("Remote");
        fields["BudgetMin"] = "5000";
        fields["BudgetMax"] = "100";
        fields["Deadline"] = DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var response = await client.SubmitAsync(await client.GetDocumentAsync($"/aziende/{slug}/opportunita/nuova"), "form.opportunity-form", fields);
        var page = await BrowserLikeClient.ParseAsync(response);
        string Error(string field) => page.QuerySelector($"#{field}-errore")!.TextContent;
        Assert.Equal("Scegli il tipo di opportunità.", Error("Kind"));
        Assert.Equal("Dai un titolo all'opportunità.", Error("Title"));
        Assert.Equal("Indica una regione, oppure che si può lavorare a distanza.", Error("Region"));
        Assert.Equal("Il massimo deve essere almeno pari al minimo.", Error("BudgetMax"));
        Assert.Equal("La scadenza non può essere già passata.", Error("Deadline"));
        Assert.Equal("instagram, dirette", page.QuerySelector<IHtmlInputElement>("#Skills")!.Value);
        Assert.Contains("cantina", page.QuerySelector("#Description")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Opportunities.CountAsync()));
    }

    [Fact]
    public async Task Only_a_company_s_representatives_publish_edit_or_close_its_opportunities()
    {
        var (representative, slug) = await CompanyWithRepresentativeAsync();
        var (otherRepresentative, _) = await CompanyWithRepresentativeAsync("Frantoio Sereni");
        var member = await Fixture.CreateMemberAsync();
        var companyId = await Fixture.QueryDbAsync(db => db.Companies.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync());
        var opportunity = Open(companyId, "Un video per la nuova etichetta");
        await Fixture.InsertAsync(opportunity);
        using var visitor = Fixture.CreateClient();

        foreach (var intruder in new[] { member, otherRepresentative })
        {
            using var client = await Fixture.SignedInClientAsync(intruder);
            using var create = await client.PostAsync($"/aziende/{slug}/opportunita/nuova", Form());
            Assert.Contains("/accesso/negato", create.Headers.Location!.ToString(), StringComparison.Ordinal);
            using var edit = await client.PostAsync($"/opportunita/{opportunity.Id}/modifica", Form("Cambiato"));
            Assert.Contains("/accesso/negato", edit.Headers.Location!.ToString(), StringComparison.Ordinal);
            using var close = await client.PostAsync($"/opportunita/{opportunity.Id}/chiudi");
            Assert.Contains("/accesso/negato", close.Headers.Location!.ToString(), StringComparison.Ordinal);
            Assert.Null((await client.GetDocumentAsync($"/opportunita/{opportunity.Id}")).QuerySelector(".representative-tools"));
        }

        using var anonymous = await visitor.PostAsync($"/opportunita/{opportunity.Id}/chiudi");
        Assert.StartsWith("/accesso", anonymous.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        using var representativeClient = await Fixture.SignedInClientAsync(representative);
        using var noToken = await representativeClient.Http.PostAsync(new Uri($"/opportunita/{opportunity.Id}/chiudi", UriKind.Relative), new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        var stored = await Fixture.QueryDbAsync(db => db.Opportunities.SingleAsync());
        Assert.Equal(("Un video per la nuova etichetta", OpportunityStatus.Open), (stored.Title, stored.Status));
        Assert.Equal(1, await Fixture.QueryDbAsync(db => db.Opportunities.CountAsync()));
    }

    [Fact]
    public async Task A_member_responds_once_privately_the_representatives_select_and_the_member_sees_it_then_another_withdraws()
    {
        var (representative, slug) = await CompanyWithRepresentativeAsync();
        var (otherRepresentative, _) = await CompanyWithRepresentativeAsync("Frantoio Sereni");
        var applicant = await Fixture.CreateMemberAsync("Ada Candidata");
        var second = await Fixture.CreateMemberAsync("Bruno Secondo");
        var onlooker = await Fixture.CreateMemberAsync("Ugo Curioso");
        var companyId = await Fixture.QueryDbAsync(db => db.Companies.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync());
        var opportunity = Open(companyId, "Racconto fotografico della vendemmia");
        await Fixture.InsertAsync(opportunity);
        var address = $"/opportunita/{opportunity.Id}";
        using var applicantClient = await Fixture.SignedInClientAsync(applicant);
        using var secondClient = await Fixture.SignedInClientAsync(second);
        using var onlookerClient = await Fixture.SignedInClientAsync(onlooker);
        using var representativeClient = await Fixture.SignedInClientAsync(representative);
        using var otherRepresentativeClient = await Fixture.SignedInClientAsync(otherRepresentative);
        using var visitor = Fixture.CreateClient();

        using var empty = await applicantClient.SubmitAsync(await applicantClient.GetDocumentAsync(address), "form.response-form", new Dictionary<string, string> { ["Message"] = " " });
        Assert.Equal("Scrivi un messaggio: chi sei e perché sei la persona giusta.", (await BrowserLikeClient.ParseAsync(empty)).QuerySelector("#Message-errore")!.TextContent);
        const string message = "Fotografo vigneti da dieci anni: vi mando il portfolio.";
        using var sent = await applicantClient.SubmitAsync(await applicantClient.GetDocumentAsync(address), "form.response-form", new Dictionary<string, string> { ["Message"] = message });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        using var twice = await applicantClient.PostAsync(address + "/rispondi", new Dictionary<string, string> { ["Message"] = "Di nuovo" });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        using var own = await representativeClient.PostAsync(address + "/rispondi", new Dictionary<string, string> { ["Message"] = "Io stessa" });
        Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
        using var secondSent = await secondClient.PostAsync(address + "/rispondi", new Dictionary<string, string> { ["Message"] = "Anche io ci sono." });
        Assert.Equal(1, await Fixture.QueryDbAsync(db => db.OpportunityResponses.CountAsync(r => r.MemberId == applicant.Id)));
        Assert.Equal(2, await Fixture.QueryDbAsync(db => db.Opportunities.Select(o => o.ResponseCount).SingleAsync()));

        // Private: nobody but the applicant and the company's representatives reads a response.
        Assert.DoesNotContain(message, (await onlookerClient.GetDocumentAsync(address)).Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(message, (await visitor.GetDocumentAsync(address)).Body!.TextContent, StringComparison.Ordinal);
        using var onlookerList = await onlookerClient.Http.GetAsync(new Uri(address + "/risposte", UriKind.Relative));
        Assert.Contains("/accesso/negato", onlookerList.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var rivalList = await otherRepresentativeClient.Http.GetAsync(new Uri(address + "/risposte", UriKind.Relative));
        Assert.Contains("/accesso/negato", rivalList.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var anonymousList = await visitor.Http.GetAsync(new Uri(address + "/risposte", UriKind.Relative));
        Assert.StartsWith("/accesso", anonymousList.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        using var rivalSelects = await otherRepresentativeClient.PostAsync($"{address}/risposte/{applicant.Id}", new Dictionary<string, string> { ["status"] = "Selected" });
        Assert.Contains("/accesso/negato", rivalSelects.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var selfSelects = await applicantClient.PostAsync($"{address}/risposte/{applicant.Id}", new Dictionary<string, string> { ["status"] = "Selected" });
        Assert.Contains("/accesso/negato", selfSelects.Headers.Location!.ToString(), StringComparison.Ordinal);

        var responses = await representativeClient.GetDocumentAsync(address + "/risposte");
        var cards = responses.QuerySelectorAll(".response-card");
        Assert.Equal(2, cards.Length);
        Assert.Contains(message, cards[0].TextContent, StringComparison.Ordinal);
        using var selected = await representativeClient.SubmitAsync(responses, $"#risposta-{applicant.Id} form:has(input[value='Selected'])");
        Assert.Equal(HttpStatusCode.Redirect, selected.StatusCode);
        var mine = await applicantClient.GetDocumentAsync(address);
        Assert.Equal("Selezionata", mine.QuerySelector(".own-response .response-status")!.TextContent);
        Assert.Equal(message, mine.QuerySelector(".own-response .response-message")!.TextContent);

        // Being chosen earns the applicant reputation, which representatives see beside each response.
        await Fixture.DrainOutboxAsync();
        var after = await representativeClient.GetDocumentAsync(address + "/risposte");
        Assert.Equal("10 punti di reputazione", after.QuerySelector($"#risposta-{applicant.Id} .applicant-reputation")!.TextContent);
        Assert.Equal("Membro", after.QuerySelector($"#risposta-{applicant.Id} .trust")!.TextContent);
        Assert.Contains(await Fixture.QueryDbAsync(db => db.Notifications.Select(n => new { n.MemberId, n.Kind }).ToListAsync()),
            n => n.MemberId == applicant.Id && n.Kind == "opportunity.response_status");

        using var withdrawn = await secondClient.SubmitAsync(await secondClient.GetDocumentAsync(address), "form[action$='/ritira']");
        Assert.Equal("Ritirata", (await secondClient.GetDocumentAsync(address)).QuerySelector(".own-response .response-status")!.TextContent);
        Assert.Contains("Ritirata", (await representativeClient.GetDocumentAsync(address + "/risposte")).QuerySelectorAll(".response-card")[1].TextContent, StringComparison.Ordinal);
        using var withdrawnAgain = await secondClient.PostAsync(address + "/ritira");
        Assert.Equal(HttpStatusCode.NotFound, withdrawnAgain.StatusCode);
    }

    [Fact]
    public async Task Open_opportunities_past_their_deadline_close_by_themselves_and_say_so()
    {
        var (_, slug) = await CompanyWithRepresentativeAsync();
        var companyId = await Fixture.QueryDbAsync(db => db.Companies.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync());
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var expired = Open(companyId, "Scaduta ieri", deadline: today.AddDays(-2));
        var lastDay = Open(companyId, "Ultimo giorno domani", deadline: today.AddDays(1));
        var noDeadline = Open(companyId, "Senza scadenza");
        await Fixture.InsertAsync(expired, lastDay, noDeadline);

        Assert.Equal(1, await Fixture.SendAsync(new CloseExpiredOpportunities()));
        Assert.Equal(0, await Fixture.SendAsync(new CloseExpiredOpportunities()));
        using var visitor = Fixture.CreateClient();
        Assert.Contains("la scadenza è passata", (await visitor.GetDocumentAsync($"/opportunita/{expired.Id}")).QuerySelector(".opportunity-state")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Senza scadenza", "Ultimo giorno domani"],
            (await visitor.GetDocumentAsync("/opportunita")).QuerySelectorAll(".opportunity-card h2").Select(h => h.TextContent).Order());
        Assert.Equal(OpportunityClosure.Expired, await Fixture.QueryDbAsync(db => db.Opportunities.Where(o => o.Id == expired.Id).Select(o => o.ClosedBecause).SingleAsync()));
    }

    [Fact]
    public async Task The_list_filters_by_kind_role_region_remote_and_company_and_finds_words_without_accents()
    {
        var (_, slug) = await CompanyWithRepresentativeAsync();
        var (_, otherSlug) = await CompanyWithRepresentativeAsync("Frantoio Sereni");
        var ids = await Fixture.QueryDbAsync(db => db.Companies.ToDictionaryAsync(c => c.Slug, c => c.Id));
        await Fixture.InsertAsync(
            Open(ids[slug], "Evento in città", OpportunityKind.Event, ItalianRegion.Toscana, description: "Una serata in città con i clienti."),
            Open(ids[slug], "Analista a distanza", OpportunityKind.Job, null, remote: true, roles: [9]),
            Open(ids[otherSlug], "Consulenza per il frantoio", OpportunityKind.ConsultingRequest, ItalianRegion.Puglia, roles: [13]));
        using var visitor = Fixture.CreateClient();
        async Task<string[]> Titles(string address) =>
            [.. (await visitor.GetDocumentAsync(address)).QuerySelectorAll(".opportunity-card h2").Select(h => h.TextContent).Order()];

        Assert.Equal(3, (await Titles("/opportunita")).Length);
        Assert.Equal(["Evento in città"], await Titles("/opportunita?tipo=evento"));
        Assert.Equal(["Analista a distanza"], await Titles("/opportunita?ruolo=9"));
        Assert.Equal(["Consulenza per il frantoio"], await Titles("/opportunita?regione=Puglia"));
        Assert.Equal(["Analista a distanza"], await Titles("/opportunita?distanza=true"));
        Assert.Equal(["Consulenza per il frantoio"], await Titles($"/opportunita?azienda={otherSlug}"));
        Assert.Equal(["Evento in città"], await Titles("/opportunita?q=citta"));
        Assert.Equal(["Consulenza per il frantoio"], await Titles("/opportunita?q=consulenze"));
        Assert.Empty(await Titles("/opportunita?q=%27%3B+drop+table"));
    }

    [Fact]
    public async Task Per_te_puts_the_best_matches_first_and_says_why()
    {
        var (representative, slug) = await CompanyWithRepresentativeAsync();
        var member = await Fixture.CreateMemberAsync("Giulia Cercatrice");
        await Fixture.QueryDbAsync(db => db.Users.Where(u => u.Id == member.Id).ExecuteUpdateAsync(set => set
            .SetProperty(u => u.PrimaryRoleId, 7).SetProperty(u => u.Skills, ["instagram"]).SetProperty(u => u.OffersTags, ["dirette"])
            .SetProperty(u => u.Region, ItalianRegion.Sicilia)));
        var companyId = await Fixture.QueryDbAsync(db => db.Companies.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync());
        var roleAndSkills = Open(companyId, "Community manager per la vendemmia", roles: [7]);
        roleAndSkills.Skills = ["instagram", "dirette"];
        var roleOnly = Open(companyId, "Community manager per il frantoio", roles: [7]);
        var regionOnly = Open(companyId, "Un evento a Palermo", region: ItalianRegion.Sicilia);
        var nothing = Open(companyId, "Un analista a Milano", region: ItalianRegion.Lombardia, roles: [9]);
        await Fixture.InsertAsync(regionOnly, roleOnly, nothing, roleAndSkills);
        using var client = await Fixture.SignedInClientAsync(member);

        var page = await client.GetDocumentAsync("/opportunita/per-te");
        var cards = page.QuerySelectorAll(".opportunity-card");
        Assert.Equal(["Community manager per la vendemmia", "Community manager per il frantoio", "Un evento a Palermo"],
            cards.Select(c => c.QuerySelector("h2")!.TextContent));
        Assert.Equal(["cerca il tuo ruolo: Community manager", "chiede una tua competenza: instagram", "chiede una tua competenza: dirette"],
            cards[0].QuerySelectorAll(".match-reasons li").Select(li => li.TextContent));
        Assert.Equal(["nella tua regione: Sicilia"], cards[2].QuerySelectorAll(".match-reasons li").Select(li => li.TextContent));

        // A representative is not offered their own company's opportunities; visitors are sent to sign in.
        using var representativeClient = await Fixture.SignedInClientAsync(representative);
        Assert.Empty((await representativeClient.GetDocumentAsync("/opportunita/per-te")).QuerySelectorAll(".opportunity-card"));
        using var anonymous = await Fixture.CreateClient().Http.GetAsync(new Uri("/opportunita/per-te", UriKind.Relative));
        Assert.StartsWith("/accesso", anonymous.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moderators_remove_an_opportunity_with_a_public_reason_that_is_audited()
    {
        var (representative, slug) = await CompanyWithRepresentativeAsync();
        var member = await Fixture.CreateMemberAsync();
        var moderator = await Fixture.CreateMemberAsync("Mara Moderatrice", staffRoles: StaffRoles.Moderator);
        var companyId = await Fixture.QueryDbAsync(db => db.Companies.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync());
        var opportunity = Open(companyId, "Guadagni facili da casa");
        await Fixture.InsertAsync(opportunity);
        var address = $"/opportunita/{opportunity.Id}";
        var reason = new Dictionary<string, string> { ["Reason"] = "Non è un'opportunità di lavoro reale: viola le regole del Club." };

        foreach (var notModerator in new[] { member, representative })
        {
            using var client = await Fixture.SignedInClientAsync(notModerator);
            using var denied = await client.PostAsync(address + "/rimuovi", reason);
            Assert.Contains("/accesso/negato", denied.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        using var moderatorClient = await Fixture.SignedInClientAsync(moderator);
        using var empty = await moderatorClient.SubmitAsync(await moderatorClient.GetDocumentAsync(address), "form.removal-form", new Dictionary<string, string> { ["Reason"] = "" });
        Assert.Equal("Scrivi il motivo: sarà visibile sulla pagina dell'opportunità.", (await BrowserLikeClient.ParseAsync(empty)).QuerySelector("#Reason-errore")!.TextContent);
        Assert.Equal(OpportunityStatus.Open, await Fixture.QueryDbAsync(db => db.Opportunities.Select(o => o.Status).SingleAsync()));

        using var removed = await moderatorClient.SubmitAsync(await moderatorClient.GetDocumentAsync(address), "form.removal-form", reason);
        var page = await Fixture.CreateClient().GetDocumentAsync(address);
        Assert.Contains("viola le regole del Club", page.QuerySelector(".opportunity-state")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["opportunities.remove"], await Fixture.QueryDbAsync(db => db.AuditLog.Select(a => a.Action).ToListAsync()));
        await Fixture.DrainOutboxAsync();
        Assert.Equal(representative.Id, await Fixture.QueryDbAsync(db => db.Notifications.Where(n => n.Kind == "opportunity.removed").Select(n => n.MemberId).SingleAsync()));
    }

    [Fact]
    public async Task The_scheduled_job_closes_expired_opportunities_and_leaves_the_others_open()
    {
        var (_, slug) = await CompanyWithRepresentativeAsync();
        var companyId = await Fixture.QueryDbAsync(db => db.Companies.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync());
        var expired = Open(companyId, "Scaduta", deadline: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2));
        var current = Open(companyId, "Ancora aperta", deadline: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5));
        await Fixture.InsertAsync(expired, current);

        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Web.Infrastructure.Jobs.OpportunityExpiryJob>().RunAsync(CancellationToken.None);
        }

        var statuses = await Fixture.QueryDbAsync(db => db.Opportunities.OrderBy(o => o.Title).Select(o => o.Status).ToListAsync());
        Assert.Equal([OpportunityStatus.Open, OpportunityStatus.Closed], statuses);
    }
}
