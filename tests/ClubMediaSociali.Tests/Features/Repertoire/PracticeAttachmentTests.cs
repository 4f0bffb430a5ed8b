using System.Net;
using AngleSharp.Dom;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Tests.Features.Media;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ClubMediaSociali.Tests.Features.Repertoire.RepertoireSteps;

namespace ClubMediaSociali.Tests.Features.Repertoire;

public sealed class PracticeAttachmentTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task An_author_attaches_a_study_refused_files_are_named_the_accepted_stay_and_readers_download_it_as_the_practice_allows()
    {
        var author = await TrustedMemberAsync("Sara Studiosa");
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        var stranger = await Fixture.CreateMemberAsync();
        using var authorClient = await Fixture.SignedInClientAsync(author);
        using var moderatorClient = await Fixture.SignedInClientAsync(moderator);
        using var strangerClient = await Fixture.SignedInClientAsync(stranger);
        using var visitor = Fixture.CreateClient();

        // The title is missing and one file is a PDF that runs script: both are said, the good files stay.
        var fields = MethodForm();
        fields["Title"] = "";
        var form = await authorClient.GetDocumentAsync("/repertorio/nuova?tipo=Method");
        using var refused = await authorClient.SubmitAsync(form, "form[action='/repertorio/nuova']", fields, files: new Dictionary<string, UploadFile>
        {
            ["NewAttachments"] = new("studio-completo.pdf", PictureCorpus.Pdf(), "application/pdf"),
        });
        var again = await BrowserLikeClient.ParseAsync(refused);
        Assert.NotNull(again.QuerySelector("#Title-errore"));
        var kept = again.QuerySelectorAll("input[name='AttachmentIds']:checked").Select(i => i.GetAttribute("value")).ToList();
        Assert.Single(kept);
        Assert.Contains("studio-completo.pdf", again.QuerySelector(".attachment-list")!.TextContent, StringComparison.Ordinal);

        using var scripted = await authorClient.SubmitAsync(again, "form[action='/repertorio/nuova']", fields, files: new Dictionary<string, UploadFile>
        {
            ["NewAttachments"] = new("trappola.pdf", PictureCorpus.PdfWithJavaScript(), "application/pdf"),
        });
        var third = await BrowserLikeClient.ParseAsync(scripted);
        Assert.Contains("«trappola.pdf»: il PDF contiene istruzioni automatiche", third.QuerySelector("#NewAttachments-errore")!.TextContent, StringComparison.Ordinal);
        Assert.Single(third.QuerySelectorAll("input[name='AttachmentIds']:checked"));

        // Now complete, with slides as a second document.
        fields["Title"] = "Piano editoriale con lo studio";
        using var saved = await authorClient.SubmitAsync(third, "form[action='/repertorio/nuova']", fields, files: new Dictionary<string, UploadFile>
        {
            ["NewAttachments"] = new("slide.pptx", PictureCorpus.Pptx(), "application/octet-stream"),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = Guid.Parse(saved.Headers.Location!.OriginalString.Split('/').Last());
        var page = await authorClient.GetDocumentAsync($"/repertorio/{id}");
        var links = page.QuerySelectorAll(".attachment-downloads a").ToList();
        Assert.Equal(["studio-completo.pdf", "slide.pptx"], links.Select(a => a.TextContent));
        Assert.Contains("Presentazione", page.QuerySelector(".attachment-downloads")!.TextContent, StringComparison.Ordinal);
        var study = links[0].GetAttribute("href")!;

        // A draft's study: its author and the moderators, nobody else.
        await AssertDownloadAsync(authorClient, study, HttpStatusCode.OK);
        await AssertDownloadAsync(moderatorClient, study, HttpStatusCode.OK);
        await AssertDownloadAsync(strangerClient, study, HttpStatusCode.NotFound);
        await AssertDownloadAsync(visitor, study, HttpStatusCode.NotFound);

        await SubmitAsync(authorClient, id);
        using var published = await ReviewAsync(moderatorClient, id, "Publish");
        await AssertDownloadAsync(strangerClient, study, HttpStatusCode.OK);
        await AssertDownloadAsync(visitor, study, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Removing_an_attachment_from_a_draft_deletes_its_file()
    {
        var author = await TrustedMemberAsync();
        using var client = await Fixture.SignedInClientAsync(author);
        var form = await client.GetDocumentAsync("/repertorio/nuova?tipo=Method");
        using var saved = await client.SubmitAsync(form, "form[action='/repertorio/nuova']", MethodForm(), files: new Dictionary<string, UploadFile>
        {
            ["NewAttachments"] = new("studio.pdf", PictureCorpus.Pdf(), "application/pdf"),
        });
        var id = Guid.Parse(saved.Headers.Location!.OriginalString.Split('/').Last());
        Assert.Equal(1, await Fixture.QueryDbAsync(db => db.StoredFiles.CountAsync()));

        var edit = await client.GetDocumentAsync($"/repertorio/{id}/modifica");
        edit.QuerySelector("input[name='AttachmentIds']")!.RemoveAttribute("checked");
        using var without = await client.SubmitAsync(edit, $"form[action='/repertorio/{id}/modifica']");
        Assert.Equal(HttpStatusCode.Redirect, without.StatusCode);

        Assert.Empty(await Fixture.QueryDbAsync(db => db.Practices.Where(p => p.Id == id).Select(p => p.AttachmentIds).SingleAsync()));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Uploads.CountAsync()));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.StoredFiles.CountAsync()));
    }

    [Fact]
    public async Task A_newcomer_cannot_attach_documents_yet_and_is_told_why()
    {
        var newcomer = await Fixture.CreateMemberAsync();
        using var client = await Fixture.SignedInClientAsync(newcomer);
        var form = await client.GetDocumentAsync("/repertorio/nuova?tipo=Method");

        using var refused = await client.SubmitAsync(form, "form[action='/repertorio/nuova']", MethodForm(), files: new Dictionary<string, UploadFile>
        {
            ["NewAttachments"] = new("studio.pdf", PictureCorpus.Pdf(), "application/pdf"),
        });

        var page = await BrowserLikeClient.ParseAsync(refused);
        Assert.Contains("I nuovi membri non possono ancora allegare", page.QuerySelector("#NewAttachments-errore")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Piano editoriale in quattro settimane", page.QuerySelector("#Title")!.GetAttribute("value"));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Practices.CountAsync()));
    }

    [Fact]
    public async Task A_member_cannot_name_someone_elses_upload_on_their_practice()
    {
        var owner = await TrustedMemberAsync();
        var thief = await TrustedMemberAsync();
        var uploaded = await Fixture.As(owner).SendAsync(new Application.Features.Media.UploadAttachments([new("privato.pdf", PictureCorpus.Pdf())]));
        using var client = await Fixture.SignedInClientAsync(thief);
        var form = await client.GetDocumentAsync("/repertorio/nuova?tipo=Method");
        var fields = MethodForm();
        fields["AttachmentIds"] = uploaded.Accepted[0].ToString();
        var hidden = form.CreateElement("input");
        hidden.SetAttribute("type", "hidden");
        hidden.SetAttribute("name", "AttachmentIds");
        form.QuerySelector("form[action='/repertorio/nuova']")!.AppendChild(hidden);

        using var refused = await client.SubmitAsync(form, "form[action='/repertorio/nuova']", fields);

        Assert.Contains("non è più disponibile", (await BrowserLikeClient.ParseAsync(refused)).QuerySelector("#NewAttachments-errore")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Practices.CountAsync()));
    }

    private async Task<Member> TrustedMemberAsync(string? name = null)
    {
        var member = await Fixture.CreateMemberAsync(name);
        await Fixture.TrustAsync(member);
        return member;
    }

    private static async Task AssertDownloadAsync(BrowserLikeClient client, string address, HttpStatusCode expected)
    {
        using var answer = await client.Http.GetAsync(new Uri(address, UriKind.Relative));
        Assert.Equal(expected, answer.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            Assert.Equal("attachment", answer.Content.Headers.ContentDisposition!.DispositionType);
            Assert.Equal("application/pdf", answer.Content.Headers.ContentType!.MediaType);
            Assert.StartsWith("%PDF-", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Contains("sandbox", answer.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        }
    }
}
