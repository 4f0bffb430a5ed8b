using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Accounts;
using ClubMediaSociali.Application.Common.Email;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Features.Notifications;
using ClubMediaSociali.BrowserTests.Infrastructure;
using ClubMediaSociali.Tests.Infrastructure;
using ClubMediaSociali.Web.Infrastructure.Jobs;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;

namespace ClubMediaSociali.BrowserTests;

/// <summary>
/// Every kind of mail leaves in the Club's one design: read back from what was sent with MimeKit, its HTML
/// part rendered in Chromium in light and dark mode (screenshots to look at), its plain-text part kept.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MailDesignTests(BrowserFixture fixture) : IAsyncLifetime
{
    private static readonly string[] MailNames = ["mail-confirmation", "mail-digest"];

    public Task InitializeAsync() => fixture.Database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Confirmation_and_digest_mail_show_the_mark_a_button_and_why_they_came_in_light_and_dark()
    {
        var (member, _) = await fixture.CreateMemberAsync("Livia Posta");
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
            await scope.ServiceProvider.GetRequiredService<AccountEmails>().SendConfirmationAsync((await users.FindByIdAsync(member.Id.ToString()))!, CancellationToken.None);
            var digest = new Digest(member.Id, member.DisplayName, member.Email!, Language.Italian, DigestFrequency.Weekly, DateTimeOffset.UtcNow.AddDays(-7),
                [new DigestLink("Un calendario comune degli eventi", Target.Idea(Guid.NewGuid()))],
                [new DigestLink("Un piano editoriale in un'ora", Target.Practice(Guid.NewGuid()))],
                [], [], 0);
            var job = scope.ServiceProvider.GetRequiredService<DigestJob>();
            await scope.ServiceProvider.GetRequiredService<IClubEmailSender>().SendAsync(job.Compose(digest));
        }

        var sent = await SentToAsync(member.Email!, count: 2);
        await using var browser = await fixture.OpenPageAsync(600, 900);
        foreach (var (message, name) in sent.Zip(MailNames))
        {
            var button = await RenderAsync(browser, message, name);
            // The button leads where the plain-text part does, and the footer says why the mail came.
            Assert.Contains(button, message.TextBody, StringComparison.Ordinal);
            Assert.Contains("Ricevi ", await browser.Page.Locator(".mail-muted").Last.InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains("Club dei media sociali", await browser.Page.Locator("td").First.InnerTextAsync(), StringComparison.Ordinal);
        }

        // The digest's footer carries the way out, as its List-Unsubscribe header does.
        var unsubscribe = await browser.Page.GetByRole(AriaRole.Link, new() { Name = "Non riceverlo più" }).GetAttributeAsync("href");
        Assert.Equal($"<{unsubscribe}>", sent[1].Headers["List-Unsubscribe"]);
        browser.AssertNoProblems();
    }

    private async Task<List<MimeMessage>> SentToAsync(string address, int count)
    {
        for (var i = 0; i < 100 && Mailbox.To(fixture.MailFolder, address).Count < count; i++)
        {
            await Task.Delay(100);
        }

        return [.. Mailbox.To(fixture.MailFolder, address)];
    }

    /// <summary>Shows the HTML part as a mail client would, light then dark, and returns the button's address.</summary>
    private static async Task<string> RenderAsync(BrowserPage browser, MimeMessage message, string name)
    {
        Assert.False(string.IsNullOrWhiteSpace(message.TextBody));
        await browser.Page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        await browser.Page.SetContentAsync(message.HtmlBody!);
        var button = browser.Page.Locator("a.mail-button");
        Assert.True(await button.IsVisibleAsync(), $"{message.Subject}: no button");
        Assert.Equal("rgb(255, 255, 255)", await button.EvaluateAsync<string>("b => getComputedStyle(b).color"));
        await browser.ScreenshotAsync($"{name}-light");
        await browser.Page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        Assert.Equal("rgb(23, 50, 77)", await browser.Page.Locator(".mail-card").EvaluateAsync<string>("c => getComputedStyle(c).backgroundColor"));
        await browser.ScreenshotAsync($"{name}-dark");
        return (await button.GetAttributeAsync("href"))!;
    }
}
