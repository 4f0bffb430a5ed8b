using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.BrowserTests.Infrastructure;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ClubMediaSociali.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class RepertoireJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.Database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(Member Member, string? Key)> CreateAsync(string name, bool moderator)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var member = Build.Member(name);
        Assert.True((await users.CreateAsync(member, Accounts.Password)).Succeeded);
        if (!moderator)
        {
            return (member, null);
        }

        await users.AddToRoleAsync(member, StaffRoles.Moderator);
        await users.ResetAuthenticatorKeyAsync(member);
        await users.SetTwoFactorEnabledAsync(member, true);
        return (member, await users.GetAuthenticatorKeyAsync(member));
    }

    private static async Task SignInAsync(IPage page, Member member, string? authenticatorKey)
    {
        await page.GotoAsync("/accesso");
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(member.Email!);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Accounts.Password);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Accedi" }).ClickAsync();
        if (authenticatorKey is not null)
        {
            await page.GetByLabel("Codice", new() { Exact = true }).FillAsync(Totp.Code(authenticatorKey));
            await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Accedi" }).ClickAsync();
        }

        await page.Locator(".member-name").WaitForAsync();
    }

    [Fact]
    public async Task A_member_submits_a_technique_and_a_moderator_publishes_it()
    {
        var (author, _) = await CreateAsync("Irene Autrice", moderator: false);
        var (moderator, key) = await CreateAsync("Ugo Moderatore", moderator: true);

        await using (var browser = await fixture.OpenPageAsync())
        {
            var page = browser.Page;
            await SignInAsync(page, author, null);
            await page.GotoAsync("/repertorio");
            await page.GetByRole(AriaRole.Link, new() { Name = "Proponi una pratica" }).ClickAsync();
            await page.GetByLabel("Tipo", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Tecnica" });
            await page.GetByLabel("Titolo", new() { Exact = true }).FillAsync("Rispondere ai commenti negativi in tre mosse");
            await page.GetByLabel("Riassunto").FillAsync("Come trasformare una critica pubblica in una conversazione utile.");
            await page.GetByLabel("I passi, uno per riga").FillAsync("Ringrazia e riconosci il problema\nSposta i dettagli in privato\nTorna a dire com'è finita");
            await page.GetByLabel("Instagram").CheckAsync();
            await browser.ScreenshotAsync("practice-form");
            await page.GetByRole(AriaRole.Button, new() { Name = "Salva la bozza" }).ClickAsync();
            await page.WaitForLoadStateAsync();
            await browser.ScreenshotAsync("practice-draft");
            await page.GetByRole(AriaRole.Button, new() { Name = "Invia ai moderatori" }).ClickAsync();
            await page.Locator(".status-badge").WaitForAsync();
            Assert.Equal("In revisione", await page.Locator(".status-badge").InnerTextAsync());
            Assert.True(browser.Problems.Count == 0, string.Join('\n', browser.Problems));
        }

        await using (var browser = await fixture.OpenPageAsync())
        {
            var page = browser.Page;
            await SignInAsync(page, moderator, key);
            await page.GotoAsync("/moderazione/repertorio");
            await page.GetByRole(AriaRole.Link, new() { Name = "Rispondere ai commenti negativi in tre mosse" }).ClickAsync();
            await browser.ScreenshotAsync("practice-review");
            await page.GetByRole(AriaRole.Button, new() { Name = "Pubblica" }).ClickAsync();
            await page.WaitForURLAsync("**/moderazione/repertorio");
            Assert.Contains("Nessuna pratica in attesa", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            Assert.True(browser.Problems.Count == 0, string.Join('\n', browser.Problems));
        }

        await using (var visitor = await fixture.OpenPageAsync())
        {
            await visitor.Page.GotoAsync("/repertorio");
            await visitor.Page.GetByRole(AriaRole.Link, new() { Name = "Rispondere ai commenti negativi in tre mosse" }).ClickAsync();
            Assert.Equal(3, await visitor.Page.Locator(".practice-steps li").CountAsync());
            await visitor.ScreenshotAsync("practice-published");
        }
    }
}
