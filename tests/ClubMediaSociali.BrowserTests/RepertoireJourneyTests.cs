using ClubMediaSociali.BrowserTests.Infrastructure;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ClubMediaSociali.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class RepertoireJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.Database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_member_submits_a_technique_and_a_moderator_publishes_it()
    {
        var (author, _) = await fixture.CreateMemberAsync("Irene Autrice", moderator: false);
        var (moderator, key) = await fixture.CreateMemberAsync("Ugo Moderatore", moderator: true);

        await using (var browser = await fixture.OpenPageAsync())
        {
            var page = browser.Page;
            await browser.SignInAsync(author);
            await page.GotoAsync("/repertorio");
            await page.GetByRole(AriaRole.Link, new() { Name = "Proponi una pratica" }).ClickAsync();
            // The kind first: the form then asks only for a technique's fields.
            await browser.ScreenshotAsync("practice-kind-choice");
            await page.Locator("a.kind-choice", new() { HasText = "Tecnica" }).ClickAsync();
            Assert.Equal(0, await page.GetByLabel("Indirizzo della risorsa").CountAsync());
            await page.GetByLabel("Titolo", new() { Exact = true }).FillAsync("Rispondere ai commenti negativi in tre mosse");
            await page.GetByLabel("Riassunto").FillAsync("Come trasformare una critica pubblica in una conversazione utile.");
            await page.GetByLabel("I passi, uno per riga").FillAsync("Ringrazia e riconosci il problema\nSposta i dettagli in privato\nTorna a dire com'è finita");
            await page.GetByLabel("Instagram").CheckAsync();
            await browser.ScreenshotAsync("practice-form");
            await browser.AssertAccessibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Salva la bozza" }).ClickAsync();
            // Wait for what the draft page shows rather than for a load event, which a busy machine can miss.
            await page.GetByRole(AriaRole.Button, new() { Name = "Invia ai moderatori" }).WaitForAsync();
            await browser.ScreenshotAsync("practice-draft");
            await page.GetByRole(AriaRole.Button, new() { Name = "Invia ai moderatori" }).ClickAsync();
            await page.Locator(".status-badge").WaitForAsync();
            Assert.Equal("In revisione", await page.Locator(".status-badge").InnerTextAsync());
            browser.AssertNoProblems();
        }

        await using (var browser = await fixture.OpenPageAsync())
        {
            var page = browser.Page;
            await browser.SignInAsync(moderator, key);
            await page.GotoAsync("/moderazione/repertorio");
            await page.GetByRole(AriaRole.Link, new() { Name = "Rispondere ai commenti negativi in tre mosse" }).ClickAsync();
            await browser.ScreenshotAsync("practice-review");
            await page.GetByRole(AriaRole.Button, new() { Name = "Pubblica" }).ClickAsync();
            // Wait for what the moderator sees, not for load events: those were flaky on a busy machine.
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Nessuna pratica in attesa");
            Assert.EndsWith("/moderazione/repertorio", page.Url, StringComparison.Ordinal);
            browser.AssertNoProblems();
        }

        await using (var visitor = await fixture.OpenPageAsync())
        {
            await visitor.Page.GotoAsync("/repertorio");
            await visitor.AssertAccessibleAsync();
            await visitor.Page.GetByRole(AriaRole.Link, new() { Name = "Rispondere ai commenti negativi in tre mosse" }).ClickAsync();
            Assert.Equal(3, await visitor.Page.Locator(".practice-steps li").CountAsync());
            await visitor.ScreenshotAsync("practice-published");
            await visitor.AssertAccessibleAsync();
        }
    }

    [Fact]
    public async Task A_reader_marks_a_method_useful_ticks_its_steps_and_comments_without_leaving_the_page()
    {
        var (author, _) = await fixture.CreateMemberAsync("Irene Autrice", moderator: false);
        var (reader, _) = await fixture.CreateMemberAsync("Oscar Lettore", moderator: false);
        var method = Build.Practice();
        method.AuthorId = author.Id;
        method.Kind = Application.Domain.Repertoire.PracticeKind.Method;
        method.Title = "Piano editoriale in quattro settimane";
        method.Summary = "Un metodo per chi parte da zero.";
        method.Steps = ["Scegli due canali", "Decidi tre temi", "Prepara un calendario"];
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Application.Data.ClubDbContext>();
            db.Practices.Add(method);
            await db.SaveChangesAsync();
        }

        await using var browser = await fixture.OpenPageAsync();
        var page = browser.Page;
        await browser.SignInAsync(reader);
        await page.GotoAsync($"/repertorio/{method.Id}");
        var url = page.Url;

        var useful = page.Locator(".practice-actions form[action$='/utile'] button");
        await useful.ClickAsync();
        await Assertions.Expect(page.Locator(".practice-actions form[action$='/utile'] button")).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Equal("1", await page.Locator(".practice-actions .useful-count").InnerTextAsync());

        await page.GetByLabel("Decidi tre temi").CheckAsync();
        await Assertions.Expect(page.Locator("#passi-progresso")).ToContainTextAsync("Passi completati: 1 su 3");

        await page.GetByLabel("Il tuo commento").FillAsync("L'ho provato con una **cantina**: funziona.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pubblica il commento" }).ClickAsync();
        await Assertions.Expect(page.Locator(".comment-notice")).ToHaveTextAsync("Commento pubblicato.");
        Assert.Equal("cantina", await page.Locator(".comment-body strong").InnerTextAsync());
        Assert.Equal(url, page.Url);
        await browser.ScreenshotAsync("practice-comments");

        await page.ReloadAsync();
        Assert.True(await page.GetByLabel("Decidi tre temi").IsCheckedAsync());
        browser.AssertNoProblems();
    }
}
