using ClubMediaSociali.BrowserTests.Infrastructure;
using ClubMediaSociali.Tests.Features.Media;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ClubMediaSociali.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ConversationJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.Database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_member_writes_from_a_profile_and_the_other_answers_from_the_phone()
    {
        var (anna, _) = await fixture.CreateMemberAsync("Anna Scrive");
        var (bruno, _) = await fixture.CreateMemberAsync("Bruno Legge");
        await using (var db = fixture.Database.CreateDbContext())
        {
            // Anna has the points of trust level "membro", so Bruno's default setting lets her write first.
            await db.Users.Where(m => m.Id == anna.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Reputation, 10));
        }

        await using (var desktop = await fixture.OpenPageAsync())
        {
            var page = desktop.Page;
            await desktop.SignInAsync(anna);
            await page.GotoAsync($"/membri/{bruno.Handle}");
            await page.GetByRole(AriaRole.Link, new() { Name = "Scrivi", Exact = true }).ClickAsync();
            await page.GetByLabel("Messaggio", new() { Exact = true }).FillAsync("Ciao Bruno, ho letto la tua pratica sulle newsletter: ne parliamo?");
            await page.GetByRole(AriaRole.Button, new() { Name = "Invia" }).ClickAsync();
            await Assertions.Expect(page.Locator(".message-body")).ToHaveTextAsync(["Ciao Bruno, ho letto la tua pratica sulle newsletter: ne parliamo?"]);

            // A picture and a document with the next message: the picture shows in the page, the document downloads.
            await page.GetByText("Allega immagini o documenti", new() { Exact = true }).ClickAsync();
            await page.GetByLabel("Allega immagini o documenti (facoltativo)").SetInputFilesAsync(
            [
                new FilePayload { Name = "stand-2025.jpg", MimeType = "image/jpeg", Buffer = PictureCorpus.Jpeg(1200, 800, PictureCorpus.Blue) },
                new FilePayload { Name = "Listino stand.pdf", MimeType = "application/pdf", Buffer = PictureCorpus.Pdf("Listino") },
            ]);
            await page.GetByLabel("Il tuo messaggio").FillAsync("Ecco il nostro stand dell'anno scorso e il listino.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Invia" }).ClickAsync();
            await Assertions.Expect(page.Locator(".message-files a[download]")).ToHaveTextAsync("Listino stand.pdf");
            await Assertions.Expect(page.GetByAltText("Immagine: stand-2025.jpg")).ToBeVisibleAsync();
            Assert.True(await page.GetByAltText("Immagine: stand-2025.jpg").EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 1200"));
            await desktop.ScreenshotAsync("conversation-desktop");
            await desktop.AssertAccessibleAsync();
            desktop.AssertNoProblems();
        }

        await using (var phone = await fixture.OpenPageAsync(390, 844))
        {
            var page = phone.Page;
            await phone.SignInAsync(bruno);
            await page.GotoAsync("/messaggi");
            await Assertions.Expect(page.Locator(".conversation-unread .conversation-name")).ToHaveTextAsync("Anna Scrive");
            await Assertions.Expect(page.Locator("#messaggi-nav .notification-count")).ToHaveTextAsync("1");
            await phone.ScreenshotAsync("conversations-phone");
            await phone.AssertAccessibleAsync();

            await page.Locator(".conversation-open").ClickAsync();
            await page.GetByLabel("Il tuo messaggio").FillAsync("Volentieri: giovedì alle 10?");
            await page.GetByRole(AriaRole.Button, new() { Name = "Invia" }).ClickAsync();
            await Assertions.Expect(page.Locator(".message-mine .message-body")).ToHaveTextAsync(["Volentieri: giovedì alle 10?"]);
            Assert.True(await page.GetByAltText("Immagine: stand-2025.jpg").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
            await phone.ScreenshotAsync("conversation-phone");
            await phone.AssertAccessibleAsync();

            // The pages a member reaches from a conversation or its mail: reporting it, and stopping its mail.
            var conversation = new Uri(page.Url).AbsolutePath;
            await page.GotoAsync($"{conversation}/segnala");
            await Assertions.Expect(page.GetByLabel("Cosa non va? (facoltativo)")).ToBeVisibleAsync();
            await phone.ScreenshotAsync("conversation-report-form-phone");
            await phone.AssertAccessibleAsync();
            var tokens = fixture.Services.GetRequiredService<ClubMediaSociali.Application.Common.Email.EmailTokens>();
            await page.GotoAsync(ClubMediaSociali.Web.Infrastructure.Jobs.MessageMailJob.StopPath(tokens, Guid.Parse(conversation.Split('/')[^1]), bruno.Id));
            await page.GetByRole(AriaRole.Button, new() { Name = "Sì, nessuna email per questa conversazione" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Fatto: non riceverai più email")).ToBeVisibleAsync();
            await phone.ScreenshotAsync("conversation-mail-stopped-phone");
            await phone.AssertAccessibleAsync();
            await page.GotoAsync("/notifiche/preferenze");
            await page.GetByText("Messaggi non letti").First.ScrollIntoViewIfNeededAsync();
            await phone.ScreenshotAsync("notification-preferences-phone");
            await phone.AssertAccessibleAsync();
            phone.AssertNoProblems();
        }
    }

    [Fact]
    public async Task A_representative_writes_to_the_selected_applicant_whose_open_pages_show_it_live_and_who_answers_from_the_phone()
    {
        var (representative, _) = await fixture.CreateMemberAsync("Rosa Rappresentante");
        var (applicant, _) = await fixture.CreateMemberAsync("Ada Fotografa");
        var (company, reps) = Build.Company("Cantina Poggio Alto", representativeIds: representative.Id);
        var opportunity = Build.Opportunity(companyId: company.Id);
        opportunity.Title = "Fotografie per il catalogo della cantina";
        await using (var db = fixture.Database.CreateDbContext())
        {
            db.Add(company);
            db.AddRange(reps);
            db.Add(opportunity);
            db.Add(Build.Response(opportunity.Id, applicant.Id, "Fotografo vigneti da dieci anni."));
            await db.SaveChangesAsync();
        }

        // Ada has her messages open on the phone; the page is never reloaded until she acts (the marker would be lost).
        await using var phone = await fixture.OpenPageAsync(390, 844);
        await phone.SignInAsync(applicant);
        await phone.Page.GotoAsync("/messaggi");
        await phone.Page.EvaluateAsync("() => window.notReloaded = true");

        await using var desktop = await fixture.OpenPageAsync();
        var rosa = desktop.Page;
        await desktop.SignInAsync(representative);
        await rosa.GotoAsync($"/opportunita/{opportunity.Id}/risposte");
        await rosa.GetByRole(AriaRole.Button, new() { Name = "Selezionata", Exact = true }).ClickAsync();
        await rosa.GetByRole(AriaRole.Link, new() { Name = "Scrivi a Ada Fotografa" }).ClickAsync();
        await rosa.GetByLabel("Messaggio", new() { Exact = true }).FillAsync("Buongiorno Ada, la sua proposta è stata scelta: quando possiamo sentirci?");
        await rosa.GetByRole(AriaRole.Button, new() { Name = "Invia" }).ClickAsync();
        await Assertions.Expect(rosa.Locator(".conversation-about")).ToContainTextAsync("Selezionata");
        await rosa.EvaluateAsync("() => window.notReloaded = true");

        // The badge on Ada's open page counts the new conversation without a reload.
        var ada = phone.Page;
        await Assertions.Expect(ada.Locator("#messaggi-nav .notification-count")).ToHaveTextAsync("1");
        Assert.True(await ada.EvaluateAsync<bool>("() => window.notReloaded === true"));
        await ada.GetByRole(AriaRole.Link, new() { Name = "Messaggi: 1 conversazione da leggere" }).ClickAsync();
        await ada.Locator(".conversation-open").ClickAsync();
        await Assertions.Expect(ada.Locator(".message-body")).ToHaveTextAsync(["Buongiorno Ada, la sua proposta è stata scelta: quando possiamo sentirci?"]);
        await ada.EvaluateAsync("() => window.notReloaded = true");
        // Sending stays on the page: the message appears in place and the box is empty for the next one.
        await ada.GetByLabel("Il tuo messaggio").FillAsync("Grazie! Domani mattina va benissimo.");
        await ada.GetByRole(AriaRole.Button, new() { Name = "Invia" }).ClickAsync();
        await Assertions.Expect(ada.Locator(".message-mine .message-body")).ToHaveTextAsync(["Grazie! Domani mattina va benissimo."]);
        await Assertions.Expect(ada.GetByLabel("Il tuo messaggio")).ToHaveValueAsync("");
        Assert.True(await ada.EvaluateAsync<bool>("() => window.notReloaded === true"));

        // Rosa's open conversation shows the answer where it belongs, without a reload; her answer reaches Ada's page the same way.
        await Assertions.Expect(rosa.Locator(".message-body")).ToHaveTextAsync(
            ["Buongiorno Ada, la sua proposta è stata scelta: quando possiamo sentirci?", "Grazie! Domani mattina va benissimo."]);
        Assert.True(await rosa.EvaluateAsync<bool>("() => window.notReloaded === true"));
        await desktop.ScreenshotAsync("conversation-live-desktop");
        await desktop.AssertAccessibleAsync();
        await rosa.GetByLabel("Il tuo messaggio").FillAsync("Perfetto, la chiamo alle 10.");
        await rosa.GetByRole(AriaRole.Button, new() { Name = "Invia" }).ClickAsync();

        await Assertions.Expect(ada.Locator(".message-body")).ToHaveTextAsync(
            ["Buongiorno Ada, la sua proposta è stata scelta: quando possiamo sentirci?", "Grazie! Domani mattina va benissimo.", "Perfetto, la chiamo alle 10."]);
        Assert.True(await ada.EvaluateAsync<bool>("() => window.notReloaded === true"));
        await phone.ScreenshotAsync("conversation-live-phone");
        await phone.AssertAccessibleAsync();
        desktop.AssertNoProblems();
        phone.AssertNoProblems();
    }

    [Fact]
    public async Task A_member_searches_their_messages_and_reports_one_which_a_moderator_reads_as_a_snapshot()
    {
        var (anna, _) = await fixture.CreateMemberAsync("Anna Insistente");
        var (bruno, _) = await fixture.CreateMemberAsync("Bruno Segnala");
        var (moderator, key) = await fixture.CreateMemberAsync("Mara Moderatrice", moderator: true);
        await using (var db = fixture.Database.CreateDbContext())
        {
            await db.Users.Where(m => m.Id == anna.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Reputation, 10));
        }

        await using (var writer = await fixture.OpenPageAsync())
        {
            await writer.SignInAsync(anna);
            await writer.Page.GotoAsync($"/messaggi/nuovo?a={bruno.Handle}");
            await writer.Page.GetByLabel("Messaggio", new() { Exact = true }).FillAsync("Ti mando il preventivo per le campagne social.");
            await writer.Page.GetByRole(AriaRole.Button, new() { Name = "Invia" }).ClickAsync();
            await writer.Page.GetByLabel("Il tuo messaggio").FillAsync("Rispondimi subito, altrimenti lo scrivo ovunque.");
            await writer.Page.GetByRole(AriaRole.Button, new() { Name = "Invia" }).ClickAsync();
            await Assertions.Expect(writer.Page.Locator(".message-mine")).ToHaveCountAsync(2);
        }

        await using (var phone = await fixture.OpenPageAsync(390, 844))
        {
            var page = phone.Page;
            await phone.SignInAsync(bruno);
            await page.GotoAsync("/messaggi");
            await page.GetByLabel("Cerca nei tuoi messaggi").FillAsync("preventivi campagna");
            await page.GetByRole(AriaRole.Button, new() { Name = "Cerca", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator(".message-results .conversation-preview")).ToHaveTextAsync(["Ti mando il preventivo per le campagne social."]);
            await phone.ScreenshotAsync("messages-search-phone");
            await phone.AssertAccessibleAsync();

            await page.Locator(".message-results a").ClickAsync();
            var threat = page.Locator("li.message", new() { HasText = "altrimenti lo scrivo ovunque" });
            await threat.Locator("summary", new() { HasText = "Segnala" }).ClickAsync();
            await threat.GetByLabel("Cosa non va? I moderatori leggeranno solo questo messaggio e i dieci intorno.").FillAsync("Una minaccia.");
            await threat.GetByRole(AriaRole.Button, new() { Name = "Invia la segnalazione" }).ClickAsync();
            await Assertions.Expect(page.Locator(".message-reported")).ToHaveTextAsync("Hai segnalato questo messaggio ai moderatori.");
            await phone.ScreenshotAsync("message-reported-phone");
            await phone.AssertAccessibleAsync();
            phone.AssertNoProblems();
        }

        await using (var desk = await fixture.OpenPageAsync())
        {
            var page = desk.Page;
            await desk.SignInAsync(moderator, key);
            await page.GotoAsync("/moderazione/messaggi");
            await Assertions.Expect(page.Locator(".report-list li")).ToContainTextAsync("Una minaccia.");
            await page.GetByRole(AriaRole.Link, new() { Name = "Leggi ciò che è stato segnalato" }).ClickAsync();
            await Assertions.Expect(page.Locator("li.message-new .message-body")).ToHaveTextAsync("Rispondimi subito, altrimenti lo scrivo ovunque.");
            await Assertions.Expect(page.Locator("li.message")).ToHaveCountAsync(2);
            await desk.ScreenshotAsync("moderation-report-desktop");
            await desk.AssertAccessibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Chiudi: ho agito" }).ClickAsync();
            await Assertions.Expect(page.Locator(".empty-state")).ToHaveTextAsync("Nessuna segnalazione da esaminare.");
            desk.AssertNoProblems();
        }
    }
}
