using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.BrowserTests.Infrastructure;
using ClubMediaSociali.Tests.Infrastructure;
using ClubMediaSociali.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ClubMediaSociali.BrowserTests;

/// <summary>
/// The main journey of each kind of user, done with the keyboard alone (Tab, typing, Enter, Space, arrows)
/// on a desktop and on a phone: a visitor, a new member, a moderator, a company representative. Every stop
/// must show where the focus is, and axe must find nothing serious on the pages they reach.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await fixture.Database.ResetAsync();
        // As after a restart: no page from an earlier test's club.
        await fixture.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(PageCache.All, CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static readonly TheoryData<string, int, int> Screens = new()
    {
        { "desktop", 1280, 900 },
        { "mobile", 390, 844 },
    };

    private async Task SaveAsync(params object[] entities)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Application.Data.ClubDbContext>();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task A_visitor_skips_to_the_content_opens_the_ideas_and_reads_one(string screen, int width, int height)
    {
        var (author, _) = await fixture.CreateMemberAsync("Ugo Autore");
        var idea = Build.Idea(author.Id, "Una bacheca degli eventi del Club");
        await SaveAsync(idea);
        await using var browser = await fixture.OpenPageAsync(width, height);
        var page = browser.Page;
        await page.GotoAsync("/");

        await browser.TabToAsync("a.skip-link");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("contenuto", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        if (screen == "mobile")
        {
            // The menu sits behind its button on a phone: back to the top of the page, then open it.
            await page.GotoAsync("/");
            await browser.TabToAsync("button.navbar-toggler");
            await page.Keyboard.PressAsync("Enter");
        }

        await browser.TabToAsync("#menu a[href='/idee']");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/idee$"));
        await browser.TabToAsync($"main a[href='/idee/{idea.Id}']");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Una bacheca degli eventi del Club");
        await browser.ScreenshotAsync($"keyboard-visitor-{screen}");
        await browser.AssertAccessibleAsync();
        browser.AssertNoProblems();
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task A_new_member_joins_with_the_keyboard(string screen, int width, int height)
    {
        await using var browser = await fixture.OpenPageAsync(width, height);
        var page = browser.Page;
        await page.GotoAsync("/iscriviti");
        await browser.AssertAccessibleAsync();

        await browser.TabToAsync("input[name='DisplayName']");
        await page.Keyboard.TypeAsync("Nora Tastiera");
        await browser.TabToAsync("input[name='Email']");
        await page.Keyboard.TypeAsync($"nora.{screen}@esempio.it");
        await browser.TabToAsync("input[name='Password']");
        await page.Keyboard.TypeAsync("il mouse resta nel cassetto");
        await browser.TabToAsync("select[name='PrimaryRoleId']");
        await page.Keyboard.PressAsync("ArrowDown");
        await browser.TabToAsync("input[name='AcceptTerms']");
        await page.Keyboard.PressAsync("Space");
        await browser.ScreenshotAsync($"keyboard-sign-up-{screen}");
        await browser.TabToAsync("main button[type='submit']");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Controlla la posta");
        browser.AssertNoProblems();
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task A_moderator_signs_in_with_two_steps_and_publishes_a_submitted_practice(string screen, int width, int height)
    {
        var (author, _) = await fixture.CreateMemberAsync("Pia Autrice");
        var (moderator, key) = await fixture.CreateMemberAsync("Mario Moderatore", moderator: true);
        var practice = Build.Practice(PracticeStatus.Submitted);
        practice.AuthorId = author.Id;
        practice.Title = "Un calendario editoriale in un'ora";
        practice.Summary = "Come pianificare un mese di post in un'ora.";
        practice.SubmittedAt = DateTimeOffset.UtcNow;
        await SaveAsync(practice);
        await using var browser = await fixture.OpenPageAsync(width, height);
        var page = browser.Page;

        await browser.SignInWithKeyboardAsync(moderator, key);
        await page.GotoAsync("/moderazione/repertorio");
        await browser.AssertAccessibleAsync();
        await browser.TabToAsync($"main a[href='/repertorio/{practice.Id}']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"**/repertorio/{practice.Id}");
        await browser.TabToAsync("button[value='Publish']");
        await browser.ScreenshotAsync($"keyboard-moderator-{screen}");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator(".notice-bar")).ToContainTextAsync("Decisione registrata");
        browser.AssertNoProblems();
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task A_representative_selects_a_response_with_the_keyboard(string screen, int width, int height)
    {
        var (representative, _) = await fixture.CreateMemberAsync("Rosa Rappresentante");
        var (applicant, _) = await fixture.CreateMemberAsync("Ada Candidata");
        var (company, representatives) = Build.Company("Cantina Tasti", representativeIds: representative.Id);
        var opportunity = Build.Opportunity(companyId: company.Id);
        await SaveAsync([company, .. representatives, opportunity]);
        await SaveAsync(Build.Response(opportunity.Id, applicant.Id, "Fotografo da dieci anni."));
        await using var browser = await fixture.OpenPageAsync(width, height);
        var page = browser.Page;

        await browser.SignInWithKeyboardAsync(representative);
        await page.GotoAsync($"/opportunita/{opportunity.Id}/risposte");
        await browser.AssertAccessibleAsync();
        await browser.TabToAsync($"#risposta-{applicant.Id} form:has(input[value='Selected']) button");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator($"#risposta-{applicant.Id} .response-status")).ToHaveTextAsync("Selezionata");
        await browser.ScreenshotAsync($"keyboard-representative-{screen}");
        browser.AssertNoProblems();
    }
}
