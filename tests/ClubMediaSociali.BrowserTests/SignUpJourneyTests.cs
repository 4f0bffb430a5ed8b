using ClubMediaSociali.BrowserTests.Infrastructure;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ClubMediaSociali.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SignUpJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.Database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_visitor_joins_confirms_from_the_mail_signs_in_and_fills_in_the_profile()
    {
        await using var browser = await fixture.OpenPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Iscriviti", Exact = true }).ClickAsync();
        await page.GetByLabel("Nome e cognome").FillAsync("Ottavia Serra");
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync("ottavia@esempio.it");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("mandorli in fiore a marzo");
        await page.GetByLabel("Il tuo ruolo professionale principale").SelectOptionAsync(new SelectOptionValue { Label = "Community manager" });
        await page.Locator("#AcceptTerms").CheckAsync();
        await browser.ScreenshotAsync("sign-up-filled");
        await browser.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Crea il mio account" }).ClickAsync();
        await page.WaitForURLAsync("**/iscriviti/controlla-la-posta");

        await page.GotoAsync(await Mailbox.LinkToAsync(fixture.MailFolder, "ottavia@esempio.it"));
        Assert.Equal("Indirizzo confermato", await page.Locator("h1").InnerTextAsync());
        // The confirmation page signs her in with the address already filled, then opens her profile.
        Assert.Equal("ottavia@esempio.it", await page.GetByLabel("Email", new() { Exact = true }).InputValueAsync());
        await browser.ScreenshotAsync("email-confirmed");
        await browser.AssertAccessibleAsync();
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("mandorli in fiore a marzo");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Accedi", Exact = true }).ClickAsync();

        await page.WaitForURLAsync("**/profilo/modifica");
        Assert.Equal("Ottavia Serra", await page.Locator(".member-name").InnerTextAsync());
        await browser.ScreenshotAsync("signed-in-home");
        await browser.AssertAccessibleAsync();

        await page.GetByLabel("Cosa porto al Club").FillAsync("moderazione, piani editoriali");
        await page.GetByLabel("Cosa cerco nel Club").FillAsync("aziende del turismo");
        await page.GetByLabel("Una riga su di te").FillAsync("Community manager per cantine e agriturismi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Salva il profilo" }).ClickAsync();
        await page.Locator(".value-offers").WaitForAsync();
        Assert.Contains("piani editoriali", await page.Locator(".value-offers").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Profilo aggiornato", await page.Locator(".notice-bar").InnerTextAsync(), StringComparison.Ordinal);
        await browser.ScreenshotAsync("own-profile");
        await browser.AssertAccessibleAsync();

        await page.Locator(".member-name").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Account", Exact = true }).ClickAsync();
        await page.Locator(".consent-history").WaitForAsync();
        await browser.ScreenshotAsync("account-and-privacy");
        await browser.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Attiva la verifica in due passaggi" }).ClickAsync();
        await page.Locator(".shared-key").WaitForAsync();
        await browser.ScreenshotAsync("two-step-setup");
        await page.GotoAsync("/governance");
        await browser.ScreenshotAsync("governance");
        browser.AssertNoProblems();
    }

    [Fact]
    public async Task A_member_signs_in_on_the_phone_with_a_link_mailed_to_them()
    {
        var (member, _) = await fixture.CreateMemberAsync("Lina Collegamento");
        await using var browser = await fixture.OpenPageAsync(390, 844);
        var page = browser.Page;
        await page.GotoAsync("/accesso");
        await page.GetByRole(AriaRole.Link, new() { Name = "Entra senza password, con un collegamento via email" }).ClickAsync();
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(member.Email!);
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotAsync("sign-in-link-phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inviami il collegamento" }).ClickAsync();
        await page.WaitForURLAsync("**/account/email-inviata");

        await page.GotoAsync(await Mailbox.LinkToAsync(fixture.MailFolder, member.Email!));
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotAsync("sign-in-link-enter-phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "Entra", Exact = true }).ClickAsync();

        await page.Locator(".member-name").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        Assert.Equal("Lina Collegamento", (await page.Locator(".member-name").TextContentAsync())!.Trim());
        browser.AssertNoProblems();
    }
}
