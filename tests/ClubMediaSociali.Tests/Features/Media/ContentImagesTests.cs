using System.Net;
using System.Text.Json;
using ClubMediaSociali.Application.Common.Content;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Media;
using ClubMediaSociali.Application.Features.Comments;
using ClubMediaSociali.Application.Features.Ideas;
using ClubMediaSociali.Application.Features.Media;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Features.Media;

public sealed class ContentImagesTests(ClubFixture fixture) : ClubTest(fixture)
{
    private const string Form = "form.content-image-form";

    [Fact]
    public async Task A_member_adds_a_picture_without_javascript_and_gets_the_line_to_copy_and_the_description_is_required()
    {
        var member = await Fixture.CreateMemberAsync();
        using var client = await Fixture.SignedInClientAsync(member);
        var page = await client.GetDocumentAsync("/immagini/nuova");

        using var noAlt = await client.SubmitAsync(page, Form, new Dictionary<string, string> { ["Alt"] = " " },
            files: new Dictionary<string, UploadFile> { ["File"] = new("calendario.png", PictureCorpus.Png(), "image/png") });
        var again = await BrowserLikeClient.ParseAsync(noAlt);
        Assert.Contains("Descrivi in poche parole", again.QuerySelector("#Alt-errore")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Uploads.CountAsync()));

        using var sent = await client.SubmitAsync(again, Form, new Dictionary<string, string> { ["Alt"] = "Il calendario di marzo" },
            files: new Dictionary<string, UploadFile> { ["File"] = new("calendario.png", PictureCorpus.PhoneJpeg(), "image/png") });
        var ready = await client.FollowRedirectAsync(sent);
        var line = ready.QuerySelector("#markdown-line")!.GetAttribute("value")!;
        var hash = await Fixture.QueryDbAsync(db => db.Uploads.Select(u => u.SourceHash).SingleAsync());
        Assert.Equal($"![Il calendario di marzo](/media/{hash}/1600.webp)", line);
        Assert.Equal($"/media/{hash}/1600.webp", ready.QuerySelector("img.content-image-preview")!.GetAttribute("src"));
    }

    [Fact]
    public async Task The_editor_button_gets_markdown_back_as_json_and_errors_by_field()
    {
        var member = await Fixture.CreateMemberAsync();
        using var client = await Fixture.SignedInClientAsync(member);
        var page = await client.GetDocumentAsync("/idee/nuova");
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        async Task<(HttpStatusCode Status, JsonElement Answer)> SendAsync(byte[] picture, string alt)
        {
            using var content = new MultipartFormDataContent
            {
                { new ByteArrayContent(picture), "File", "incollata.png" },
                { new StringContent(alt), "Alt" },
                { new StringContent(token), "__RequestVerificationToken" },
            };
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/immagini/nuova", UriKind.Relative)) { Content = content };
            request.Headers.Accept.ParseAdd("application/json");
            using var response = await client.Http.SendAsync(request);
            return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
        }

        var (badStatus, bad) = await SendAsync(PictureCorpus.Svg(), "Uno schema");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badStatus);
        Assert.Contains("non è un'immagine", bad.GetProperty("errors").GetProperty("file").GetString(), StringComparison.Ordinal);

        var (okStatus, ok) = await SendAsync(PictureCorpus.Png(), "Lo schema del funnel");
        Assert.Equal(HttpStatusCode.OK, okStatus);
        Assert.Matches(@"^!\[Lo schema del funnel\]\(/media/[0-9a-f]{64}/1600\.webp\)$", ok.GetProperty("markdown").GetString());
    }

    [Fact]
    public void Only_the_clubs_own_pictures_are_shown_in_texts_others_become_their_description()
    {
        var markdown = Fixture.Factory.Services.GetRequiredService<MarkdownRenderer>();
        var hash = new string('a', 64);

        var html = markdown.ToSafeHtml($"![Il nostro schema](/media/{hash}/1600.webp)\n\n![Un pixel che spia](https://tracker.example/p.png)\n\n![Fuori](/media/{hash}/original)");

        Assert.Contains($"<img src=\"/media/{hash}/1600.webp\" alt=\"Il nostro schema\" loading=\"lazy\" decoding=\"async\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("tracker.example", html, StringComparison.Ordinal);
        Assert.Contains("Un pixel che spia", html, StringComparison.Ordinal);
        Assert.DoesNotContain("original", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_picture_shown_by_two_texts_survives_the_removal_of_one_and_goes_with_the_last()
    {
        var author = await Fixture.CreateMemberAsync();
        var picture = (await Fixture.As(author).SendAsync(new UploadContentImage(PictureCorpus.Jpeg(), "Il funnel"))).Value;
        var line = $"![Il funnel](/media/{picture.SourceHash}/{picture.Variant})";

        var ideaId = (await Fixture.As(author).SendAsync(new SaveIdea { Title = "Un funnel per le cantine", Body = $"Ecco lo schema:\n\n{line}" })).Value;
        var comment = (await Fixture.As(author).SendAsync(new PostComment { ThreadKind = CommentThreadKind.Idea, ThreadId = ideaId, Body = $"Lo rimetto qui: {line}" })).Value;
        var uses = await Fixture.QueryDbAsync(db => db.Uploads.OrderBy(u => u.CreatedAt).Select(u => u.UsedInKind).ToListAsync());
        Assert.Equal([UploadPlace.Idea, UploadPlace.Comment], uses);

        // The comment stops showing it: the idea's use keeps the files.
        Assert.True((await Fixture.As(author).SendAsync(new EditComment { CommentId = comment.Id, Body = "Schema tolto." })).IsSuccess);
        Assert.Equal([UploadPlace.Idea], await Fixture.QueryDbAsync(db => db.Uploads.Select(u => u.UsedInKind).ToListAsync()));
        Assert.Equal(1, await Fixture.QueryDbAsync(db => db.StoredFiles.CountAsync()));
        using var client = Fixture.CreateClient();
        using (var stillThere = await client.Http.GetAsync(new Uri($"/media/{picture.SourceHash}/{picture.Variant}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
        }

        // Shown again in a comment, which its author then deletes; then the idea's text drops it too (a moderator's edit).
        var second = (await Fixture.As(author).SendAsync(new PostComment { ThreadKind = CommentThreadKind.Idea, ThreadId = ideaId, Body = line })).Value;
        Assert.Equal(2, await Fixture.QueryDbAsync(db => db.Uploads.CountAsync()));
        Assert.True((await Fixture.As(author).SendAsync(new DeleteComment(second.Id))).IsSuccess);
        Assert.Equal(1, await Fixture.QueryDbAsync(db => db.Uploads.CountAsync()));
        var moderator = await Fixture.CreateMemberAsync(staffRoles: Application.Domain.Members.StaffRoles.Moderator);
        Assert.True((await Fixture.AsModerator(moderator).SendAsync(new SaveIdea { IdeaId = ideaId, Title = "Un funnel per le cantine", Body = "Schema tolto." })).IsSuccess);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Uploads.CountAsync()));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.StoredFiles.CountAsync()));
    }
}
