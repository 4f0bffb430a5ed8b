using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.BrowserTests.Infrastructure;
using ClubMediaSociali.Tests.Infrastructure;
using ClubMediaSociali.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ClubMediaSociali.BrowserTests;

/// <summary>
/// Every main journey's pages, walked as a visitor, a member, a company representative and an admin on a
/// desktop and on a phone: nothing wider than the screen, no console error (a style blocked by the
/// Content-Security-Policy among them), and a screenshot of each page to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WalkThroughTests(BrowserFixture fixture) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await fixture.Database.ResetAsync();
        await fixture.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(PageCache.All, CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static readonly TheoryData<string, int, int> Screens = new()
    {
        { "desktop", 1280, 900 },
        { "phone", 390, 844 },
    };

    private sealed record Club(Member Member, Member Admin, string AdminKey, Guid IdeaId, Guid PracticeId, string CompanySlug);

    private async Task<Club> SeedAsync()
    {
        var (member, _) = await fixture.CreateMemberAsync("Marta Socia");
        var (admin, key) = await fixture.CreateMemberAsync("Anna Amministra", moderator: true);
        await using var scope = fixture.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        await users.AddToRoleAsync((await users.FindByIdAsync(admin.Id.ToString()))!, StaffRoles.Admin);
        var db = scope.ServiceProvider.GetRequiredService<Application.Data.ClubDbContext>();
        var idea = Build.Idea(member.Id, "Un calendario condiviso degli eventi del Club");
        var (company, representatives) = Build.Company("Cantina Collina", representativeIds: member.Id);
        var opportunity = Build.Opportunity(companyId: company.Id);
        opportunity.Title = "Cerchiamo chi racconti la vendemmia su Instagram";
        opportunity.PublishedAt = DateTimeOffset.UtcNow;
        db.AddRange(idea, company, opportunity);
        db.AddRange(representatives);
        db.Add(Notification.Of(member.Id, NotificationKinds.IdeaComment, idea.Title, Target.Idea(idea.Id), DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
        var practice = Build.Practice();
        practice.AuthorId = member.Id;
        practice.Title = "Un piano editoriale in un'ora";
        practice.Summary = "Come pianificare un mese di post.";
        db.Add(practice);
        await db.SaveChangesAsync();
        return new Club(member, admin, key!, idea.Id, practice.Id, company.Slug);
    }

    /// <summary>Opens each page, checks it fits the screen, and keeps a screenshot of it.</summary>
    private static async Task WalkAsync(BrowserPage browser, string who, string screen, params string[] paths)
    {
        foreach (var path in paths)
        {
            var response = await browser.Page.GotoAsync(path);
            Assert.True(response!.Ok, $"{path}: HTTP {response.Status}");
            var widths = await browser.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            var (scroll, inner) = (widths[0], widths[1]);
            Assert.True(scroll <= inner, $"{path} as {who} on the {screen}: {scroll} px wide on a {inner} px screen");
            var name = System.Text.RegularExpressions.Regex.Replace(path.Trim('/'), "[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", "item")
                .Replace('/', '-').Replace('?', '-').Replace('=', '-');
            await browser.ScreenshotAsync($"walk-{who}-{(name.Length == 0 ? "home" : name)}-{screen}");
        }
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Every_journey_fits_the_screen_without_console_errors(string screen, int width, int height)
    {
        var club = await SeedAsync();

        await using (var visitor = await fixture.OpenPageAsync(width, height))
        {
            await WalkAsync(visitor, "visitor", screen,
                "/", "/idee", $"/idee/{club.IdeaId}", "/repertorio", $"/repertorio/{club.PracticeId}", "/primi-passi", "/opportunita",
                "/aziende", $"/aziende/{club.CompanySlug}", "/membri", "/cerca?q=vendemmia", "/iscriviti", "/accesso", "/aggiornamenti", "/aggiornamenti/edizioni");
            // The phone shows the list first, its filters folded behind one control; a desktop shows them.
            await visitor.Page.GotoAsync("/opportunita");
            Assert.Equal(screen == "desktop", await visitor.Page.GetByLabel("Tipo", new() { Exact = true }).IsVisibleAsync());
            visitor.AssertNoProblems();
        }

        await using (var member = await fixture.OpenPageAsync(width, height))
        {
            await member.SignInAsync(club.Member);
            var brand = (await member.Page.Locator(".navbar-brand").BoundingBoxAsync())!;
            var count = member.Page.Locator("#notifiche-nav .notification-count");
            // The unread count shows with the menu closed, and on a phone the menu button shares the name's row.
            Assert.True(await count.IsVisibleAsync());
            Assert.Equal("1", await count.InnerTextAsync());
            if (screen == "phone")
            {
                var toggler = (await member.Page.Locator(".navbar-toggler").BoundingBoxAsync())!;
                Assert.True(toggler.Y < brand.Y + brand.Height, "the menu button sits on a row of its own");
            }

            await WalkAsync(member, "member", screen,
                "/", "/notifiche", "/rete", "/account", "/profilo/modifica", "/account/verifica-in-due-passaggi",
                "/repertorio/nuova", "/repertorio/nuova?tipo=Method", "/idee/nuova", $"/aziende/{club.CompanySlug}");
            // Buttons that act in place (htmx) add no inline style the policy would block.
            await member.Page.GotoAsync($"/idee/{club.IdeaId}");
            await member.Page.Locator("form.idea-follow button").ClickAsync();
            await member.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            member.AssertNoProblems();
        }

        await using (var admin = await fixture.OpenPageAsync(width, height))
        {
            await admin.SignInAsync(club.Admin, club.AdminKey);
            await WalkAsync(admin, "admin", screen, "/admin", "/admin/ruoli", "/moderazione", "/moderazione/repertorio", "/moderazione/commenti", "/admin/lavori/recurring");
            // The jobs dashboard tells its times the Italian way (Hangfire has no Italian of its own).
            await admin.Page.GotoAsync("/admin/lavori/recurring");
            await Assertions.Expect(admin.Page.Locator("#footer")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"\d{1,2}/\d{1,2}/\d{4} \d{2}:\d{2}:\d{2}"));
            Assert.DoesNotMatch(@"\b(AM|PM)\b", await admin.Page.Locator("#footer").InnerTextAsync());
            // The buttons that answer in place: a vote, "useful" and "save".
            await admin.Page.GotoAsync($"/idee/{club.IdeaId}");
            await admin.Page.Locator(".idea-vote button[value='For']").First.ClickAsync();
            await admin.Page.Locator(".idea-vote button[aria-pressed='true']").WaitForAsync();
            await admin.Page.GotoAsync($"/repertorio/{club.PracticeId}");
            await admin.Page.Locator($"form[action='/repertorio/{club.PracticeId}/utile'] button").ClickAsync();
            await admin.Page.Locator($"form[action='/repertorio/{club.PracticeId}/salva'] button").ClickAsync();
            await admin.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await admin.ScreenshotAsync($"walk-admin-practice-buttons-{screen}");
            await admin.Page.GotoAsync("/admin");
            await admin.AssertAccessibleAsync();
            admin.AssertNoProblems();
        }
    }
}
