using System.Net;
using AngleSharp.Dom;
using ClubMediaSociali.Application.Domain.Events;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Features.Events;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Events;

public sealed class EventTests(ClubFixture fixture) : ClubTest(fixture)
{
    private static readonly DateTime NextMonth = DateTime.UtcNow.Date.AddMonths(1).AddHours(18);

    private static SaveEvent Valid(string? company = null, bool forClub = false, int? capacity = null) => new()
    {
        Company = company,
        ForClub = forClub,
        Kind = EventKind.Meetup,
        Title = "Newsletter che si fanno leggere",
        Description = "Due ore di esempi veri, con le aziende che li hanno fatti.",
        Starts = NextMonth,
        Ends = NextMonth.AddHours(2),
        City = "Bologna",
        Region = ItalianRegion.EmiliaRomagna,
        Venue = "Opificio Golinelli",
        Capacity = capacity,
    };

    private async Task<Member> ExpertAsync(string name)
    {
        var member = await Fixture.CreateMemberAsync(name);
        await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == member.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Reputation, 150).SetProperty(m => m.JoinedAt, DateTimeOffset.UtcNow.AddDays(-30))));
        return member;
    }

    [Fact]
    public async Task Companies_representatives_the_staff_and_experts_organise_and_only_the_organisers_and_moderators_edit()
    {
        var representative = await Fixture.CreateMemberAsync("Rita Organizza");
        var rival = await Fixture.CreateMemberAsync("Carlo Concorrente");
        var (company, ties) = Build.Company("Cantina Eventi", representativeIds: representative.Id);
        var (other, otherTies) = Build.Company("Altra Cantina", representativeIds: rival.Id);
        await Fixture.InsertAsync([company, .. ties, other, .. otherTies]);
        var newcomer = await Fixture.CreateMemberAsync("Nino Nuovo");
        var member = await Fixture.CreateMemberAsync("Mara Membro");
        await Fixture.TrustAsync(member);
        var expert = await ExpertAsync("Elena Esperta");
        var moderator = await Fixture.CreateMemberAsync("Moreno Moderatore");

        var companyEvent = await Fixture.As(representative).SendAsync(Valid(company.Slug));
        Assert.True(companyEvent.IsSuccess);
        Assert.Equal(EventErrors.MayNotOrganize, (await Fixture.As(rival).SendAsync(Valid(company.Slug))).Error);
        Assert.Equal(EventErrors.MayNotOrganize, (await Fixture.As(newcomer).SendAsync(Valid())).Error);
        Assert.Equal(EventErrors.MayNotOrganize, (await Fixture.As(member).SendAsync(Valid())).Error);
        Assert.Equal(EventErrors.MayNotOrganize, (await Fixture.As(member).SendAsync(Valid(forClub: true))).Error);
        var expertEvent = await Fixture.As(expert).SendAsync(Valid());
        Assert.True(expertEvent.IsSuccess);
        var clubEvent = await Fixture.AsModerator(moderator).SendAsync(Valid(forClub: true));
        Assert.True(clubEvent.IsSuccess);
        var organizers = await Fixture.QueryDbAsync(db => db.Events.OrderBy(e => e.CreatedAt).Select(e => e.OrganizedBy).ToListAsync());
        Assert.Equal([EventOrganizer.Company, EventOrganizer.Member, EventOrganizer.Club], organizers);

        var edit = Valid() with { EventId = companyEvent.Value, Title = "Newsletter che si fanno leggere, seconda edizione" };
        Assert.Equal(EventErrors.NotOrganizer, (await Fixture.As(rival).SendAsync(edit)).Error);
        Assert.Equal(EventErrors.NotOrganizer, (await Fixture.As(expert).SendAsync(edit)).Error);
        Assert.True((await Fixture.As(representative).SendAsync(edit)).IsSuccess);
        Assert.True((await Fixture.AsModerator(moderator).SendAsync(edit with { Title = "Corretto dai moderatori" })).IsSuccess);
        Assert.Equal(EventErrors.NotOrganizer, (await Fixture.As(representative).SendAsync(Valid() with { EventId = expertEvent.Value })).Error);

        // Over HTTP the same: a stranger's form is refused before it is read; the organiser's page offers the edit.
        using var rivalClient = await Fixture.SignedInClientAsync(rival);
        using (var refused = await rivalClient.PostAsync($"/eventi/{companyEvent.Value}/modifica", new Dictionary<string, string> { ["Title"] = "" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("/accesso/negato", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        using var representativeClient = await Fixture.SignedInClientAsync(representative);
        // "Organizza un evento": the representative chooses the company; a member who may not yet is told who may.
        var choose = await representativeClient.GetDocumentAsync("/eventi/nuovo");
        Assert.Equal([$"/eventi/nuovo?azienda={company.Slug}"], choose.QuerySelectorAll(".organizer-choices a").Select(a => a.GetAttribute("href")));
        using var memberClient = await Fixture.SignedInClientAsync(member);
        Assert.Contains("dal livello «esperto»", (await memberClient.GetDocumentAsync("/eventi/nuovo")).QuerySelector(".lede-dark")!.TextContent, StringComparison.Ordinal);
        using var expertClient = await Fixture.SignedInClientAsync(expert);
        Assert.NotNull((await expertClient.GetDocumentAsync("/eventi/nuovo")).QuerySelector("form.event-form"));
        var page = await representativeClient.GetDocumentAsync($"/eventi/{companyEvent.Value}");
        Assert.NotNull(page.QuerySelector($"a[href='/eventi/{companyEvent.Value}/modifica']"));
        Assert.Contains("Cantina Eventi", page.QuerySelector(".event-meta")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_said_beside_each_field_and_the_form_keeps_what_was_typed()
    {
        var expert = await ExpertAsync("Elena Esperta");
        using var client = await Fixture.SignedInClientAsync(expert);
        var form = await client.GetDocumentAsync("/eventi/nuovo");
        string Local(DateTime t) => t.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
        using var response = await client.SubmitAsync(form, "form.event-form", new Dictionary<string, string>
        {
            ["Kind"] = nameof(EventKind.Workshop),
            ["Title"] = "Workshop sul tono di voce",
            ["Description"] = "Come si scrive per un marchio.",
            ["Starts"] = Local(DateTime.Now.AddDays(-1)),
            ["Ends"] = Local(DateTime.Now.AddDays(-2)),
            ["Capacity"] = "0",
            ["RegistrationDeadline"] = Local(DateTime.Now.AddDays(3)),
            ["Online"] = "true",
            ["Free"] = "false",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await BrowserLikeClient.ParseAsync(response);
        string Error(string field) => page.QuerySelector($"#{field}-errore")?.TextContent.Trim() ?? "";
        Assert.Equal("L'inizio non può essere già passato.", Error("Starts"));
        Assert.Equal("La fine deve venire dopo l'inizio.", Error("Ends"));
        Assert.Equal("I posti devono essere almeno 1 (lascia vuoto se non ci sono limiti).", Error("Capacity"));
        Assert.Equal("Le iscrizioni non possono chiudersi dopo l'inizio dell'evento.", Error("RegistrationDeadline"));
        Assert.Equal("Per un evento online indica il collegamento per partecipare.", Error("OnlineUrl"));
        Assert.Contains("prezzo indicativo", Error("PriceNote"), StringComparison.Ordinal);
        Assert.Equal("Workshop sul tono di voce", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Title")!.Value);

        // In person without a city.
        var inPerson = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => Fixture.As(expert).SendAsync(Valid() with { City = " ", Region = null }));
        Assert.Equal(["City", "Region"], inPerson.Errors.Select(e => e.PropertyName).Order());
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Events.CountAsync()));
    }

    [Fact]
    public async Task The_list_is_narrowed_by_region_online_kind_role_and_tag_and_keeps_its_filters_from_page_to_page()
    {
        var moderator = await Fixture.CreateMemberAsync("Moreno Moderatore");
        var role = await Fixture.QueryDbAsync(db => db.ProfessionalRoles.Select(r => r.Id).FirstAsync());
        await Fixture.AsModerator(moderator).SendAsync(Valid(forClub: true) with
        {
            Title = "Colazione a Verona",
            City = "Verona",
            Region = ItalianRegion.Veneto,
            Tags = "newsletter",
            RoleIds = [role],
        });
        await Fixture.AsModerator(moderator).SendAsync(Valid(forClub: true) with
        {
            Title = "Webinar sui video brevi",
            Kind = EventKind.Webinar,
            Online = true,
            OnlineUrl = "https://meet.example.org/video",
            City = null,
            Region = null,
            Tags = "video",
        });
        await Fixture.AsModerator(moderator).SendAsync(Valid(forClub: true) with { Title = "Incontro a Bologna" });

        using var visitor = Fixture.CreateClient();
        async Task<string[]> TitlesAsync(string query) =>
            [.. (await visitor.GetDocumentAsync("/eventi" + query)).QuerySelectorAll(".event-card h2").Select(h => h.TextContent.Trim())];
        Assert.Equal(3, (await TitlesAsync("")).Length);
        Assert.Equal(["Colazione a Verona"], await TitlesAsync("?regione=Veneto"));
        Assert.Equal(["Webinar sui video brevi"], await TitlesAsync("?online=true"));
        Assert.Equal(["Webinar sui video brevi"], await TitlesAsync("?tipo=webinar"));
        Assert.Equal(["Webinar sui video brevi"], await TitlesAsync("?tema=Video"));
        Assert.Equal(["Colazione a Verona"], await TitlesAsync($"?ruolo={role}"));
        Assert.Empty(await TitlesAsync("?regione=Veneto&online=true"));

        // The archive link and the form keep the filters.
        var filtered = await visitor.GetDocumentAsync("/eventi?regione=Veneto");
        Assert.Equal("/eventi?archivio=true&regione=Veneto", filtered.QuerySelector("nav[aria-label='Quali eventi'] .nav-link:not(.active)")!.GetAttribute("href"));
        Assert.NotNull(filtered.QuerySelector("#regione option[value='Veneto'][selected]"));
    }

    [Fact]
    public async Task Eighteen_in_Rome_stays_eighteen_across_the_change_to_summer_time()
    {
        var moderator = await Fixture.CreateMemberAsync("Moreno Moderatore");
        var year = DateTime.UtcNow.Year + 1;
        // The last Sunday of March: Italy moves its clocks from 02:00 to 03:00.
        var change = new DateTime(year, 3, 31);
        while (change.DayOfWeek != DayOfWeek.Sunday)
        {
            change = change.AddDays(-1);
        }

        var before = change.AddDays(-1).AddHours(18);
        var after = change.AddHours(18);
        var saturday = (await Fixture.AsModerator(moderator).SendAsync(Valid(forClub: true) with { Starts = before, Ends = before.AddHours(2) })).Value;
        var sunday = (await Fixture.AsModerator(moderator).SendAsync(Valid(forClub: true) with { Starts = after, Ends = after.AddHours(2) })).Value;
        var stored = await Fixture.QueryDbAsync(db => db.Events.ToDictionaryAsync(e => e.Id, e => e.StartsAt));
        Assert.Equal(new DateTimeOffset(before.AddHours(-1), TimeSpan.Zero), stored[saturday]);
        Assert.Equal(new DateTimeOffset(after.AddHours(-2), TimeSpan.Zero), stored[sunday]);

        // Shown, and edited, at 18:00 on both days.
        using var client = Fixture.CreateClient();
        foreach (var id in new[] { saturday, sunday })
        {
            var page = await client.GetDocumentAsync($"/eventi/{id}");
            Assert.Contains("18:00–20:00", page.QuerySelector(".event-when")!.TextContent, StringComparison.Ordinal);
        }

        // The hour skipped that night does not exist in Rome.
        var skipped = await Assert.ThrowsAsync<FluentValidation.ValidationException>(
            () => Fixture.AsModerator(moderator).SendAsync(Valid(forClub: true) with { Starts = change.AddHours(2.5), Ends = change.AddHours(5) }));
        Assert.Equal("Starts", Assert.Single(skipped.Errors).PropertyName);

        // Another zone is named beside the time.
        var london = (await Fixture.AsModerator(moderator).SendAsync(Valid(forClub: true) with { TimeZone = "Europe/London", Starts = after, Ends = after.AddHours(1) })).Value;
        var londonPage = await client.GetDocumentAsync($"/eventi/{london}");
        Assert.Contains("18:00–19:00 (ora di Europe/London)", londonPage.QuerySelector(".event-when")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fifty_members_registering_at_once_for_the_last_ten_places_give_ten_seats_and_forty_waiting_and_a_cancellation_promotes_one()
    {
        var moderator = await Fixture.CreateMemberAsync("Moreno Moderatore");
        var id = (await Fixture.AsModerator(moderator).SendAsync(Valid(forClub: true, capacity: 12))).Value;
        var early = new[] { await Fixture.CreateMemberAsync("Primo Iscritto"), await Fixture.CreateMemberAsync("Seconda Iscritta") };
        foreach (var m in early)
        {
            Assert.Equal(RegistrationStatus.Registered, (await Fixture.As(m).SendAsync(new RegisterForEvent(id))).Value);
        }

        var members = new List<Member>();
        for (var i = 0; i < 50; i++)
        {
            members.Add(await Fixture.CreateMemberAsync($"Socio {i:00}"));
        }

        var results = await Task.WhenAll(members.Select(m => Fixture.As(m).SendAsync(new RegisterForEvent(id))));
        Assert.All(results, r => Assert.True(r.IsSuccess));
        Assert.Equal(10, results.Count(r => r.Value == RegistrationStatus.Registered));
        Assert.Equal(40, results.Count(r => r.Value == RegistrationStatus.Waiting));
        var e = await Fixture.QueryDbAsync(db => db.Events.SingleAsync(x => x.Id == id));
        Assert.Equal((12, 40, 52L), (e.RegisteredCount, e.WaitingCount, e.LastNumber));
        var rows = await Fixture.QueryDbAsync(db => db.EventRegistrations.Where(r => r.EventId == id).OrderBy(r => r.Number).ToListAsync());
        // In the order the database took them: every seat was given before any place in the waiting list.
        Assert.Equal(Enumerable.Range(1, 52).Select(n => (long)n), rows.Select(r => r.Number));
        Assert.All(rows.Take(12), r => Assert.Equal(RegistrationStatus.Registered, r.Status));
        Assert.All(rows.Skip(12), r => Assert.Equal(RegistrationStatus.Waiting, r.Status));

        // Registering twice changes nothing.
        Assert.Equal(RegistrationStatus.Registered, (await Fixture.As(early[0]).SendAsync(new RegisterForEvent(id))).Value);

        // One cancellation promotes exactly one: the first waiting.
        var firstWaiting = rows[12].MemberId;
        Assert.True((await Fixture.As(early[1]).SendAsync(new CancelRegistration(id))).IsSuccess);
        var promoted = await Fixture.QueryDbAsync(db => db.EventRegistrations.Where(r => r.EventId == id && r.PromotedAt != null).Select(r => r.MemberId).ToListAsync());
        Assert.Equal([firstWaiting], promoted);
        e = await Fixture.QueryDbAsync(db => db.Events.SingleAsync(x => x.Id == id));
        Assert.Equal((12, 39), (e.RegisteredCount, e.WaitingCount));

        // The second waiting now reads position 1.
        var second = (await Fixture.As(rows[13].MemberId).SendAsync(new GetEvent(id))).Value;
        Assert.Equal((RegistrationStatus.Waiting, 1), (second.Mine, second.WaitingPosition));

        // More places promote those waiting, in order.
        var organizerForm = Valid(forClub: true, capacity: 15) with { EventId = id };
        Assert.True((await Fixture.AsModerator(moderator).SendAsync(organizerForm)).IsSuccess);
        e = await Fixture.QueryDbAsync(db => db.Events.SingleAsync(x => x.Id == id));
        Assert.Equal((15, 36), (e.RegisteredCount, e.WaitingCount));
    }

    [Fact]
    public async Task The_online_link_and_who_is_going_are_for_the_registered_and_the_organisers_only()
    {
        var expert = await ExpertAsync("Elena Esperta");
        var online = Valid() with { Online = true, OnlineUrl = "https://meet.example.org/club-newsletter", City = null, Region = null, Question = "Che newsletter fai?" };
        var id = (await Fixture.As(expert).SendAsync(online)).Value;
        var shy = await Fixture.CreateMemberAsync("Silvia Riservata");
        var open = await Fixture.CreateMemberAsync("Oscar Visibile");
        var curious = await Fixture.CreateMemberAsync("Carla Curiosa");
        await Fixture.As(shy).SendAsync(new RegisterForEvent(id) { Answer = "Quella del negozio." });
        await Fixture.As(open).SendAsync(new RegisterForEvent(id) { ShowMe = true });

        const string link = "https://meet.example.org/club-newsletter";
        using var visitor = Fixture.CreateClient();
        Assert.DoesNotContain(link, (await visitor.GetDocumentAsync($"/eventi/{id}")).Body!.InnerHtml, StringComparison.Ordinal);
        using var curiousClient = await Fixture.SignedInClientAsync(curious);
        var outsider = await curiousClient.GetDocumentAsync($"/eventi/{id}");
        Assert.DoesNotContain(link, outsider.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Null(outsider.QuerySelector("#chi-partecipa"));

        using var shyClient = await Fixture.SignedInClientAsync(shy);
        var registered = await shyClient.GetDocumentAsync($"/eventi/{id}");
        Assert.NotNull(registered.QuerySelector($"a[href='{link}']"));
        Assert.Equal(["Oscar Visibile"], registered.QuerySelectorAll("#chi-partecipa ~ ul a").Select(a => a.TextContent));
        using var organiserClient = await Fixture.SignedInClientAsync(expert);
        Assert.NotNull((await organiserClient.GetDocumentAsync($"/eventi/{id}")).QuerySelector($"a[href='{link}']"));

        // Registering from the page: the answer is kept with the registration.
        var form = await curiousClient.GetDocumentAsync($"/eventi/{id}");
        using var sent = await curiousClient.SubmitAsync(form, "form.event-register-form", new Dictionary<string, string> { ["Answer"] = "Nessuna, per ora." });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("Nessuna, per ora.", await Fixture.QueryDbAsync(db => db.EventRegistrations.Where(r => r.MemberId == curious.Id).Select(r => r.Answer).SingleAsync()));

        // Cancelling twice (a second tap, another tab): the second finds nothing to cancel and says so, without an error.
        var stale = await curiousClient.GetDocumentAsync($"/eventi/{id}");
        foreach (var expected in new[] { "Iscrizione annullata.", "Non risulti iscritto a questo evento." })
        {
            using var cancelled = await curiousClient.SubmitAsync(stale, $"form[action='/eventi/{id}/iscrizione/annulla']");
            Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
            Assert.Contains(expected, (await curiousClient.GetDocumentAsync($"/eventi/{id}")).Body!.TextContent, StringComparison.Ordinal);
        }

        // The member's data export holds their registrations; the organiser's, the events they created.
        var export = await Fixture.As(shy).SendAsync(new Application.Features.AccountSettings.ExportMyData());
        Assert.Equal([(online.Title, RegistrationStatus.Registered, (string?)"Quella del negozio.")], export!.EventRegistrations.Select(r => (r.EventTitle, r.Status, r.Answer)));
        Assert.Equal([online.Title], (await Fixture.As(expert).SendAsync(new Application.Features.AccountSettings.ExportMyData()))!.Events.Select(e => e.Title));
    }
}
