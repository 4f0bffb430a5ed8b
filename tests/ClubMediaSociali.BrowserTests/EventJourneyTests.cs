using ClubMediaSociali.BrowserTests.Infrastructure;
using ClubMediaSociali.Tests.Infrastructure;
using Ical.Net;
using Microsoft.Playwright;

namespace ClubMediaSociali.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class EventJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.Database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_representative_creates_an_event_that_fills_from_the_phone_and_a_cancellation_promotes_the_one_waiting()
    {
        var (representative, _) = await fixture.CreateMemberAsync("Rosa Rappresentante");
        var (first, _) = await fixture.CreateMemberAsync("Ada Prima");
        var (second, _) = await fixture.CreateMemberAsync("Bruno Secondo");
        var (company, reps) = Build.Company("Cantina Poggio Alto", representativeIds: representative.Id);
        await using (var db = fixture.Database.CreateDbContext())
        {
            db.Add(company);
            db.AddRange(reps);
            await db.SaveChangesAsync();
        }

        // The representative creates a small tasting with one place left for the Club.
        string eventPath;
        await using (var desktop = await fixture.OpenPageAsync())
        {
            var page = desktop.Page;
            await desktop.SignInAsync(representative);
            await page.GotoAsync($"/eventi/nuovo?azienda={company.Slug}");
            var day = DateTime.Now.Date.AddDays(20);
            await page.GetByLabel("Tipo", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Aperitivo di networking" });
            await page.GetByLabel("Titolo", new() { Exact = true }).FillAsync("Degustazione in cantina per chi racconta il vino");
            await page.GetByLabel("Inizio", new() { Exact = true }).FillAsync(day.AddHours(18).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByLabel("Fine", new() { Exact = true }).FillAsync(day.AddHours(20).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByLabel("Descrizione", new() { Exact = true }).FillAsync("Due ore tra le botti, con chi cura i social delle cantine toscane.");
            await page.GetByLabel("Luogo (facoltativo)", new() { Exact = true }).FillAsync("Cantina Poggio Alto");
            await page.GetByLabel("Città", new() { Exact = true }).FillAsync("Montalcino");
            await page.GetByLabel("Regione", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Toscana" });
            await page.GetByLabel("Posti (vuoto: senza limite)", new() { Exact = true }).FillAsync("1");
            await desktop.ScreenshotAsync("event-form-desktop");
            await desktop.AssertAccessibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Pubblica l'evento" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Degustazione in cantina per chi racconta il vino" })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".event-when")).ToContainTextAsync("18:00–20:00");
            eventPath = new Uri(page.Url).AbsolutePath;
            await desktop.ScreenshotAsync("event-desktop");
            await desktop.AssertAccessibleAsync();
            desktop.AssertNoProblems();
        }

        // Ada registers from the phone, takes the last place and downloads the .ics.
        await using (var phone = await fixture.OpenPageAsync(390, 844))
        {
            var page = phone.Page;
            await phone.SignInAsync(first);
            await page.GotoAsync("/eventi");
            await phone.ScreenshotAsync("events-phone");
            await phone.AssertAccessibleAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Degustazione in cantina per chi racconta il vino" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Posti liberi: 1 su 1.")).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Iscriviti" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Sei iscritto.")).ToBeVisibleAsync();
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "file .ics (Apple, Outlook, Thunderbird)" }).ClickAsync());
            var calendar = Calendar.Load(await File.ReadAllTextAsync((await download.PathAsync())!))!;
            var e = Assert.Single(calendar.Events);
            Assert.Equal(("Degustazione in cantina per chi racconta il vino", "Europe/Rome", 18), (e.Summary, e.DtStart!.TzId, e.DtStart.Value.Hour));
            await phone.ScreenshotAsync("event-registered-phone");
            await phone.AssertAccessibleAsync();
            phone.AssertNoProblems();
        }

        // The event is full: Bruno waits, first in line; Ada cancels and the place is his.
        await using (var phone = await fixture.OpenPageAsync(390, 844))
        {
            var page = phone.Page;
            await phone.SignInAsync(second);
            await page.GotoAsync(eventPath);
            await Assertions.Expect(page.GetByText("Posti esauriti: chi si iscrive entra in lista d'attesa.")).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Mettimi in lista d'attesa" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Sei in lista d'attesa, posizione 1.")).ToBeVisibleAsync();
            await phone.ScreenshotAsync("event-waiting-phone");
            await phone.AssertAccessibleAsync();

            await using (var other = await fixture.OpenPageAsync(390, 844))
            {
                await other.SignInAsync(first);
                await other.Page.GotoAsync(eventPath);
                await other.Page.GetByRole(AriaRole.Button, new() { Name = "Annulla l'iscrizione" }).ClickAsync();
                await Assertions.Expect(other.Page.GetByText("Iscrizione annullata.")).ToBeVisibleAsync();
            }

            await page.ReloadAsync();
            await Assertions.Expect(page.GetByText("Sei iscritto.")).ToBeVisibleAsync();
            phone.AssertNoProblems();
        }
    }

    [Fact]
    public async Task At_the_door_the_organiser_marks_an_arrival_from_the_phone_then_shares_the_slides_and_a_registrant_keeps_the_event_in_a_calendar()
    {
        var (organiser, _) = await fixture.CreateMemberAsync("Olga Organizza");
        var (giada, _) = await fixture.CreateMemberAsync("Giada Ospite");
        var (marco, _) = await fixture.CreateMemberAsync("Marco Ospite");
        var starts = DateTimeOffset.UtcNow.AddMinutes(-30);
        var e = new Application.Domain.Events.Event
        {
            Title = "Colazione sulle storie dei clienti",
            OrganizedBy = Application.Domain.Events.EventOrganizer.Member,
            CreatedById = organiser.Id,
            DescriptionMarkdown = "Un'ora per raccontarsi i casi migliori.",
            DescriptionHtml = "<p>Un'ora per raccontarsi i casi migliori.</p>",
            StartsAt = starts,
            EndsAt = starts.AddHours(2),
            Venue = "Caffè del Teatro",
            City = "Parma",
            Region = Application.Domain.Members.ItalianRegion.EmiliaRomagna,
            RegisteredCount = 2,
            LastNumber = 2,
            CreatedAt = starts.AddDays(-10),
            UpdatedAt = starts.AddDays(-10),
        };
        await using (var db = fixture.Database.CreateDbContext())
        {
            db.Add(e);
            db.AddRange(
                new Application.Domain.Events.EventRegistration { EventId = e.Id, MemberId = giada.Id, Number = 1, RegisteredAt = starts.AddDays(-9) },
                new Application.Domain.Events.EventRegistration { EventId = e.Id, MemberId = marco.Id, Number = 2, RegisteredAt = starts.AddDays(-8) });
            await db.SaveChangesAsync();
        }

        // At the door, on the phone: the organiser types a few letters and marks Giada as arrived.
        await using (var phone = await fixture.OpenPageAsync(390, 844))
        {
            var page = phone.Page;
            await phone.SignInAsync(organiser);
            await page.GotoAsync($"/eventi/{e.Id}");
            await page.GetByRole(AriaRole.Link, new() { Name = "Iscritti (2)" }).ClickAsync();
            await page.GetByLabel("Cerca per nome, profilo o organizzazione").FillAsync("giad");
            await page.GetByRole(AriaRole.Button, new() { Name = "Cerca" }).ClickAsync();
            await Assertions.Expect(page.Locator(".registrant")).ToHaveCountAsync(1);
            var mark = page.Locator($"#iscritto-{giada.Id} button");
            await Assertions.Expect(mark).ToHaveAccessibleNameAsync("Segna arrivo (Giada Ospite)");
            await mark.ClickAsync();
            await Assertions.Expect(mark).ToHaveAttributeAsync("aria-pressed", "true");
            await Assertions.Expect(mark).ToHaveAccessibleNameAsync("Arrivato (Giada Ospite), tocca per togliere il segno.");
            await page.GotoAsync($"/eventi/{e.Id}/iscritti");
            await Assertions.Expect(page.Locator(".event-meta")).ToContainTextAsync("Arrivati: 1.");
            await phone.ScreenshotAsync("registrants-phone");
            await phone.AssertAccessibleAsync();

            // The slides, from the same phone.
            await page.GotoAsync($"/eventi/{e.Id}/materiali");
            await page.Locator("#m-0-title").FillAsync("Le slide della colazione");
            await page.Locator("#m-0-url").FillAsync("https://esempio.it/slide-colazione.pdf");
            await page.GetByRole(AriaRole.Button, new() { Name = "Salva i materiali" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Le slide della colazione" })).ToBeVisibleAsync();
            phone.AssertNoProblems();
        }

        // Giada thanks everyone in the comments and keeps her events in her calendar app.
        await using (var desktop = await fixture.OpenPageAsync())
        {
            var page = desktop.Page;
            await desktop.SignInAsync(giada);
            await page.GotoAsync($"/eventi/{e.Id}");
            await page.GetByLabel("Il tuo commento").FillAsync("Grazie a tutti, le slide sono utilissime.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Pubblica il commento" }).ClickAsync();
            await Assertions.Expect(page.Locator(".comment-thread")).ToContainTextAsync("Grazie a tutti, le slide sono utilissime.");
            await desktop.ScreenshotAsync("event-after-desktop");
            await desktop.AssertAccessibleAsync();

            await page.GotoAsync("/eventi/miei");
            await page.GetByRole(AriaRole.Button, new() { Name = "Crea l'indirizzo del calendario" }).ClickAsync();
            var address = await page.GetByLabel("Il tuo indirizzo: copialo ora, non te lo mostreremo più.").InputValueAsync();
            Assert.Matches("/calendario/[A-Za-z0-9_-]{43}\\.ics$", address);
            await desktop.ScreenshotAsync("my-events-desktop");
            await desktop.AssertAccessibleAsync();
            desktop.AssertNoProblems();
        }
    }
}
