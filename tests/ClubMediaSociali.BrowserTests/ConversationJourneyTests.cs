using ClubMediaSociali.BrowserTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ClubMediaSociali.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ConversationJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.Database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_member_writes_from_a_profile_and_the_other_answers_from_the_phone()
    {
        var (anna, _) = await fixture.CreateMemberAsync("Anna Scrive");
        var (bruno, _) = await fixture.CreateMemberAsync("Bruno Legge");
        await using (var db = fixture.Database.CreateDbContext())
        {
            // Anna has the points of trust level "membro", so Bruno's default setting lets her write first.
            await db.Users.Where(m => m.Id == anna.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Reputation, 10));
        }

        await using (var desktop = await fixture.OpenPageAsync())
        {
            var page = desktop.Page;
            await desktop.SignInAsync(anna);
            await page.GotoAsync($"/membri/{bruno.Handle}");
            await page.GetByRole(AriaRole.Link, new() { Name = "Scrivi", Exact = true }).ClickAsync();
            await page.GetByLabel("Messaggio", new() { Exact = true }).FillAsync("Ciao Bruno, ho letto la tua pratica sulle newsletter: ne parliamo?");
            await page.GetByRole(AriaRole.Button, new() { Name = "Invia" }).ClickAsync();
            await Assertions.Expect(page.Locator(".message-body")).ToHaveTextAsync(["Ciao Bruno, ho letto la tua pratica sulle newsletter: ne parliamo?"]);
            await desktop.ScreenshotAsync("conversation-desktop");
            await desktop.AssertAccessibleAsync();
            desktop.AssertNoProblems();
        }

        await using (var phone = await fixture.OpenPageAsync(390, 844))
        {
            var page = phone.Page;
            await phone.SignInAsync(bruno);
            await page.GotoAsync("/messaggi");
            await Assertions.Expect(page.Locator(".conversation-unread .conversation-name")).ToHaveTextAsync("Anna Scrive");
            await Assertions.Expect(page.Locator("#messaggi-nav .notification-count")).ToHaveTextAsync("1");
            await phone.ScreenshotAsync("conversations-phone");
            await phone.AssertAccessibleAsync();

            await page.Locator(".conversation-open").ClickAsync();
            await page.GetByLabel("Il tuo messaggio").FillAsync("Volentieri: giovedì alle 10?");
            await page.GetByRole(AriaRole.Button, new() { Name = "Invia" }).ClickAsync();
            await Assertions.Expect(page.Locator(".message-mine .message-body")).ToHaveTextAsync(["Volentieri: giovedì alle 10?"]);
            await phone.ScreenshotAsync("conversation-phone");
            await phone.AssertAccessibleAsync();
            phone.AssertNoProblems();
        }
    }
}
