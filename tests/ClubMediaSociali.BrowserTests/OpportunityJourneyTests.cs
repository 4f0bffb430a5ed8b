using ClubMediaSociali.BrowserTests.Infrastructure;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ClubMediaSociali.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class OpportunityJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    private const string Title = "Fotografie per il catalogo della cantina";

    public Task InitializeAsync() => fixture.Database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_representative_publishes_a_member_responds_and_sees_the_response_selected()
    {
        var (representative, _) = await fixture.CreateMemberAsync("Rosa Rappresentante");
        var (applicant, _) = await fixture.CreateMemberAsync("Ada Fotografa");
        var (company, reps) = Build.Company("Cantina Poggio Alto", representativeIds: representative.Id);
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Application.Data.ClubDbContext>();
            db.Add(company);
            db.AddRange(reps);
            await db.SaveChangesAsync();
        }

        string address;
        await using (var browser = await fixture.OpenPageAsync())
        {
            var page = browser.Page;
            await browser.SignInAsync(representative);
            await page.GotoAsync($"/aziende/{company.Slug}");
            await page.GetByRole(AriaRole.Link, new() { Name = "Pubblica un'opportunità" }).ClickAsync();
            await page.GetByLabel("Tipo", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Progetto" });
            await page.GetByLabel("Titolo", new() { Exact = true }).FillAsync(Title);
            await page.GetByLabel("Descrizione", new() { Exact = true }).FillAsync("Trenta fotografie delle vigne e della cantina, **entro marzo**.");
            await page.GetByLabel("Regione").SelectOptionAsync(new SelectOptionValue { Label = "Toscana" });
            await page.GetByLabel("Compenso o budget minimo, in euro").FillAsync("1200");
            await page.GetByLabel("Compenso o budget massimo, in euro").FillAsync("2000");
            await browser.ScreenshotAsync("opportunity-form");
            await page.GetByRole(AriaRole.Button, new() { Name = "Pubblica", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(Title);
            address = new Uri(page.Url).AbsolutePath;
            browser.AssertNoProblems();
        }

        await using (var browser = await fixture.OpenPageAsync())
        {
            var page = browser.Page;
            await browser.SignInAsync(applicant);
            await page.GotoAsync("/opportunita");
            await browser.ScreenshotAsync("opportunities-list");
            await browser.AssertAccessibleAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
            await page.GetByLabel("Il tuo messaggio").FillAsync("Fotografo vigneti da dieci anni: vi mando il portfolio.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Invia la risposta" }).ClickAsync();
            await Assertions.Expect(page.Locator(".own-response .response-status")).ToHaveTextAsync("Inviata");
            browser.AssertNoProblems();
        }

        await using (var browser = await fixture.OpenPageAsync())
        {
            var page = browser.Page;
            await browser.SignInAsync(representative);
            await page.GotoAsync(address);
            await page.GetByRole(AriaRole.Link, new() { Name = "Vedi le risposte" }).ClickAsync();
            var card = page.Locator(".response-card", new() { HasText = "Ada Fotografa" });
            await Assertions.Expect(card).ToContainTextAsync("Fotografo vigneti da dieci anni");
            await card.GetByRole(AriaRole.Button, new() { Name = "Selezionata", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator(".response-card .response-status")).ToHaveTextAsync("Selezionata");
            await browser.ScreenshotAsync("opportunity-responses");
            await browser.AssertAccessibleAsync();
            browser.AssertNoProblems();
        }

        await using (var browser = await fixture.OpenPageAsync(390, 844))
        {
            var page = browser.Page;
            await browser.SignInAsync(applicant);
            await page.GotoAsync(address);
            await Assertions.Expect(page.Locator(".own-response .response-status")).ToHaveTextAsync("Selezionata");
            await browser.ScreenshotAsync("opportunity-selected-mobile");
            await browser.AssertAccessibleAsync();
            browser.AssertNoProblems();
        }
    }
}
