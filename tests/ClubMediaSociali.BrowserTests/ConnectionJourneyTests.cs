using ClubMediaSociali.BrowserTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ClubMediaSociali.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ConnectionJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.Database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_suggested_person_is_asked_to_connect_accepts_after_a_notification_and_both_appear_on_the_leaderboard()
    {
        var (anna, _) = await fixture.CreateMemberAsync("Anna Marketing");
        var (bruno, _) = await fixture.CreateMemberAsync("Bruno Video");
        string[] annaOffers = ["strategia"], annaSeeks = ["video"], brunoOffers = ["video", "reels"];
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Application.Data.ClubDbContext>();
            await db.Users.Where(m => m.Id == anna.Id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.PrimaryRoleId, 1).SetProperty(m => m.OffersTags, annaOffers).SetProperty(m => m.SeeksTags, annaSeeks));
            await db.Users.Where(m => m.Id == bruno.Id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.PrimaryRoleId, 8).SetProperty(m => m.OffersTags, brunoOffers).SetProperty(m => m.Headline, "Video per marchi e cantine"));
        }

        await using (var browser = await fixture.OpenPageAsync())
        {
            var page = browser.Page;
            await browser.SignInAsync(anna);
            await page.GotoAsync("/rete/suggerimenti");
            var card = page.Locator(".member-card", new() { HasText = "Bruno Video" });
            await Assertions.Expect(card).ToContainTextAsync("Porta quello che cerchi: video");
            await Assertions.Expect(card).ToContainTextAsync("Lavora in un'area diversa dalla tua: Social media");
            await browser.AssertAccessibleAsync();
            await card.GetByRole(AriaRole.Link, new() { Name = "Bruno Video" }).ClickAsync();
            await page.GetByText("Collegati", new() { Exact = true }).ClickAsync();
            await page.GetByLabel("Un messaggio per presentarti (facoltativo)").FillAsync("Cerco qualcuno per i video della nostra linea di prodotti.");
            await browser.ScreenshotAsync("connect-request");
            await page.GetByRole(AriaRole.Button, new() { Name = "Invia la richiesta" }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice-bar")).ToHaveTextAsync("Richiesta inviata a Bruno Video: riceverà una notifica.");
            browser.AssertNoProblems();
        }

        await using (var browser = await fixture.OpenPageAsync())
        {
            var page = browser.Page;
            await browser.SignInAsync(bruno);
            await Assertions.Expect(page.Locator("#notifiche-nav .notification-count")).ToHaveTextAsync("1");
            await page.Locator("#notifiche-nav").ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Anna Marketing chiede di collegarvi" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("La mia rete");
            await Assertions.Expect(page.Locator(".network-message")).ToHaveTextAsync("Cerco qualcuno per i video della nostra linea di prodotti.");
            await browser.ScreenshotAsync("network-requests");
            await browser.AssertAccessibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Accetta" }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice-bar")).ToHaveTextAsync("Ora tu e Anna Marketing siete in contatto.");
            await Assertions.Expect(page.Locator(".lede-dark")).ToHaveTextAsync("Hai 1 contatto nel Club.");
            browser.AssertNoProblems();
        }

        await using (var browser = await fixture.OpenPageAsync())
        {
            var page = browser.Page;
            await browser.SignInAsync(anna);
            await page.GotoAsync($"/membri/{bruno.Handle}");
            await Assertions.Expect(page.Locator(".connected-mark")).ToHaveTextAsync("Siete in contatto");
            await page.GotoAsync("/leader");
            await Assertions.Expect(page.Locator(".leader-name")).ToHaveTextAsync(["Anna Marketing", "Bruno Video"]);
            await Assertions.Expect(page.Locator(".leader-points").First).ToHaveTextAsync("2 punti");
            await browser.ScreenshotAsync("leaderboard");
            await browser.AssertAccessibleAsync();
            browser.AssertNoProblems();
        }

        await using (var browser = await fixture.OpenPageAsync(390, 844))
        {
            var page = browser.Page;
            await browser.SignInAsync(bruno);
            await page.GotoAsync("/profilo/valore");
            await Assertions.Expect(page.Locator(".my-reputation")).ToHaveTextAsync("La tua reputazione: 2 punti.");
            await Assertions.Expect(page.Locator("canvas[data-chart]")).ToHaveAttributeAsync("width", new System.Text.RegularExpressions.Regex("^[1-9]"));
            await browser.ScreenshotAsync("value-dashboard-mobile");
            await browser.AssertAccessibleAsync();
            browser.AssertNoProblems();
        }

        // A visitor looks at the Club in numbers and searches it from the navigation.
        await using (var browser = await fixture.OpenPageAsync())
        {
            var page = browser.Page;
            await page.GotoAsync("/statistiche");
            await Assertions.Expect(page.Locator("#ruoli-titolo")).ToHaveTextAsync("Membri per area professionale");
            await Assertions.Expect(page.Locator("canvas[data-chart]").First).ToHaveAttributeAsync("width", new System.Text.RegularExpressions.Regex("^[1-9]"));
            await browser.ScreenshotAsync("statistics");
            await browser.AssertAccessibleAsync();
            await page.GetByLabel("Cerca nel Club").FillAsync("video");
            await page.GetByLabel("Cerca nel Club").PressAsync("Enter");
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Risultati per «video»");
            await Assertions.Expect(page.Locator("#risultati-Members .search-hits a")).ToHaveTextAsync("Bruno Video");
            await browser.ScreenshotAsync("search-results");
            await browser.AssertAccessibleAsync();
            browser.AssertNoProblems();
        }
    }
}
