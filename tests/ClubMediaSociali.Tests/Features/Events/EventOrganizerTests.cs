using System.Net;
using System.Text;
using AngleSharp.Dom;
using ClubMediaSociali.Application.Domain.Events;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Features.Conversations;
using ClubMediaSociali.Application.Features.Events;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Events;

/// <summary>What the organisers do with who registered: the list, its spreadsheet, the door, and writing to them.</summary>
public sealed class EventOrganizerTests(ClubFixture fixture) : ClubTest(fixture)
{
    private async Task<(Guid Event, Member Representative, Member Colleague)> CompanyEventAsync(int? capacity = null, TimeSpan? startsIn = null, string company = "Cantina Eventi")
    {
        var representative = await Fixture.CreateMemberAsync("Rita Organizza");
        var colleague = await Fixture.CreateMemberAsync("Franco Collega");
        var (organisation, ties) = Build.Company(company, representativeIds: [representative.Id, colleague.Id]);
        await Fixture.InsertAsync([organisation, .. ties]);
        var starts = DateTime.UtcNow.Date.AddMonths(1).AddHours(18);
        var id = (await Fixture.As(representative).SendAsync(new SaveEvent
        {
            Company = organisation.Slug,
            Kind = EventKind.Meetup,
            Title = "Vendemmia digitale",
            Description = "Le cantine raccontano come vendono online.",
            Starts = starts,
            Ends = starts.AddHours(2),
            City = "Alba",
            Region = ItalianRegion.Piemonte,
            Capacity = capacity,
            Question = "Che cosa produci?",
        })).Value;
        if (startsIn is { } soon)
        {
            // Moved close by hand: an event cannot be saved in the past, and the door opens the day before.
            var at = DateTimeOffset.UtcNow + soon;
            await Fixture.QueryDbAsync(db => db.Events.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.StartsAt, at).SetProperty(e => e.EndsAt, at.AddHours(2))));
        }

        return (id, representative, colleague);
    }

    private async Task<Member> RegisteredAsync(Guid eventId, string name, string? company = null, string? answer = null)
    {
        var member = await Fixture.CreateMemberAsync(name);
        if (company is not null)
        {
            await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == member.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.CompanyName, company)));
        }

        Assert.True((await Fixture.As(member).SendAsync(new RegisterForEvent(eventId) { Answer = answer })).IsSuccess);
        return member;
    }

    [Fact]
    public async Task Organisers_see_who_registered_with_role_and_company_search_it_without_accents_and_download_it_for_a_spreadsheet()
    {
        var (id, representative, _) = await CompanyEventAsync(capacity: 2);
        await RegisteredAsync(id, "Nicolò Barbero", "Cantina Nicolò", "Nebbiolo");
        await RegisteredAsync(id, "Anna Rinaldi", "=HYPERLINK(\"http://esempio.it\")", "Barbera; e Dolcetto");
        var waiting = await RegisteredAsync(id, "Piero Attesa");
        var role = await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == waiting.Id).Select(m => m.PrimaryRole!.NameIt).SingleAsync());

        using var organiser = await Fixture.SignedInClientAsync(representative);
        var page = await organiser.GetDocumentAsync($"/eventi/{id}/iscritti");
        var rows = page.QuerySelectorAll(".registrant").Select(r => r.TextContent).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains("Nicolò Barbero", rows[0], StringComparison.Ordinal);
        Assert.Contains("Cantina Nicolò", rows[0], StringComparison.Ordinal);
        Assert.Contains("Nebbiolo", rows[0], StringComparison.Ordinal);
        Assert.Contains("Anna Rinaldi", rows[1], StringComparison.Ordinal);
        // The waiting list comes after the seats, said as such, with the member's role.
        Assert.Contains("Piero Attesa", rows[2], StringComparison.Ordinal);
        Assert.Contains("In lista d'attesa", rows[2], StringComparison.Ordinal);
        Assert.Contains(role, rows[2], StringComparison.Ordinal);
        Assert.Contains("2 iscritti, 1 in lista d'attesa", page.QuerySelector(".event-meta")!.TextContent, StringComparison.Ordinal);

        // At the door one types what they hear: without accents, part of the name or of the company.
        var found = await organiser.GetDocumentAsync($"/eventi/{id}/iscritti?q=nicolo");
        Assert.Equal(["Nicolò Barbero"], found.QuerySelectorAll(".registrant-who > a").Select(a => a.TextContent));
        Assert.Equal("nicolo", found.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#q")!.Value);
        Assert.Empty((await organiser.GetDocumentAsync($"/eventi/{id}/iscritti?q=zzz")).QuerySelectorAll(".registrant"));

        using var csv = await organiser.Http.GetAsync(new Uri($"/eventi/{id}/iscritti.csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("Nome;Profilo;Ruolo;Organizzazione;Stato;Che cosa produci?;", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Nicolò Barbero;http", lines[1], StringComparison.Ordinal);
        Assert.Contains(";Cantina Nicolò;Iscritto;Nebbiolo;", lines[1], StringComparison.Ordinal);
        // What a member typed is never a formula for the spreadsheet, and a separator inside a field is quoted.
        Assert.Contains(";\"'=HYPERLINK(\"\"http://esempio.it\"\")\";", lines[2], StringComparison.Ordinal);
        Assert.Contains(";\"Barbera; e Dolcetto\";", lines[2], StringComparison.Ordinal);
        Assert.Contains(";In lista d'attesa;", lines[3], StringComparison.Ordinal);

        // Nobody else reads the list: a registrant, another member, not even through the use case.
        var registrant = await RegisteredAsync(id, "Carla Curiosa");
        Assert.Equal(EventErrors.NotOrganizer, (await Fixture.As(registrant).SendAsync(new ListEventRegistrants(id))).Error);
        using var registrantClient = await Fixture.SignedInClientAsync(registrant);
        using var refused = await registrantClient.Http.GetAsync(new Uri($"/eventi/{id}/iscritti.csv", UriKind.Relative));
        Assert.Contains("/accesso/negato", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Null((await registrantClient.GetDocumentAsync($"/eventi/{id}")).QuerySelector($"a[href='/eventi/{id}/iscritti']"));
        Assert.NotNull((await organiser.GetDocumentAsync($"/eventi/{id}")).QuerySelector($"a[href='/eventi/{id}/iscritti']"));

        // "I miei eventi" lists it among those the representative organises (their company's), not among their registrations.
        var mine = await organiser.GetDocumentAsync("/eventi/miei");
        Assert.Equal(["Vendemmia digitale"], mine.QuerySelectorAll("#organizzati ~ ol .event-card h2").Select(h => h.TextContent.Trim()));
        Assert.Empty(mine.QuerySelectorAll("#iscrizioni ~ ol .event-card"));
    }

    [Fact]
    public async Task At_the_door_the_organiser_marks_arrivals_from_the_searched_list_and_can_take_a_wrong_tap_back()
    {
        var (id, representative, colleague) = await CompanyEventAsync(capacity: 1, startsIn: TimeSpan.FromHours(1));
        var guest = await RegisteredAsync(id, "Giulia Ospite");
        var waiting = await RegisteredAsync(id, "Walter Attesa");

        using var organiser = await Fixture.SignedInClientAsync(colleague);
        var list = await organiser.GetDocumentAsync($"/eventi/{id}/iscritti?q=giulia");
        using (var marked = await organiser.SubmitAsync(list, $"#iscritto-{guest.Id} form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
            // Back to the same search, at the same row.
            Assert.Equal($"/eventi/{id}/iscritti?q=giulia#iscritto-{guest.Id}", marked.Headers.Location!.OriginalString);
        }

        var after = await organiser.GetDocumentAsync($"/eventi/{id}/iscritti");
        Assert.Equal("true", after.QuerySelector($"#iscritto-{guest.Id} button")!.GetAttribute("aria-pressed"));
        Assert.Contains("Arrivati: 1.", after.QuerySelector(".event-meta")!.TextContent, StringComparison.Ordinal);
        // The waiting list has no seat to arrive to.
        Assert.Null(after.QuerySelector($"#iscritto-{waiting.Id} form[action$='/arrivo']"));
        Assert.Equal(EventErrors.NotRegistered, (await Fixture.As(representative).SendAsync(new CheckInRegistrant(id, waiting.Id, true))).Error);

        // A wrong tap is taken back.
        using (var undone = await organiser.SubmitAsync(after, $"#iscritto-{guest.Id} form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        }

        Assert.Null(await Fixture.QueryDbAsync(db => db.EventRegistrations.Where(r => r.MemberId == guest.Id).Select(r => r.CheckedInAt).SingleAsync()));

        // A registrant does not mark anyone, themselves included.
        Assert.Equal(EventErrors.NotOrganizer, (await Fixture.As(guest).SendAsync(new CheckInRegistrant(id, guest.Id, true))).Error);

        // A month before the event the door is not open yet.
        var (later, laterOrganiser, _) = await CompanyEventAsync(company: "Cantina Tardiva");
        var early = await RegisteredAsync(later, "Ettore Presto");
        Assert.Equal(EventErrors.CheckInClosed, (await Fixture.As(laterOrganiser).SendAsync(new CheckInRegistrant(later, early.Id, true))).Error);
    }

    [Fact]
    public async Task Organisers_and_a_registrant_talk_about_the_event_in_one_conversation_and_nobody_else_is_let_in_through_it()
    {
        var (id, representative, colleague) = await CompanyEventAsync();
        var guest = await RegisteredAsync(id, "Giulia Ospite");
        var outsider = await Fixture.CreateMemberAsync("Oreste Esterno");

        // The registrant writes to the organisers from the event page: the recipients are filled in.
        using var guestClient = await Fixture.SignedInClientAsync(guest);
        var eventPage = await guestClient.GetDocumentAsync($"/eventi/{id}");
        Assert.NotNull(eventPage.QuerySelector($"a[href='/messaggi/nuovo?evento={id}']"));
        var form = await guestClient.GetDocumentAsync($"/messaggi/nuovo?evento={id}");
        var recipients = form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Recipients")!;
        Assert.True(recipients.IsReadOnly);
        Assert.Equal(new[] { "@" + colleague.Handle, "@" + representative.Handle }.Order(), recipients.Value.Split(", ").Order());
        using var sent = await guestClient.SubmitAsync(form, "form[action='/messaggi/nuovo']", new Dictionary<string, string> { ["Body"] = "Posso portare una collega?" });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var conversationId = await Fixture.QueryDbAsync(db => db.Conversations.Where(c => c.EventId == id).Select(c => c.Id).SingleAsync());
        Assert.Equal(
            new[] { guest.Id, representative.Id, colleague.Id }.Order(),
            await Fixture.QueryDbAsync(db => db.ConversationParticipants.Where(p => p.ConversationId == conversationId).Select(p => p.MemberId).OrderBy(m => m).ToListAsync()));

        // An organiser answering from the list of registrants lands in the same conversation, which shows the event.
        using var organiser = await Fixture.SignedInClientAsync(representative);
        var list = await organiser.GetDocumentAsync($"/eventi/{id}/iscritti");
        var write = list.QuerySelector($"#iscritto-{guest.Id} a[href^='/messaggi/nuovo']")!.GetAttribute("href")!;
        using var answered = await organiser.SubmitAsync(await organiser.GetDocumentAsync(write), "form[action='/messaggi/nuovo']", new Dictionary<string, string> { ["Body"] = "Certo, registrala pure." });
        Assert.Equal($"/messaggi/{conversationId}#ultimo", answered.Headers.Location!.OriginalString);
        var conversation = await organiser.GetDocumentAsync($"/messaggi/{conversationId}");
        Assert.Contains("Vendemmia digitale", conversation.QuerySelector(".conversation-about")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Giulia Ospite", conversation.QuerySelector(".conversation-about")!.TextContent, StringComparison.Ordinal);

        // Not registered: no way in through the event, neither to write to the organisers nor to be written to.
        Assert.Equal(ConversationErrors.MayNotWrite, (await Fixture.As(outsider).SendAsync(new StartConversation
        {
            Recipients = "@" + representative.Handle,
            EventId = id,
            Body = "Ciao",
        })).Error);
        Assert.Equal(ConversationErrors.MayNotWrite, (await Fixture.As(representative).SendAsync(new StartConversation
        {
            Recipients = "@" + outsider.Handle,
            EventId = id,
            Body = "Ciao",
        })).Error);
        // A registrant cannot bring a stranger into the organisers' conversation.
        Assert.Equal(ConversationErrors.MayNotWrite, (await Fixture.As(guest).SendAsync(new StartConversation
        {
            Recipients = "@" + outsider.Handle,
            EventId = id,
            Body = "Ciao",
        })).Error);
        Assert.Equal(1, await Fixture.QueryDbAsync(db => db.Conversations.CountAsync()));
    }
}
