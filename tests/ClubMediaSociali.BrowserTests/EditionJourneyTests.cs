using ClubMediaSociali.Application.Data.DemoContent;
using ClubMediaSociali.Application.Domain.Newsletter;
using ClubMediaSociali.Application.Features.Editions;
using ClubMediaSociali.BrowserTests.Infrastructure;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ClubMediaSociali.BrowserTests;

/// <summary>A moderator writes the week's edition, previews it in both languages and sends it; a subscriber reads it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EditionJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await fixture.Database.ResetAsync();
        await using var scope = fixture.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoContentSeeder>().SeedAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_weeks_edition_is_written_previewed_in_both_languages_sent_and_read_in_a_mail_client()
    {
        var (moderator, key) = await fixture.CreateMemberAsync("Mara Moderatrice", moderator: true);
        var reader = $"lettrice-{Guid.NewGuid():N}@esempio.it";
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Application.Data.ClubDbContext>();
            db.NewsletterSubscribers.Add(new NewsletterSubscriber
            {
                Email = reader,
                PrivacyPolicyVersion = "2026-11",
                Culture = "it",
                ConsentedAt = DateTimeOffset.UtcNow,
                ConfirmedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        await using var browser = await fixture.OpenPageAsync();
        var page = browser.Page;
        await browser.SignInAsync(moderator, key);
        await page.GotoAsync("/moderazione/aggiornamenti");
        await page.GetByRole(AriaRole.Button, new() { Name = "Prepara la bozza di questa settimana" }).ClickAsync();
        await page.GetByLabel("Introduzione in italiano").FillAsync("Questa settimana il Club ha parlato di misure e di primi passi.\n\nBuona lettura!");
        await page.GetByLabel("Introduzione in inglese").FillAsync("This week the Club talked about measuring and first steps.\n\nEnjoy!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Salva l'edizione" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice-bar")).ToContainTextAsync("Edizione salvata");
        await Assertions.Expect(page.FrameLocator("iframe[src$='/anteprima/it']").Locator("body")).ToContainTextAsync("Questa settimana il Club ha parlato di misure");
        await Assertions.Expect(page.FrameLocator("iframe[src$='/anteprima/en']").Locator("body")).ToContainTextAsync("Rising ideas");
        await browser.ScreenshotAsync("edition-editor");
        await browser.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Invia una prova a me" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice-bar")).ToContainTextAsync("Prova inviata");
        await page.GetByRole(AriaRole.Button, new() { Name = "Invia ora" }).ClickAsync();
        await Assertions.Expect(page.Locator(".edition-state")).ToContainTextAsync("Programmata");

        // The job's next minute, as one instance runs it, with the app's own mail sender.
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<EditionDelivery>().RunAsync(100, CancellationToken.None));
        }

        var mail = Assert.Single(Mailbox.To(fixture.MailFolder, reader));
        await page.GotoAsync("/aggiornamenti/edizioni/1");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Il meglio della settimana nel Club");
        await browser.ScreenshotAsync("edition-archive-page");
        await browser.AssertAccessibleAsync();
        browser.AssertNoProblems();

        // The received mail, as a mail client shows it, light and dark.
        await using var client = await fixture.OpenPageAsync(600, 900);
        await client.Page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        await client.Page.SetContentAsync(mail.HtmlBody!);
        await Assertions.Expect(client.Page.Locator("body")).ToContainTextAsync("Buona lettura!");
        // The footer's way out is the one mail clients offer from the List-Unsubscribe header.
        var leave = await client.Page.GetByRole(AriaRole.Link, new() { Name = "Non ricevere più gli aggiornamenti" }).GetAttributeAsync("href");
        Assert.Equal($"<{leave}>", mail.Headers["List-Unsubscribe"]);
        await client.ScreenshotAsync("mail-edition-light");
        await client.Page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await client.ScreenshotAsync("mail-edition-dark");
    }
}
