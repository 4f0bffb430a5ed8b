using ClubMediaSociali.BrowserTests.Infrastructure;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ClubMediaSociali.BrowserTests;

/// <summary>Joining with a provider's account in Chromium, through a real OpenID Connect server, on the phone; then the account page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ExternalSignInJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.Database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_manager_joins_from_the_phone_with_the_work_account_and_sees_it_linked_on_the_account_page()
    {
        fixture.Provider.SignedIn = new ProviderAccount("li-4711", "Elena Dirigente", "elena.dirigente@esempio.it", EmailVerified: true);
        await using (var phone = await fixture.OpenPageAsync(390, 844))
        {
            var page = phone.Page;
            await page.GotoAsync("/accesso");
            await browserShot(phone, "sign-in-providers-phone");
            await page.GetByRole(AriaRole.Button, new() { Name = "Continua con LinkedIn" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Iscriviti al Club");
            await Assertions.Expect(page.GetByLabel("Nome e cognome")).ToHaveValueAsync("Elena Dirigente");
            await Assertions.Expect(page.Locator("#email-hint")).ToContainTextAsync("LinkedIn ha già verificato elena.dirigente@esempio.it");
            await browserShot(phone, "join-with-provider-phone");
            await page.GetByLabel("Il tuo ruolo professionale principale").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await page.Locator("#AcceptTerms").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Crea il mio account" }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice-bar")).ToContainTextAsync("Benvenuto nel Club!");
            await page.GotoAsync("/account");
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Aggiungi una passkey" })).ToBeVisibleAsync();
            await browserShot(phone, "account-passkeys-providers-phone");
            phone.AssertNoProblems();
        }

        await using var desktop = await fixture.OpenPageAsync();
        var p = desktop.Page;
        await p.GotoAsync("/accesso");
        await browserShot(desktop, "sign-in-providers-desktop");
        await p.GetByRole(AriaRole.Button, new() { Name = "Continua con LinkedIn" }).ClickAsync();
        await p.Locator(".member-name").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await p.GotoAsync("/account");
        await Assertions.Expect(p.Locator("section[aria-labelledby='collegamenti-titolo'] .session-item")).ToContainTextAsync("collegato");
        await Assertions.Expect(p.Locator("section[aria-labelledby='sessioni-titolo'] .session-item").First).ToContainTextAsync("Account LinkedIn");
        await browserShot(desktop, "account-providers-desktop");
        desktop.AssertNoProblems();

        static async Task browserShot(BrowserPage page, string name)
        {
            await page.ScreenshotAsync(name);
            await page.AssertAccessibleAsync();
        }
    }
}
