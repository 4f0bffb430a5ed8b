using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Media;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Features.Members;
using ClubMediaSociali.Tests.Features.Media;
using ClubMediaSociali.Tests.Features.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;
using ClubMediaSociali.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Features.Members;

public sealed class ProfilePhotoTests(ClubFixture fixture) : ClubTest(fixture)
{
    private const string PhotoForm = "form[action='/profilo/foto']";

    [Fact]
    public async Task A_member_sets_a_photo_and_it_shows_on_the_profile_in_the_directory_and_beside_comments()
    {
        var member = await Fixture.CreateMemberAsync("Giulia Ferraris");
        var idea = Build.Idea(member.Id, "Un'idea con un volto");
        var comment = Build.Comment(idea.Id, member.Id, "Ci sono anch'io.");
        await Fixture.InsertAsync(idea, comment);
        using var client = await Fixture.SignedInClientAsync(member);

        var edit = await client.GetDocumentAsync("/profilo/modifica");
        Assert.Equal("GF", edit.QuerySelector("#immagine .avatar")!.TextContent);
        using var sent = await client.SubmitAsync(edit, PhotoForm, files: new Dictionary<string, UploadFile> { ["File"] = new("IMG_2041.JPG", PictureCorpus.PhoneJpeg(), "image/jpeg") });
        Assert.Equal("/profilo/modifica#immagine", sent.Headers.Location!.OriginalString);

        var after = await client.FollowRedirectAsync(sent);
        Assert.Contains("Foto aggiornata", after.QuerySelector(".notice-bar")!.TextContent, StringComparison.Ordinal);
        var hash = await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == member.Id).Select(m => m.PhotoHash).SingleAsync());
        Assert.NotNull(hash);
        Assert.Equal($"/media/{hash}/192.webp", after.QuerySelector("#immagine img.avatar")!.GetAttribute("src"));

        var profile = await client.GetDocumentAsync($"/membri/{member.Handle}");
        Assert.Equal($"/media/{hash}/192.webp", profile.QuerySelector("img.avatar-lg")!.GetAttribute("src"));
        var directory = await client.GetDocumentAsync("/membri");
        Assert.Equal($"/media/{hash}/96.webp", directory.QuerySelector("img.avatar")!.GetAttribute("src"));
        var ideaPage = await client.GetDocumentAsync($"/idee/{idea.Id}");
        Assert.Equal($"/media/{hash}/96.webp", ideaPage.QuerySelector(".comment-header img.avatar")!.GetAttribute("src"));
        Assert.Equal($"/media/{hash}/96.webp", ideaPage.QuerySelector(".idea-meta img.avatar")!.GetAttribute("src"));

        // The picture itself: WebP, cached for a year, and asked again only with its tag (answered with no query).
        using var picture = await client.Http.GetAsync(new Uri($"/media/{hash}/192.webp", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
        Assert.Equal("image/webp", picture.Content.Headers.ContentType!.MediaType);
        Assert.True(picture.Headers.CacheControl!.ToString() == "public, max-age=31536000, immutable", string.Join("\n", picture.Headers.Select(h => $"{h.Key}: {string.Join(",", h.Value)}")) + string.Join("\n", picture.Content.Headers.Select(h => $"{h.Key}: {string.Join(",", h.Value)}")));
        var tag = picture.Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri($"/media/{hash}/192.webp", UriKind.Relative));
        again.Headers.IfNoneMatch.Add(tag);
        using var notModified = await client.Http.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        // The original bytes, with their GPS position, are never kept: only the variants made from them.
        Assert.DoesNotContain(StoredFile.Original, await Fixture.QueryDbAsync(db => db.StoredFiles.Select(f => f.Variant).ToListAsync()));
        using var original = await client.Http.GetAsync(new Uri($"/media/{hash}/original", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, original.StatusCode);
    }

    [Fact]
    public async Task A_face_shows_on_the_cards_of_ideas_and_practices_and_beside_the_notifications_and_mail_it_prompts()
    {
        var giulia = await Fixture.CreateMemberAsync("Giulia Volto");
        var bruno = await Fixture.CreateMemberAsync("Bruno Senza Foto");
        Assert.True((await Fixture.As(giulia).SendAsync(new SetProfilePhoto(PictureCorpus.PhoneJpeg()))).IsSuccess);
        var hash = await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == giulia.Id).Select(m => m.PhotoHash).SingleAsync());
        await Fixture.InsertAsync(Build.Idea(giulia.Id, "Un'idea con la sua autrice"), Build.Idea(bruno.Id, "Un'idea con le iniziali"));
        await Fixture.InsertPublishedAsync(giulia, p => p.Title = "Una pratica con la sua autrice");
        await Fixture.InsertAsync(new NotificationSetting { MemberId = bruno.Id, Category = NotificationCategories.Connection, Channel = NotificationChannel.Email });
        using var visitor = Fixture.CreateClient();

        var ideas = await visitor.GetDocumentAsync("/idee?ordine=nuove");
        string? FaceOn(IElement card) => card.QuerySelector(".idea-meta img.avatar")?.GetAttribute("src");
        var cards = ideas.QuerySelectorAll(".idea-card").ToDictionary(c => c.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal($"/media/{hash}/96.webp", FaceOn(cards["Un'idea con la sua autrice"]));
        Assert.Null(FaceOn(cards["Un'idea con le iniziali"]));
        Assert.Equal("BF", cards["Un'idea con le iniziali"].QuerySelector(".idea-meta span.avatar")!.TextContent);
        var repertoire = await visitor.GetDocumentAsync("/repertorio");
        var practice = repertoire.QuerySelectorAll(".practice-card").Single(c => c.QuerySelector("h3")!.TextContent == "Una pratica con la sua autrice");
        Assert.Equal($"/media/{hash}/96.webp", practice.QuerySelector(".card-byline img.avatar")!.GetAttribute("src"));

        // Giulia asks Bruno to connect: her face is beside the request in his notifications, and in the mail about it.
        using var giuliaClient = await Fixture.SignedInClientAsync(giulia);
        using var asked = await giuliaClient.SubmitAsync(
            await giuliaClient.GetDocumentAsync($"/membri/{bruno.Handle}"), $"form[action='/membri/{bruno.Handle}/collegamento']", new Dictionary<string, string>());
        await Fixture.DrainOutboxAsync();
        await Fixture.InsertAsync(Notification.Of(bruno.Id, NotificationKinds.BadgeEarned, "primo-passo", Target.Badge("primo-passo"), DateTimeOffset.UtcNow.AddMinutes(-1)));
        using var brunoClient = await Fixture.SignedInClientAsync(bruno);
        var notifications = (await brunoClient.GetDocumentAsync("/notifiche")).QuerySelectorAll(".notification");
        Assert.Contains("Giulia Volto chiede di collegarvi", notifications[0].TextContent, StringComparison.Ordinal);
        Assert.Equal($"/media/{hash}/96.webp", notifications[0].QuerySelector("img.avatar")!.GetAttribute("src"));
        Assert.StartsWith("/img/logo.svg?v=", notifications[1].QuerySelector("img.notification-club")!.GetAttribute("src"), StringComparison.Ordinal);

        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NotificationEmailJob>().RunAsync(CancellationToken.None);
        }

        var mail = Assert.Single(Mailbox.To(Fixture.Factory.MailFolder, bruno.Email!));
        Assert.Contains($"<img src=\"http://localhost/media/{hash}/400.jpg\"", mail.HtmlBody, StringComparison.Ordinal);
        using var jpeg = await visitor.Http.GetAsync(new Uri($"/media/{hash}/400.jpg", UriKind.Relative));
        Assert.Equal("image/jpeg", jpeg.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_bad_file_gets_its_message_beside_the_field_and_nothing_is_stored_or_counted()
    {
        var member = await Fixture.CreateMemberAsync("Bruno Bianchi");
        using var client = await Fixture.SignedInClientAsync(member);

        var cases = new (UploadFile File, string Words)[]
        {
            (new("ritratto.jpg", PictureCorpus.Svg(), "image/jpeg"), "non è un'immagine"),
            (new("vuota.png", [], "image/png"), "vuoto"),
            (new("enorme.png", PictureCorpus.PixelFloodPng(), "image/png"), "troppo grande"),
            (new("IMG_0001.HEIC", PictureCorpus.HeicFromPhone(), "image/heic"), "HEIC"),
            (new("pesante.jpg", [0xFF, 0xD8, 0xFF, .. new byte[6 * 1024 * 1024]], "image/jpeg"), "6,0 MB"),
        };
        foreach (var (file, words) in cases)
        {
            using var refused = await client.SubmitAsync(await client.GetDocumentAsync("/profilo/modifica"), PhotoForm, files: new Dictionary<string, UploadFile> { ["File"] = file });
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var page = await BrowserLikeClient.ParseAsync(refused);
            Assert.Contains(words, page.QuerySelector("#picture-file-error")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("true", page.QuerySelector("#picture-file")!.GetAttribute("aria-invalid"));
            // The rest of the page is the profile form as it was.
            Assert.Equal("Bruno Bianchi", page.QuerySelector<IHtmlInputElement>("#DisplayName")!.Value);
        }

        // No file chosen at all.
        using var none = await client.SubmitAsync(await client.GetDocumentAsync("/profilo/modifica"), PhotoForm);
        Assert.Contains("Scegli una foto", (await BrowserLikeClient.ParseAsync(none)).QuerySelector("#picture-file-error")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Uploads.CountAsync()));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.StoredFiles.CountAsync()));
        // Refused files cost nothing: a newcomer still has the whole day's five pictures.
        for (var i = 0; i < 5; i++)
        {
            using var accepted = await client.SubmitAsync(
                await client.GetDocumentAsync("/profilo/modifica"), PhotoForm, files: new Dictionary<string, UploadFile> { ["File"] = new("foto.jpg", PictureCorpus.Jpeg(320 + i, 240), "image/jpeg") });
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        }

        using var sixth = await client.SubmitAsync(
            await client.GetDocumentAsync("/profilo/modifica"), PhotoForm, files: new Dictionary<string, UploadFile> { ["File"] = new("foto.jpg", PictureCorpus.Jpeg(400, 300), "image/jpeg") });
        Assert.Contains("potrai caricarne altre domani", (await BrowserLikeClient.ParseAsync(sixth)).QuerySelector("#picture-file-error")!.TextContent, StringComparison.Ordinal);
        // Each replacement removed the picture before it: one photo, one set of variants.
        Assert.Equal(1, await Fixture.QueryDbAsync(db => db.Uploads.CountAsync()));
        Assert.Equal(4, await Fixture.QueryDbAsync(db => db.StoredFiles.CountAsync()));
    }

    [Fact]
    public async Task A_request_far_above_the_picture_limit_is_cut_off_before_it_is_read()
    {
        var member = await Fixture.CreateMemberAsync();
        using var client = await Fixture.SignedInClientAsync(member);

        using var huge = await client.SubmitAsync(
            await client.GetDocumentAsync("/profilo/modifica"), PhotoForm, files: new Dictionary<string, UploadFile> { ["File"] = new("video.jpg", new byte[12 * 1024 * 1024], "image/jpeg") });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
    }

    [Fact]
    public async Task Removing_a_photo_brings_back_the_initials_and_the_files_go_only_with_their_last_use()
    {
        var first = await Fixture.CreateMemberAsync("Anna Uno");
        var second = await Fixture.CreateMemberAsync("Marco Due");
        using var firstClient = await Fixture.SignedInClientAsync(first);
        using var secondClient = await Fixture.SignedInClientAsync(second);
        var samePicture = PictureCorpus.Jpeg(500, 500);
        foreach (var client in new[] { firstClient, secondClient })
        {
            using var sent = await client.SubmitAsync(
                await client.GetDocumentAsync("/profilo/modifica"), PhotoForm, files: new Dictionary<string, UploadFile> { ["File"] = new("io.jpg", samePicture, "image/jpeg") });
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        // Two uses of one stored picture.
        Assert.Equal(2, await Fixture.QueryDbAsync(db => db.Uploads.CountAsync()));
        Assert.Equal(4, await Fixture.QueryDbAsync(db => db.StoredFiles.CountAsync()));

        using var removed = await firstClient.SubmitAsync(await firstClient.GetDocumentAsync("/profilo/modifica"), "form[action='/profilo/foto/rimuovi']");
        var after = await firstClient.FollowRedirectAsync(removed);
        Assert.Contains("Foto rimossa", after.QuerySelector(".notice-bar")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("AU", after.QuerySelector("#immagine .avatar")!.TextContent);
        Assert.Null(after.QuerySelector("form[action='/profilo/foto/rimuovi']"));
        // The other member's copy is whole.
        var secondHash = await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == second.Id).Select(m => m.PhotoHash).SingleAsync());
        using (var stillThere = await secondClient.Http.GetAsync(new Uri($"/media/{secondHash}/400.jpg", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
            Assert.Equal("image/jpeg", stillThere.Content.Headers.ContentType!.MediaType);
        }

        using var lastRemoved = await secondClient.SubmitAsync(await secondClient.GetDocumentAsync("/profilo/modifica"), "form[action='/profilo/foto/rimuovi']");
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Uploads.CountAsync()));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.StoredFiles.CountAsync()));
        using var gone = await secondClient.Http.GetAsync(new Uri($"/media/{secondHash}/96.webp", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }
}
