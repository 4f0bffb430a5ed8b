using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ClubMediaSociali.Application.Domain.Media;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Features.Conversations;
using ClubMediaSociali.Application.Features.Media;
using ClubMediaSociali.Tests.Features.Media;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Conversations;

public sealed class ConversationFilesTests(ClubFixture fixture) : ClubTest(fixture)
{
    private static Dictionary<string, UploadFile> File(string name, byte[] content) => new() { [MessageFiles.Field] = new(name, content) };

    private static async Task<HttpStatusCode> StatusAsync(BrowserLikeClient client, string address)
    {
        using var answer = await client.Http.GetAsync(new Uri(address, UriKind.Relative));
        return answer.StatusCode;
    }

    [Fact]
    public async Task Pictures_and_documents_in_messages_are_read_by_the_people_who_read_the_message_only()
    {
        var anna = await Fixture.CreateMemberAsync("Anna Allegati");
        await Fixture.TrustAsync(anna);
        var bruno = await Fixture.CreateMemberAsync("Bruno Lettore");
        var carla = await Fixture.CreateMemberAsync("Carla Uscita");
        var dario = await Fixture.CreateMemberAsync("Dario Estraneo");
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        var conversation = (await Fixture.As(anna).SendAsync(
            new StartConversation { Recipients = $"{bruno.Handle}, {carla.Handle}", Title = "Stand in fiera", Body = "Vi mando il materiale." })).Value;
        // Carla leaves before the files are sent: she keeps what was said until then, and nothing after.
        Assert.True((await Fixture.As(carla).SendAsync(new LeaveConversation(conversation))).IsSuccess);

        using var annaClient = await Fixture.SignedInClientAsync(anna);
        var address = $"/messaggi/{conversation}";
        // A file that is neither a picture nor a document is refused beside the field; the text stays as typed.
        using var refused = await annaClient.SubmitAsync(await annaClient.GetDocumentAsync(address), "form.message-form",
            new Dictionary<string, string> { ["Body"] = "Ecco la foto dello stand." }, files: File("logo.svg", PictureCorpus.Svg()));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var again = await BrowserLikeClient.ParseAsync(refused);
        Assert.Contains("«logo.svg»", again.QuerySelector("#NewAttachments-errore")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Ecco la foto dello stand.", again.QuerySelector("#Body")!.TextContent);
        Assert.NotNull(again.QuerySelector("details.message-attach[open]"));

        // An outsider cannot send files into it: told it does not exist, and nothing is stored.
        var uploadsBefore = await Fixture.QueryDbAsync(db => db.Uploads.CountAsync());
        using var darioClient = await Fixture.SignedInClientAsync(dario);
        var forged = await annaClient.GetDocumentAsync(address);
        var darioToken = (await darioClient.GetDocumentAsync("/aggiornamenti")).QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;
        forged.QuerySelector<IHtmlInputElement>("form.message-form input[name='__RequestVerificationToken']")!.Value = darioToken;
        using var outsider = await darioClient.SubmitAsync(forged, "form.message-form",
            new Dictionary<string, string> { ["Body"] = "Intruso." }, files: File("stand.jpg", PictureCorpus.Jpeg()));
        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
        Assert.Equal(uploadsBefore, await Fixture.QueryDbAsync(db => db.Uploads.CountAsync()));

        using var withPicture = await annaClient.SubmitAsync(again, "form.message-form", files: File("stand.jpg", PictureCorpus.PhoneJpeg()));
        Assert.Equal(HttpStatusCode.Redirect, withPicture.StatusCode);
        // A message may be a document alone.
        using var withDocument = await annaClient.SubmitAsync(await annaClient.GetDocumentAsync(address), "form.message-form",
            new Dictionary<string, string> { ["Body"] = "" }, files: File("Preventivo stand.pdf", PictureCorpus.Pdf("Preventivo")));
        Assert.Equal(HttpStatusCode.Redirect, withDocument.StatusCode);

        var picture = await Fixture.QueryDbAsync(db => db.Uploads.SingleAsync(u => u.OwnerId == anna.Id && u.FileName == "stand.jpg"));
        var document = await Fixture.QueryDbAsync(db => db.Uploads.SingleAsync(u => u.OwnerId == anna.Id && u.FileName == "Preventivo stand.pdf"));
        Assert.Equal((UploadPurpose.MessageFile, UploadPlace.Message), (picture.Purpose, picture.UsedInKind));
        var pictureAddress = $"/allegati/{picture.Id}";
        var documentAddress = $"/allegati/{document.Id}";

        // Bruno sees the picture in the page (upright: the phone's photo was sideways) and the document as a download.
        using var brunoClient = await Fixture.SignedInClientAsync(bruno);
        var page = await brunoClient.GetDocumentAsync(address);
        var image = page.QuerySelector($".message-files img[src='{pictureAddress}']")!;
        Assert.Equal("Immagine: stand.jpg", image.GetAttribute("alt"));
        Assert.True(int.Parse(image.GetAttribute("height")!, CultureInfo.InvariantCulture) > int.Parse(image.GetAttribute("width")!, CultureInfo.InvariantCulture));
        Assert.NotNull(page.QuerySelector($".message-files a[href='{documentAddress}'][download]"));
        Assert.Contains("Ecco la foto dello stand.", page.QuerySelector(".message-list")!.TextContent, StringComparison.Ordinal);

        using (var shown = await brunoClient.Http.GetAsync(new Uri(pictureAddress, UriKind.Relative)))
        {
            Assert.Equal("image/webp", shown.Content.Headers.ContentType!.MediaType);
            Assert.Null(shown.Content.Headers.ContentDisposition);
        }

        using (var downloaded = await brunoClient.Http.GetAsync(new Uri(documentAddress, UriKind.Relative)))
        {
            Assert.Equal("attachment", downloaded.Content.Headers.ContentDisposition!.DispositionType);
        }

        using var carlaClient = await Fixture.SignedInClientAsync(carla);
        using var moderatorClient = await Fixture.SignedInClientAsync(moderator);
        var readers = new (string Who, BrowserLikeClient Client, HttpStatusCode Expected)[]
        {
            ("author", annaClient, HttpStatusCode.OK),
            ("participant", brunoClient, HttpStatusCode.OK),
            ("who left before", carlaClient, HttpStatusCode.NotFound),
            ("another member", darioClient, HttpStatusCode.NotFound),
            ("moderator without a report", moderatorClient, HttpStatusCode.NotFound),
            ("visitor", Fixture.CreateClient(), HttpStatusCode.NotFound),
        };
        foreach (var (who, client, expected) in readers)
        {
            foreach (var file in new[] { pictureAddress, documentAddress })
            {
                Assert.True(expected == await StatusAsync(client, file), $"{who} reading {file}: expected {expected}");
            }
        }

        // Reported, the picture's message is shown to the moderators with its picture; not the document of another message.
        var photoMessage = await Fixture.QueryDbAsync(db => db.Messages.Where(m => m.AttachmentIds.Contains(picture.Id)).Select(m => m.Id).SingleAsync());
        var report = (await Fixture.As(bruno).SendAsync(new ReportConversation(conversation, photoMessage) { Reason = "Foto fuori luogo" })).Value;
        var snapshot = (await Fixture.As(moderator).SendAsync(new Application.Features.Moderation.ReadMessageReport(report))).Value;
        Assert.Equal(["stand.jpg"], snapshot.Lines.Single(l => l.Line.Reported).Line.Files!.Select(f => f.FileName));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(moderatorClient, pictureAddress));

        // "Elimina per me": Bruno no longer reads the files; Anna still does.
        Assert.True((await Fixture.As(bruno).SendAsync(new ChangeMyConversation(conversation, MyConversationChange.Clear))).IsSuccess);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(brunoClient, documentAddress));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(annaClient, documentAddress));

        // Its author deletes the message: its picture is gone for everyone, stored bytes included.
        Assert.True((await Fixture.As(anna).SendAsync(new DeleteMessage(photoMessage))).IsSuccess);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(annaClient, pictureAddress));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(moderatorClient, pictureAddress));
        Assert.False(await Fixture.QueryDbAsync(db => db.StoredFiles.AnyAsync(f => f.SourceHash == picture.SourceHash)));
    }

    [Fact]
    public async Task A_conversation_nobody_keeps_goes_with_its_files_and_newcomers_send_none()
    {
        var anna = await Fixture.CreateMemberAsync("Anna Che Allega");
        await Fixture.TrustAsync(anna);
        var bruno = await Fixture.CreateMemberAsync("Bruno Nuovo");
        var conversation = (await Fixture.As(anna).SendAsync(new StartConversation { Recipients = bruno.Handle, Body = "Ti mando lo studio." })).Value;

        // Bruno is new: he writes, and attaches nothing yet.
        var newcomer = await Fixture.As(bruno).SendAsync(new UploadAttachments([new("foto.jpg", PictureCorpus.Jpeg())], AttachmentUse.Message));
        Assert.Empty(newcomer.Accepted);
        Assert.Contains("allegare file ai messaggi", Assert.Single(newcomer.Refusals), StringComparison.Ordinal);

        var sent = await Fixture.As(anna).SendAsync(new UploadAttachments([new("studio.pdf", PictureCorpus.Pdf("Studio")), new("grafico.png", PictureCorpus.Png())], AttachmentUse.Message));
        Assert.Equal(2, sent.Accepted.Count);
        // Someone else's upload cannot be named in a message.
        Assert.Equal(
            "conversations.file_gone",
            (await Fixture.As(bruno).SendAsync(new SendMessage(conversation) { Body = "Mio?", AttachmentIds = [sent.Accepted[0]] })).Error!.Code);
        Assert.True((await Fixture.As(anna).SendAsync(new SendMessage(conversation) { AttachmentIds = [.. sent.Accepted] })).IsSuccess);
        var view = (await Fixture.As(bruno).SendAsync(new GetConversation(conversation))).Value;
        Assert.Equal(["studio.pdf", "grafico.png"], view.Messages[^1].Files!.Select(f => f.FileName));
        Assert.Equal([false, true], view.Messages[^1].Files!.Select(f => f.IsPicture));

        // Both delete it for themselves: the conversation and its files go.
        Assert.True((await Fixture.As(anna).SendAsync(new ChangeMyConversation(conversation, MyConversationChange.Clear))).IsSuccess);
        Assert.Equal(2, await Fixture.QueryDbAsync(db => db.Uploads.CountAsync(u => sent.Accepted.Contains(u.Id))));
        Assert.True((await Fixture.As(bruno).SendAsync(new ChangeMyConversation(conversation, MyConversationChange.Clear))).IsSuccess);
        Assert.False(await Fixture.QueryDbAsync(db => db.Conversations.AnyAsync(c => c.Id == conversation)));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Uploads.CountAsync(u => sent.Accepted.Contains(u.Id))));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.StoredFiles.CountAsync()));
    }
}
