using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.BrowserTests.Infrastructure;
using ClubMediaSociali.Tests.Features.Media;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ClubMediaSociali.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class PicturesJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.Database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task On_a_phone_a_member_sets_a_photo_and_sees_it_on_the_profile_beside_a_comment_and_in_the_directory()
    {
        var (member, _) = await fixture.CreateMemberAsync("Giada Fotografa");
        var idea = Build.Idea(member.Id, "Un archivio di foto delle cantine");
        await using (var db = fixture.Database.CreateDbContext())
        {
            db.AddRange(idea, new Comment
            {
                ThreadKind = CommentThreadKind.Idea,
                ThreadId = idea.Id,
                AuthorId = member.Id,
                BodyMarkdown = "Posso portare le mie foto.",
                BodyHtml = "<p>Posso portare le mie foto.</p>",
                Status = CommentStatus.Visible,
                CreatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        await using var browser = await fixture.OpenPageAsync(390, 844);
        var page = browser.Page;
        await browser.SignInAsync(member);
        await page.GotoAsync("/profilo/modifica");
        await page.GetByLabel("Scegli una foto").SetInputFilesAsync(new FilePayload { Name = "IMG_2041.JPG", MimeType = "image/jpeg", Buffer = PictureCorpus.PhoneJpeg() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Carica", Exact = true }).ClickAsync();
        await page.Locator(".notice-bar").WaitForAsync();
        Assert.Contains("Foto aggiornata", await page.Locator(".notice-bar").InnerTextAsync(), StringComparison.Ordinal);
        await AssertLoadedAsync(page, "#immagine img.avatar");
        await browser.ScreenshotAsync("photo-set-phone");
        await browser.AssertAccessibleAsync();

        // A file that is not a picture is refused beside the field.
        await page.GetByLabel("Scegli una foto").SetInputFilesAsync(new FilePayload { Name = "foto.jpg", MimeType = "image/jpeg", Buffer = PictureCorpus.Svg() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Sostituisci", Exact = true }).ClickAsync();
        await page.Locator("#picture-file-error").WaitForAsync();
        Assert.Contains("non è un'immagine", await page.Locator("#picture-file-error").InnerTextAsync(), StringComparison.Ordinal);
        await browser.ScreenshotAsync("photo-refused-phone");

        await page.GotoAsync($"/membri/{member.Handle}");
        await AssertLoadedAsync(page, "img.avatar-lg");
        await browser.ScreenshotAsync("profile-with-photo-phone");
        await browser.AssertAccessibleAsync();

        await page.GotoAsync($"/idee/{idea.Id}");
        await AssertLoadedAsync(page, ".comment-header img.avatar");
        await browser.ScreenshotAsync("comment-with-photo-phone");

        await page.GotoAsync("/membri");
        await AssertLoadedAsync(page, ".member-card img.avatar");
        await browser.ScreenshotAsync("directory-with-photo-phone");
        await browser.AssertAccessibleAsync();
        browser.AssertNoProblems();
    }

    [Fact]
    public async Task On_a_desktop_a_representative_sets_a_logo_and_puts_a_picture_in_an_idea_from_the_editor()
    {
        var (representative, _) = await fixture.CreateMemberAsync("Renato Rappresentante");
        var (company, ties) = Build.Company("Cantina del Poggio", representativeIds: representative.Id);
        await using (var db = fixture.Database.CreateDbContext())
        {
            db.AddRange([company, .. ties]);
            await db.SaveChangesAsync();
        }

        await using var browser = await fixture.OpenPageAsync();
        var page = browser.Page;
        await browser.SignInAsync(representative);
        await page.GotoAsync($"/aziende/{company.Slug}/modifica");
        await page.GetByLabel("Scegli il logo").SetInputFilesAsync(new FilePayload { Name = "logo.png", MimeType = "image/png", Buffer = PictureCorpus.Png(600, 200) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Carica", Exact = true }).ClickAsync();
        await page.Locator(".notice-bar").WaitForAsync();
        await page.GotoAsync($"/aziende/{company.Slug}");
        await AssertLoadedAsync(page, "img.company-logo.avatar-lg");
        await browser.ScreenshotAsync("company-with-logo-desktop");
        await browser.AssertAccessibleAsync();

        // The editor's button: the picture and what it shows go in a dialog, the Markdown line lands in the text.
        await page.GotoAsync("/idee/nuova");
        await page.GetByLabel("Titolo").FillAsync("Lo schema del funnel per le cantine");
        await page.GetByRole(AriaRole.Button, new() { Name = "Immagine", Exact = true }).ClickAsync();
        var dialog = page.Locator("dialog.image-dialog[open]");
        await dialog.WaitForAsync();
        await dialog.GetByLabel("Immagine (JPEG, PNG, WebP, GIF o HEIC, fino a 5 MB)").SetInputFilesAsync(
            new FilePayload { Name = "funnel.png", MimeType = "image/png", Buffer = PictureCorpus.Png(800, 500) });
        await dialog.GetByLabel("Che cosa mostra? (per chi non può vederla)").FillAsync("Lo schema del funnel in tre passi");
        await browser.ScreenshotAsync("image-dialog-desktop");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Inserisci" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Body")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"!\[Lo schema del funnel in tre passi\]\(/media/[0-9a-f]{64}/1600\.webp\)"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Pubblica l'idea" }).ClickAsync();
        await page.Locator(".idea-body img").WaitForAsync();
        await AssertLoadedAsync(page, ".idea-body img");
        Assert.Equal("Lo schema del funnel in tre passi", await page.Locator(".idea-body img").GetAttributeAsync("alt"));
        await browser.ScreenshotAsync("idea-with-picture-desktop");
        await browser.AssertAccessibleAsync();
        browser.AssertNoProblems();
    }

    /// <summary>The picture is there and the browser could decode it.</summary>
    private static async Task AssertLoadedAsync(IPage page, string selector)
    {
        var picture = page.Locator(selector).First;
        await picture.ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync($"(() => {{ const i = document.querySelector({System.Text.Json.JsonSerializer.Serialize(selector)}); return i && i.complete && i.naturalWidth > 0; }})()");
    }
}
