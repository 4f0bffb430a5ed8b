using ClubMediaSociali.Application.Data.DemoContent;
using ClubMediaSociali.BrowserTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ClubMediaSociali.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class FirstStepsJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    private const string Introduction = "/primi-passi/primi-passi-sui-social-media-per-la-tua-impresa";

    public async Task InitializeAsync()
    {
        await fixture.Database.ResetAsync();
        await using var scope = fixture.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoContentSeeder>().SeedAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_newcomer_walks_the_introductory_path_on_the_phone_with_the_keyboard_alone_and_completes_it()
    {
        var (member, _) = await fixture.CreateMemberAsync("Nina Nuova");
        var steps = DemoFirstSteps.Paths[0].Steps;
        await using var browser = await fixture.OpenPageAsync(390, 844);
        var page = browser.Page;

        // As a guest first: the path is open to everyone, and says how to keep one's progress.
        await page.GotoAsync("/primi-passi");
        await browser.ScreenshotAsync("first-steps-paths-phone");
        await browser.AssertAccessibleAsync();
        await page.GotoAsync(Introduction);
        await Assertions.Expect(page.Locator(".path-progress")).ToContainTextAsync("Iscriviti al Club");

        await browser.SignInAsync(member);
        await page.GotoAsync(Introduction);
        await browser.TabToAsync(".path-progress a.btn");
        await page.Keyboard.PressAsync("Enter");
        for (var i = 0; i < steps.Length; i++)
        {
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(steps[i].Practice);
            await Assertions.Expect(page.Locator(".path-bar-top")).ToContainTextAsync($"Passo {i + 1} di {steps.Length}");
            await Assertions.Expect(page.Locator(".path-bar-top")).ToContainTextAsync(steps[i].Note);
            if (i == 1)
            {
                await browser.ScreenshotAsync("first-steps-step-phone");
                await browser.AssertAccessibleAsync();
                // Leaving half-way: the path offers to carry on from the next step.
                await page.GotoAsync(Introduction);
                await Assertions.Expect(page.Locator(".path-progress")).ToContainTextAsync("Passi letti: 1 su 4.");
                await browser.TabToAsync(".path-progress a.btn");
                await Assertions.Expect(page.Locator(".path-progress a.btn")).ToContainTextAsync("Continua da dove eri rimasto: passo 2");
                await page.Keyboard.PressAsync("Enter");
                await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(steps[i].Practice);
            }

            await browser.TabToAsync(".path-nav button[type='submit']", maxPresses: 300);
            await page.Keyboard.PressAsync("Enter");
        }

        await Assertions.Expect(page.Locator(".notice-bar")).ToContainTextAsync("hai completato il percorso");
        await Assertions.Expect(page.Locator(".path-step.done")).ToHaveCountAsync(steps.Length);
        await browser.ScreenshotAsync("first-steps-completed-phone");
        await browser.AssertAccessibleAsync();
        browser.AssertNoProblems();
    }

    [Fact]
    public async Task A_moderator_composes_a_path_with_the_picker_reorders_it_with_the_keyboard_and_previews_it()
    {
        var (moderator, key) = await fixture.CreateMemberAsync("Mara Moderatrice", moderator: true);
        await using var browser = await fixture.OpenPageAsync();
        var page = browser.Page;
        await browser.SignInAsync(moderator, key);

        await page.GotoAsync("/moderazione/percorsi/nuovo");
        await page.GetByLabel("Titolo").FillAsync("Raccontare l'azienda");
        await page.GetByLabel("Introduzione").FillAsync("Tre letture per chi vuole mostrare le persone dietro al marchio.");
        await page.GetByLabel("Cerca tra le pratiche pubblicate").FillAsync("mobilificio");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator(".picker-result", new() { HasText = "mobilificio" }).GetByRole(AriaRole.Button, new() { Name = "Aggiungi" }).ClickAsync();
        await Assertions.Expect(page.Locator(".editor-step")).ToHaveCountAsync(1);
        await page.GetByLabel("Cerca tra le pratiche pubblicate").FillAsync("commenti");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cerca", Exact = true }).ClickAsync();
        await page.Locator(".picker-result", new() { HasText = "Rispondere ai commenti" }).GetByRole(AriaRole.Button, new() { Name = "Aggiungi" }).ClickAsync();
        await Assertions.Expect(page.Locator(".editor-step")).ToHaveCountAsync(2);
        // The focus lands on the new step's note, ready for typing.
        await Assertions.Expect(page.Locator("#step-1-note")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Chi racconta l'azienda riceve domande: ecco come rispondere.");
        await page.Locator("#step-0-note").FillAsync("Un caso vero, per cominciare.");

        // Moving with the keyboard keeps the focus on the step that moved, and says where it went.
        await page.Locator("#step-1-up").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".editor-step").First).ToContainTextAsync("Rispondere ai commenti");
        await Assertions.Expect(page.Locator("#step-0-down")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("[role='status']")).ToHaveTextAsync("Passo spostato in posizione 1.");
        await Assertions.Expect(page.Locator("#step-0-note")).ToHaveValueAsync("Chi racconta l'azienda riceve domande: ecco come rispondere.");

        // Dragging is the shortcut for a mouse: the order and the notes follow.
        await page.Locator(".editor-step").Nth(1).DragToAsync(page.Locator(".editor-step").First, new() { TargetPosition = new() { X = 20, Y = 5 } });
        await Assertions.Expect(page.Locator("[role='status']")).ToHaveTextAsync("Ordine dei passi aggiornato.");
        await Assertions.Expect(page.Locator(".editor-step").First).ToContainTextAsync("mobilificio");
        await Assertions.Expect(page.Locator("#step-0-note")).ToHaveValueAsync("Un caso vero, per cominciare.");
        await browser.ScreenshotAsync("path-editor");
        await browser.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Anteprima" }).ClickAsync();
        await Assertions.Expect(page.Locator(".path-preview .path-step")).ToHaveCountAsync(2);
        await page.Locator(".path-preview").ScrollIntoViewIfNeededAsync();
        await browser.ScreenshotAsync("path-editor-preview");

        await page.GetByRole(AriaRole.Button, new() { Name = "Salva il percorso" }).ClickAsync();
        await page.WaitForURLAsync("**/primi-passi/raccontare-l-azienda");
        await Assertions.Expect(page.Locator(".revision-banner")).ToContainTextAsync("Bozza");
        await Assertions.Expect(page.Locator(".path-step .step-note").First).ToHaveTextAsync("Un caso vero, per cominciare.");
        await browser.AssertAccessibleAsync();
        browser.AssertNoProblems();
    }
}
