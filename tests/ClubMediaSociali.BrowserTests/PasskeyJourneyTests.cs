using ClubMediaSociali.BrowserTests.Infrastructure;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ClubMediaSociali.BrowserTests;

/// <summary>
/// Passkeys end to end in Chromium, with the DevTools WebAuthn domain's virtual authenticator standing in for a
/// phone's fingerprint: add one, sign out, sign in with it (staff powers included, no code asked), remove it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PasskeyJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.Database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_moderator_adds_a_passkey_signs_in_with_it_alone_keeps_the_staff_powers_and_removes_it()
    {
        var (moderator, key) = await fixture.CreateMemberAsync("Marta Passkey", moderator: true);
        await using var browser = await fixture.OpenPageAsync(localhost: true);
        var page = browser.Page;
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("WebAuthn.enable");
        await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });

        await browser.SignInAsync(moderator, key);
        await page.GotoAsync("/account");
        await page.GetByLabel("Nome della passkey (facoltativo)").FillAsync("Portatile di lavoro");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aggiungi una passkey" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice-bar")).ToContainTextAsync("Passkey «Portatile di lavoro» aggiunta");
        await Assertions.Expect(page.Locator(".passkey-name")).ToHaveTextAsync("Portatile di lavoro");
        await browser.ScreenshotAsync("account-passkeys-desktop");
        await browser.AssertAccessibleAsync();

        await SignOutAsync(page);
        // Where the browser offers passkeys in the address field's suggestions, the page asks at once; Chromium's
        // virtual authenticator answers for the member, so the page signs in by itself.
        await page.GotoAsync("/accesso");
        await page.Locator(".member-name").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await SignOutAsync(page);

        // Where it does not (autofill of passkeys is uneven across browsers), the explicit button does it.
        await page.AddInitScriptAsync("PublicKeyCredential.isConditionalMediationAvailable = () => Promise.resolve(false);");
        await page.GotoAsync("/accesso");
        await browser.ScreenshotAsync("sign-in-desktop");
        await browser.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Accedi con una passkey" }).ClickAsync();
        await page.Locator(".member-name").WaitForAsync(new() { State = WaitForSelectorState.Attached });

        // No password and no code, yet the staff's desk opens: the passkey is the two steps.
        var desk = await page.GotoAsync("/moderazione");
        Assert.Equal(200, desk!.Status);
        await page.GotoAsync("/account");
        await Assertions.Expect(page.Locator(".session-item", new() { HasText = "questo dispositivo" })).ToContainTextAsync("Passkey");

        // Password and passkey: removing the passkey leaves the password, so it is allowed.
        await page.GetByRole(AriaRole.Button, new() { Name = "Rimuovi «Portatile di lavoro»" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice-bar")).ToContainTextAsync("Passkey «Portatile di lavoro» rimossa");
        await Assertions.Expect(page.Locator(".passkey-name")).ToHaveCountAsync(0);
        browser.AssertNoProblems();
    }

    private static async Task SignOutAsync(IPage page)
    {
        await page.Locator(".member-name").ClickAsync();
        await page.Locator(".member-menu-list").GetByRole(AriaRole.Button, new() { Name = "Esci", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".member-name")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task On_a_phone_the_sign_in_page_offers_the_passkey_beside_the_password()
    {
        await using var browser = await fixture.OpenPageAsync(390, 844, localhost: true);
        var page = browser.Page;
        await page.GotoAsync("/accesso");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Accedi con una passkey" })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("sign-in-phone");
        await browser.AssertAccessibleAsync();
        browser.AssertNoProblems();
    }
}
