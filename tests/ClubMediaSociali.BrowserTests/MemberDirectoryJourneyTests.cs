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

    [Fact]
    public async Task A_member_follows_people_and_organisations_from_the_directories_cards_on_phone_and_desktop()
    {
        var (marta, _) = await fixture.CreateMemberAsync("Marta Seguace");
        await fixture.CreateMemberAsync("Bruno Sala");
        await using (var db = fixture.Database.CreateDbContext())
        {
            var (company, ties) = Build.Company("Frantoio del Garda");
            db.AddRange([company, .. ties]);
            await db.SaveChangesAsync();
        }

        foreach (var (width, height, name) in new[] { (390, 844, "phone"), (1280, 900, "desktop") })
        {
            await using var browser = await fixture.OpenPageAsync(width, height);
            var page = browser.Page;
            await browser.SignInAsync(marta);
            await page.GotoAsync("/membri");
            var bruno = page.Locator(".member-card", new() { HasText = "Bruno Sala" }).Locator(".follow-form button");
            await Assertions.Expect(page.Locator(".member-card", new() { HasText = "Marta Seguace" }).Locator(".follow-form")).ToHaveCountAsync(0);
            await bruno.ClickAsync();
            await Assertions.Expect(bruno).ToHaveAttributeAsync("aria-pressed", "true");
            await browser.ScreenshotAsync($"directory-follow-{name}");
            await browser.AssertAccessibleAsync();

            await page.GotoAsync("/aziende");
            var frantoio = page.Locator(".company-card", new() { HasText = "Frantoio del Garda" }).Locator(".follow-form button");
            await frantoio.ClickAsync();
            await Assertions.Expect(frantoio).ToHaveAttributeAsync("aria-pressed", "true");
            await browser.ScreenshotAsync($"companies-follow-{name}");
            await browser.AssertAccessibleAsync();

            // Undone at once, so that the other screen starts again from the same state.
            await frantoio.ClickAsync();
            await Assertions.Expect(frantoio).ToHaveAttributeAsync("aria-pressed", "false");
            await page.GotoAsync("/membri");
            await bruno.ClickAsync();
            await Assertions.Expect(bruno).ToHaveAttributeAsync("aria-pressed", "false");
            browser.AssertNoProblems();
        }
    }
}
