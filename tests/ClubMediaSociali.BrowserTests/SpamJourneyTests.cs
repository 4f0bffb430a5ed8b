using ClubMediaSociali.BrowserTests.Infrastructure;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ClubMediaSociali.BrowserTests;

/// <summary>
/// A newcomer's spam is held and they are told so; a moderator reads the reasons on the desk and marks them as
/// spam; the suspended member reads why and appeals; the moderator sees the suspended profile. Screenshots of
/// the desk, the suspension page and the profile, on a desktop and a phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SpamJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.Database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Held_spam_is_marked_from_the_desk_and_the_suspended_member_reads_why_and_appeals()
    {
        var (spammer, _) = await fixture.CreateMemberAsync("Gino Guadagni");
        var (moderator, key) = await fixture.CreateMemberAsync("Mara Moderatrice", moderator: true);

        await using (var browser = await fixture.OpenPageAsync())
        {
            var page = browser.Page;
            await browser.SignInAsync(spammer);
            await page.GotoAsync("/idee/nuova");
            await page.GetByLabel("Titolo", new() { Exact = true }).FillAsync("Guadagni sicuri per i soci");
            await page.GetByLabel("L'idea", new() { Exact = true }).FillAsync(
                "Lavora da casa con il trading automatico di criptovalute: guadagno garantito, nessuna esperienza richiesta. Scrivimi su WhatsApp al 333 123 4567 e inizia a guadagnare.");
            await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Pubblica l'idea" }).ClickAsync();
            await Assertions.Expect(page.Locator(".held-notice")).ToContainTextAsync("In attesa di revisione.");
            await browser.ScreenshotAsync("spam-held-own-idea");
            browser.AssertNoProblems();
        }

        // One session for the moderator: an authenticator code works once.
        await using (var browser = await fixture.OpenPageAsync())
        {
            var page = browser.Page;
            await browser.SignInAsync(moderator, key);
            foreach (var (width, height, name) in new[] { (1280, 900, "spam-desk"), (390, 844, "spam-desk-phone") })
            {
                await page.SetViewportSizeAsync(width, height);
                await page.GotoAsync("/moderazione/trattenuti");
                var item = page.Locator(".held-item", new() { HasText = "Gino Guadagni" });
                await Assertions.Expect(item.Locator(".held-reasons li").First).ToContainTextAsync("Parole tipiche dello spam");
                await Assertions.Expect(item.Locator(".held-reasons")).ToContainTextAsync("Invita a continuare altrove: whatsapp");
                await browser.ScreenshotAsync(name);
                await browser.AssertAccessibleAsync();
            }

            await page.SetViewportSizeAsync(1280, 900);
            await page.GetByRole(AriaRole.Button, new() { Name = "È spam: sospendi l'autore" }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice-bar")).ToContainTextAsync("Autore segnato come spam");
            await Assertions.Expect(page.Locator(".held-item")).ToHaveCountAsync(0);
            await page.GotoAsync($"/membri/{spammer.Handle}");
            await Assertions.Expect(page.Locator(".moderation-state")).ToContainTextAsync("segnato come spam");
            await browser.ScreenshotAsync("spam-suspended-profile");
            await browser.AssertAccessibleAsync();
            browser.AssertNoProblems();
        }

        foreach (var (width, height, name) in new[] { (390, 844, "suspended-page-phone"), (1280, 900, "suspended-page") })
        {
            await using var browser = await fixture.OpenPageAsync(width, height);
            var page = browser.Page;
            await page.GotoAsync("/accesso");
            await page.GetByLabel("Email", new() { Exact = true }).FillAsync(spammer.Email!);
            await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Accounts.Password);
            await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Accedi", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Il tuo account è sospeso");
            await browser.ScreenshotAsync(name);
            await browser.AssertAccessibleAsync();
            if (width == 1280)
            {
                await page.GetByLabel("Il tuo messaggio ai moderatori").FillAsync("Volevo solo proporre un'opportunità ai soci, non sapevo che non si potesse.");
                await page.GetByRole(AriaRole.Button, new() { Name = "Invia la richiesta di revisione" }).ClickAsync();
                await Assertions.Expect(page.Locator(".appeal-sent")).ToContainTextAsync("Hai chiesto una revisione");
                await browser.ScreenshotAsync("suspended-page-appeal-sent");
            }
        }
    }
}
