using ClubMediaSociali.BrowserTests.Infrastructure;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ClubMediaSociali.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class IdeasJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    private const string Title = "Un archivio comune delle campagne social delle PMI";

    public Task InitializeAsync() => fixture.Database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_idea_is_posted_voted_and_discussed_then_selected_with_a_reason_that_appears_in_the_decision_log()
    {
        var (author, _) = await fixture.CreateMemberAsync("Irene Proponente");
        var (voter, _) = await fixture.CreateMemberAsync("Oscar Votante");
        var (moderator, key) = await fixture.CreateMemberAsync("Ugo Moderatore", moderator: true);
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Application.Data.ClubDbContext>();
            db.Ideas.Add(Build.Idea(author.Id, "Archivio delle campagne social delle PMI italiane"));
            await db.SaveChangesAsync();
        }

        string address;
        await using (var browser = await fixture.OpenPageAsync())
        {
            var page = browser.Page;
            await browser.SignInAsync(author);
            await page.GotoAsync("/idee");
            await page.GetByRole(AriaRole.Link, new() { Name = "Proponi un'idea" }).ClickAsync();
            await page.GetByLabel("Titolo", new() { Exact = true }).PressSequentiallyAsync(Title);
            // While the title is typed, an idea with a similar title is suggested.
            await Assertions.Expect(page.Locator("#idee-simili .similar-ideas")).ToContainTextAsync("Archivio delle campagne social delle PMI italiane");
            // Markdown nested past the renderer's bounds comes back with a message beside the field and the text kept.
            var tooDeep = new string('>', 40) + " una citazione dentro quaranta citazioni";
            await page.GetByLabel("L'idea", new() { Exact = true }).FillAsync(tooDeep);
            await page.GetByRole(AriaRole.Button, new() { Name = "Pubblica l'idea" }).ClickAsync();
            await Assertions.Expect(page.Locator("#Body-errore")).ToContainTextAsync("semplificalo");
            Assert.Equal(tooDeep, await page.GetByLabel("L'idea", new() { Exact = true }).InputValueAsync());
            Assert.Equal(Title, await page.GetByLabel("Titolo", new() { Exact = true }).InputValueAsync());
            await browser.ScreenshotAsync("idea-form-markdown-too-deep");
            await page.GetByLabel("L'idea", new() { Exact = true }).FillAsync("Raccogliamo in un solo posto le campagne delle piccole imprese, con **numeri veri**.");
            await page.GetByText("Ruoli professionali che riguarda").ClickAsync();
            await page.GetByLabel("Imprenditore o titolare di PMI").CheckAsync();
            await page.GetByLabel("Parole chiave").FillAsync("pmi, campagne");
            await browser.ScreenshotAsync("idea-form");
            await page.GetByRole(AriaRole.Button, new() { Name = "Pubblica l'idea" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(Title);
            Assert.Equal("numeri veri", await page.Locator(".idea-body strong").InnerTextAsync());
            Assert.Equal("Nuova", await page.Locator(".idea-meta .status-badge").InnerTextAsync());
            // Authors do not vote on their own idea: they see the counts, not the buttons.
            Assert.Equal(0, await page.Locator(".idea-vote button").CountAsync());
            address = new Uri(page.Url).AbsolutePath;
            browser.AssertNoProblems();
        }

        await using (var browser = await fixture.OpenPageAsync())
        {
            var page = browser.Page;
            await browser.SignInAsync(voter);
            await page.GotoAsync(address);
            await page.Locator(".idea-vote .vote-for").ClickAsync();
            await Assertions.Expect(page.Locator(".idea-vote .vote-for")).ToHaveAttributeAsync("aria-pressed", "true");
            Assert.Equal("1", await page.Locator(".idea-vote .vote-for .vote-count").InnerTextAsync());
            Assert.Equal("0", await page.Locator(".idea-vote .vote-against .vote-count").InnerTextAsync());
            await page.GetByLabel("Il tuo commento").FillAsync("Ci sto: posso portare i dati di due campagne di un mobilificio.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Pubblica il commento" }).ClickAsync();
            await Assertions.Expect(page.Locator(".comment-notice")).ToHaveTextAsync("Commento pubblicato.");
            Assert.EndsWith(address, page.Url, StringComparison.Ordinal);
            await browser.ScreenshotAsync("idea-voted");

            // The vote survives a reload, and the list shows it too.
            await page.GotoAsync("/idee?ordine=nuove");
            var card = page.Locator(".idea-card", new() { HasText = Title });
            Assert.Equal("true", await card.Locator(".vote-for").GetAttributeAsync("aria-pressed"));
            Assert.Contains("1 commento", await card.Locator(".idea-meta").InnerTextAsync(), StringComparison.Ordinal);
            await browser.ScreenshotAsync("ideas-list");
            await browser.AssertAccessibleAsync();
            browser.AssertNoProblems();
        }

        // Once voted and commented, the text stays what people voted on: the author is told why it cannot be edited.
        await using (var phone = await fixture.OpenPageAsync(390, 844))
        {
            await phone.SignInAsync(author);
            var locked = await phone.Page.GotoAsync(address + "/modifica");
            Assert.Equal(409, locked!.Status);
            await Assertions.Expect(phone.Page.Locator("h1")).ToHaveTextAsync("Non si può fare ora");
            Assert.Contains("ha già ricevuto voti o commenti", await phone.Page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            await Assertions.Expect(phone.Page.GetByRole(AriaRole.Link, new() { Name = "Torna indietro" })).ToHaveAttributeAsync("href", address);
            await phone.ScreenshotAsync("idea-locked-mobile");
            await phone.AssertAccessibleAsync();
            // The page's own 409 is the only thing the browser reports.
            Assert.All(phone.Problems, problem => Assert.Contains("409", problem, StringComparison.Ordinal));
        }

        await using (var browser = await fixture.OpenPageAsync())
        {
            var page = browser.Page;
            await browser.SignInAsync(moderator, key);
            await page.GotoAsync(address);
            await page.GetByRole(AriaRole.Link, new() { Name = "Cambia lo stato" }).ClickAsync();
            await page.GetByLabel("Nuovo stato").SelectOptionAsync(new SelectOptionValue { Label = "Selezionata" });
            await page.GetByLabel("Motivo").FillAsync("Molto richiesta dalle imprese del Club: la selezioniamo e cerchiamo due soci che la curino.");
            await browser.ScreenshotAsync("idea-status");
            await page.GetByRole(AriaRole.Button, new() { Name = "Registra la decisione" }).ClickAsync();
            await Assertions.Expect(page.Locator(".idea-meta .status-badge")).ToHaveTextAsync("Selezionata");
            await Assertions.Expect(page.Locator(".idea-decisions .decision-reason")).ToContainTextAsync("la selezioniamo");

            await page.GotoAsync("/idee/decisioni");
            var decision = page.Locator(".decision").First;
            Assert.Equal(Title, await decision.Locator("a").First.InnerTextAsync());
            Assert.Equal(["Nuova", "Selezionata"], await decision.Locator(".status-badge").AllInnerTextsAsync());
            Assert.Contains("Ugo Moderatore", await decision.InnerTextAsync(), StringComparison.Ordinal);
            await browser.ScreenshotAsync("decision-log");
            await browser.AssertAccessibleAsync();
            browser.AssertNoProblems();
        }

        await using (var visitor = await fixture.OpenPageAsync(390, 844))
        {
            await visitor.Page.GotoAsync("/idee/decisioni");
            await visitor.Page.GetByRole(AriaRole.Link, new() { Name = "Discuti la decisione" }).First.ClickAsync();
            Assert.Contains("la selezioniamo", await visitor.Page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            await visitor.ScreenshotAsync("decision-mobile");
            await visitor.AssertAccessibleAsync();
        }
    }
}
