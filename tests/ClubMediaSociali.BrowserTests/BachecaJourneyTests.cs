using ClubMediaSociali.BrowserTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ClubMediaSociali.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class BachecaJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.Database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_new_member_follows_a_tag_and_two_people_and_finds_what_one_of_them_posts_on_the_bacheca_on_phone_and_desktop()
    {
        var (nina, _) = await fixture.CreateMemberAsync("Nina Nuova");
        var (giulia, _) = await fixture.CreateMemberAsync("Giulia Video");
        var (luca, _) = await fixture.CreateMemberAsync("Luca Lettore");
        var (sara, _) = await fixture.CreateMemberAsync("Sara Suggerita");
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            // Luca follows Sara: once Nina follows Luca, "Chi seguo" suggests Sara to her.
            var db = scope.ServiceProvider.GetRequiredService<ClubMediaSociali.Application.Data.ClubDbContext>();
            db.MemberFollows.Add(new ClubMediaSociali.Application.Domain.Network.MemberFollow { FollowerId = luca.Id, MemberId = sara.Id, At = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        await using (var phone = await fixture.OpenPageAsync(390, 844))
        {
            var page = phone.Page;
            await phone.SignInAsync(nina);
            await page.GotoAsync("/");
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("La mia bacheca");
            await Assertions.Expect(page.Locator(".checklist-list li")).ToHaveCountAsync(6);
            await phone.ScreenshotAsync("bacheca-new-member-phone");
            await phone.AssertAccessibleAsync();

            // Following in place, with htmx: the button turns to "Segui già" without leaving the page.
            await page.GotoAsync("/repertorio/parole-chiave/video");
            await page.GetByRole(AriaRole.Button, new() { Name = "Segui #video" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Segui già #video" })).ToBeVisibleAsync();
            foreach (var person in new[] { giulia, luca })
            {
                await page.GotoAsync($"/membri/{person.Handle}");
                await page.Locator(".connect-actions .follow-form button").ClickAsync();
                await Assertions.Expect(page.Locator(".connect-actions .follow-form button")).ToHaveAttributeAsync("aria-pressed", "true");
            }

            await page.GotoAsync("/seguiti");
            await Assertions.Expect(page.Locator(".follow-list:not(.suggestion-list) .follow-name")).ToHaveTextAsync(["Luca Lettore", "Giulia Video", "#video"]);
            await Assertions.Expect(page.Locator("#suggerimenti .suggestion-why")).ToHaveTextAsync(["seguito da Luca Lettore"]);
            await phone.ScreenshotAsync("following-phone");
            await phone.AssertAccessibleAsync();

            // Muting Luca from his profile puts him on the list to undo it.
            await page.GotoAsync($"/membri/{luca.Handle}");
            await page.GetByText("Silenzia o blocca").ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Silenzia", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator(".follow-list .follow-name")).ToHaveTextAsync(["Luca Lettore"]);
            await phone.ScreenshotAsync("blocked-list-phone");
            await phone.AssertAccessibleAsync();
            phone.AssertNoProblems();
        }

        await using (var desktop = await fixture.OpenPageAsync())
        {
            var page = desktop.Page;
            await desktop.SignInAsync(giulia);
            await page.GotoAsync("/idee/nuova");
            await page.GetByLabel("Titolo", new() { Exact = true }).FillAsync("Un archivio dei video delle PMI");
            // Typing "@" and part of a name offers the members it may mean; Enter puts the handle in the text.
            var body = page.GetByLabel("L'idea", new() { Exact = true });
            await body.FillAsync("Raccogliamo i video che hanno funzionato, con i loro numeri. Ne parlo con ");
            await body.PressSequentiallyAsync("@Nin");
            var option = page.Locator(".mention-list [role=option]").Filter(new() { HasText = "Nina Nuova" });
            await Assertions.Expect(option).ToHaveAttributeAsync("aria-selected", "true");
            await desktop.ScreenshotAsync("mention-autocomplete-desktop");
            await body.PressAsync("Enter");
            await body.PressSequentiallyAsync("e chi vuole.");
            await Assertions.Expect(body).ToHaveValueAsync($"Raccogliamo i video che hanno funzionato, con i loro numeri. Ne parlo con @{nina.Handle} e chi vuole.");
            await Assertions.Expect(page.Locator(".mention-list")).ToBeHiddenAsync();
            await page.GetByLabel("Parole chiave").FillAsync("video, pmi");
            await page.GetByRole(AriaRole.Button, new() { Name = "Pubblica l'idea" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Un archivio dei video delle PMI");
            await Assertions.Expect(page.Locator($".idea-body a[href='/membri/{nina.Handle}']")).ToHaveTextAsync($"@{nina.Handle}");

            // Her own ideas, from the member menu.
            await page.Locator(".member-menu summary").ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Le mie idee" }).ClickAsync();
            await Assertions.Expect(page.Locator(".my-ideas tbody tr")).ToHaveCountAsync(1);
            await desktop.ScreenshotAsync("my-ideas-desktop");
            await desktop.AssertAccessibleAsync();
            await page.GotoAsync("/opportunita/mie-risposte");
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Le mie risposte");
            await desktop.AssertAccessibleAsync();
            desktop.AssertNoProblems();
        }

        await using (var desktop = await fixture.OpenPageAsync())
        {
            var page = desktop.Page;
            await desktop.SignInAsync(nina);
            // The line is written by the outbox a moment after the idea: the bacheca shows it on a reload.
            var line = page.Locator(".feed-item").Filter(new() { HasText = "Un archivio dei video delle PMI" });
            for (var attempt = 0; attempt < 20 && await line.CountAsync() == 0; attempt++)
            {
                await page.GotoAsync("/");
                if (await line.CountAsync() == 0)
                {
                    await Task.Delay(250);
                }
            }

            await Assertions.Expect(line.Locator(".feed-text")).ToHaveTextAsync("Giulia Video ha proposto l'idea «Un archivio dei video delle PMI»");
            await Assertions.Expect(line.Locator(".feed-reason")).ToHaveTextAsync("perché segui Giulia Video");
            await desktop.ScreenshotAsync("bacheca-desktop");
            await desktop.AssertAccessibleAsync();

            // Giulia named her in the idea: the notice waits among her notifications.
            await page.GotoAsync("/notifiche");
            var mention = page.Locator(".notification").Filter(new() { HasText = "Ti hanno menzionato in «Un archivio dei video delle PMI»" });
            await Assertions.Expect(mention).ToHaveCountAsync(1);

            // From the notice to the idea, saved in place and found again in "Salvati" from the member menu.
            await mention.Locator("button").ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Un archivio dei video delle PMI");
            await page.GetByRole(AriaRole.Button, new() { Name = "Salva", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Salvato", Exact = true })).ToHaveAttributeAsync("aria-pressed", "true");
            await page.Locator(".member-menu summary").ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Salvati" }).ClickAsync();
            await Assertions.Expect(page.Locator(".saved-title")).ToHaveTextAsync(["Un archivio dei video delle PMI"]);
            await desktop.ScreenshotAsync("saved-desktop");
            await desktop.AssertAccessibleAsync();
            desktop.AssertNoProblems();
        }
    }
}
