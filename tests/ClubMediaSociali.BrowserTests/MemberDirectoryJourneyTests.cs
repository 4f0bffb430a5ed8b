using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.BrowserTests.Infrastructure;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ClubMediaSociali.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class MemberDirectoryJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.Database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_visitor_filters_the_directory_by_role_and_opens_a_profile()
    {
        await using (var db = fixture.Database.CreateDbContext())
        {
            var alba = Build.Member("Alba Cuomo", primaryRoleId: 7);
            alba.Headline = "Community manager per il turismo in Campania";
            alba.Region = ItalianRegion.Campania;
            alba.City = "Napoli";
            alba.OffersTags = ["moderazione", "piani editoriali"];
            alba.OffersText = "Porto dieci anni di gestione di comunità online per alberghi e musei.";
            alba.SeeksTags = ["analisi dati", "partnership"];
            alba.Skills = ["instagram", "tiktok"];
            var bruno = Build.Member("Bruno Sala", primaryRoleId: 1);
            bruno.Region = ItalianRegion.Lombardia;
            bruno.OffersTags = ["marketing b2b"];
            db.AddRange(alba, bruno);
            await db.SaveChangesAsync();
        }

        await using var browser = await fixture.OpenPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/membri");
        Assert.Equal(2, await page.Locator(".member-card").CountAsync());

        await page.GetByLabel("Ruolo o area").SelectOptionAsync(new SelectOptionValue { Label = "Community manager" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Cerca", Exact = true }).ClickAsync();
        await page.WaitForFunctionAsync("location.search.includes('ruolo=r7')");
        Assert.Equal(1, await page.Locator(".member-card").CountAsync());
        await browser.ScreenshotAsync("directory-filtered");

        await page.GetByRole(AriaRole.Link, new() { Name = "Alba Cuomo" }).ClickAsync();
        await page.Locator("h1").WaitForAsync();
        Assert.Equal("Alba Cuomo", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("moderazione", await page.Locator(".value-offers").InnerTextAsync(), StringComparison.Ordinal);
        await browser.ScreenshotAsync("member-profile");

        await browser.AssertAccessibleAsync();
        browser.AssertNoProblems();
    }
}
