using ClubMediaSociali.Application.Data.DemoContent;
using ClubMediaSociali.BrowserTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ClubMediaSociali.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class FirstStepsJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await fixture.Database.ResetAsync();
        await using var scope = fixture.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoContentSeeder>().SeedAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_newcomer_follows_the_first_steps_path_from_the_menu_and_reads_the_glossary()
    {
        await using var browser = await fixture.OpenPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/repertorio");
        await browser.ScreenshotAsync("repertoire-list");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Navigazione principale" }).GetByRole(AriaRole.Link, new() { Name = "Primi passi" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Primi passi sui social media per la tua impresa" }).ClickAsync();
        await page.Locator(".learning-path").WaitForAsync();
        Assert.Equal(4, await page.Locator(".learning-path .practice-card").CountAsync());
        await browser.ScreenshotAsync("learning-path");
        await browser.AssertAccessibleAsync();

        await page.GotoAsync("/glossario");
        Assert.Equal(10, await page.Locator(".glossary dt").CountAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Primo piano editoriale per una PMI in quattro settimane" }).ClickAsync();
        await page.Locator(".method-checklist, .practice-steps").First.WaitForAsync();
        await page.GoBackAsync();
        await browser.ScreenshotAsync("glossary");
        await browser.AssertAccessibleAsync();

        await page.GotoAsync("/repertorio?ordine=utili");
        Assert.Equal("Primo piano editoriale per una PMI in quattro settimane", await page.Locator(".all-practices h3 a").First.InnerTextAsync());
        await browser.AssertAccessibleAsync();
        browser.AssertNoProblems();
    }
}
