using ClubMediaSociali.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace ClubMediaSociali.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class HomePageJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.Database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Home_page_loads_in_chromium_without_console_errors_and_is_accessible()
    {
        await using var browser = await fixture.OpenPageAsync();
        var page = browser.Page;

        var response = await page.GotoAsync("/");

        Assert.Equal(200, response!.Status);
        Assert.Contains("Club dei media sociali", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("h1").IsVisibleAsync());
        Assert.Equal(4, await page.Locator(".network-card").CountAsync());
        await browser.ScreenshotAsync("home-desktop");

        await browser.AssertAccessibleAsync();
        browser.AssertNoProblems();
    }

    [Fact]
    public async Task On_a_phone_the_menu_opens_and_the_newsletter_form_shows_errors_beside_the_fields()
    {
        await using var browser = await fixture.OpenPageAsync(width: 390, height: 844);
        var page = browser.Page;
        await page.GotoAsync("/");

        var menuLink = page.GetByRole(AriaRole.Link, new() { Name = "Idee", Exact = true });
        Assert.False(await menuLink.IsVisibleAsync());
        var menuButton = page.GetByRole(AriaRole.Button, new() { Name = "Apri il menu" });
        await menuButton.ClickAsync();
        await menuLink.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Equal("true", await menuButton.GetAttributeAsync("aria-expanded"));
        // Escape closes it and gives the focus back to its button; the button opens it again.
        await page.Keyboard.PressAsync("Escape");
        await menuLink.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        Assert.Equal("false", await menuButton.GetAttributeAsync("aria-expanded"));
        Assert.True(await menuButton.EvaluateAsync<bool>("b => b === document.activeElement"));
        await menuButton.ClickAsync();
        await menuLink.WaitForAsync(new() { State = WaitForSelectorState.Visible });

        // The home page takes the address on to the subscription page, where consent is given.
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync("non-valida");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ricevi gli aggiornamenti" }).ClickAsync();
        await page.WaitForURLAsync("**/aggiornamenti?Email=non-valida");
        Assert.Equal("non-valida", await page.GetByLabel("Email", new() { Exact = true }).InputValueAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Ricevi gli aggiornamenti" }).ClickAsync();
        await page.Locator("#Email-errore").WaitForAsync();

        Assert.Equal("non-valida", await page.GetByLabel("Email", new() { Exact = true }).InputValueAsync());
        Assert.Contains("non sembra valido", await page.Locator("#Email-errore").InnerTextAsync(), StringComparison.Ordinal);
        await browser.ScreenshotAsync("newsletter-errors-phone");
        browser.AssertNoProblems();
    }

    [Fact]
    public async Task The_language_switcher_turns_the_site_english()
    {
        await using var browser = await fixture.OpenPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

        await page.WaitForFunctionAsync("document.documentElement.lang === 'en'");
        Assert.Equal("Four networks, one club", await page.Locator("#reti-titolo").InnerTextAsync());
        await browser.ScreenshotAsync("home-english");
    }
}
