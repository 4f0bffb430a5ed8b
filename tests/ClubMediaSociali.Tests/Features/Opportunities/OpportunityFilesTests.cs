using System.Net;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Tests.Features.Media;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Opportunities;

public sealed class OpportunityFilesTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task A_cv_sent_with_a_response_is_read_by_the_applicant_and_the_representatives_only()
    {
        var representative = await Fixture.CreateMemberAsync("Rina Rappresentante");
        var colleague = await Fixture.CreateMemberAsync("Carlo Collega");
        var (company, ties) = Build.Company("Cantina Curriculum", representativeIds: [representative.Id, colleague.Id]);
        var opportunity = Build.Opportunity(companyId: company.Id);
        await Fixture.InsertAsync([company, .. ties, opportunity]);
        // A newcomer may send a CV even though they may not attach documents elsewhere yet.
        var applicant = await Fixture.CreateMemberAsync("Alba Candidata");
        var other = await Fixture.CreateMemberAsync();
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        using var applicantClient = await Fixture.SignedInClientAsync(applicant);
        var address = $"/opportunita/{opportunity.Id}";

        // The message is missing and the CV is not a PDF: both are said; then a PDF is kept while the message is still missing.
        using var wrongType = await applicantClient.SubmitAsync(await applicantClient.GetDocumentAsync(address), "form.response-form",
            new Dictionary<string, string> { ["Message"] = "" }, files: new Dictionary<string, UploadFile> { ["CvFile"] = new("cv.docx", PictureCorpus.Pptx()) });
        var first = await BrowserLikeClient.ParseAsync(wrongType);
        Assert.Contains("va inviato in PDF", first.QuerySelector("#CvFile-errore")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(first.QuerySelector("#Message-errore:not(:empty)"));

        using var missingMessage = await applicantClient.SubmitAsync(first, "form.response-form",
            new Dictionary<string, string> { ["Message"] = "" }, files: new Dictionary<string, UploadFile> { ["CvFile"] = new("Alba CV 2026.pdf", PictureCorpus.Pdf("Alba"), "application/pdf") });
        var second = await BrowserLikeClient.ParseAsync(missingMessage);
        Assert.Contains("Alba CV 2026.pdf", second.QuerySelector(".response-form")!.TextContent, StringComparison.Ordinal);

        using var sent = await applicantClient.SubmitAsync(second, "form.response-form", new Dictionary<string, string> { ["Message"] = "Vi mando il mio curriculum." });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var cv = await Fixture.QueryDbAsync(db => db.OpportunityResponses.Select(r => r.CvUploadId).SingleAsync());
        Assert.NotNull(cv);
        var cvAddress = $"/allegati/{cv}";
        var mine = await applicantClient.GetDocumentAsync(address);
        Assert.Equal(cvAddress, mine.QuerySelector($"a[href='{cvAddress}']")!.GetAttribute("href"));

        using var representativeClient = await Fixture.SignedInClientAsync(representative);
        var responses = await representativeClient.GetDocumentAsync(address + "/risposte");
        Assert.Contains("Curriculum di Alba Candidata", responses.QuerySelector(".response-cv")!.TextContent, StringComparison.Ordinal);

        var readers = new (string Who, BrowserLikeClient Client, HttpStatusCode Expected)[]
        {
            ("applicant", applicantClient, HttpStatusCode.OK),
            ("representative", representativeClient, HttpStatusCode.OK),
            ("another representative", await Fixture.SignedInClientAsync(colleague), HttpStatusCode.OK),
            ("another member", await Fixture.SignedInClientAsync(other), HttpStatusCode.NotFound),
            ("moderator", await Fixture.SignedInClientAsync(moderator), HttpStatusCode.NotFound),
            ("visitor", Fixture.CreateClient(), HttpStatusCode.NotFound),
        };
        foreach (var (who, client, expected) in readers)
        {
            using var answer = await client.Http.GetAsync(new Uri(cvAddress, UriKind.Relative));
            Assert.True(expected == answer.StatusCode, $"{who}: expected {expected}, got {answer.StatusCode}");
        }

        // Two uses of the same bytes have their own readers: the same PDF attached to a published practice is public
        // there, and the CV stays private.
        await Fixture.TrustAsync(applicant);
        var copy = (await Fixture.As(applicant).SendAsync(new Application.Features.Media.UploadAttachments([new("cv.pdf", PictureCorpus.Pdf("Alba"))]))).Accepted.Single();
        var practice = Build.Practice();
        practice.AuthorId = applicant.Id;
        practice.AttachmentIds = [copy];
        await Fixture.InsertAsync(practice);
        await Fixture.QueryDbAsync(db => db.Uploads.Where(u => u.Id == copy).ExecuteUpdateAsync(
            s => s.SetProperty(u => u.UsedInKind, Application.Domain.Media.UploadPlace.Practice).SetProperty(u => u.UsedInId, practice.Id)));
        Assert.Equal(1, await Fixture.QueryDbAsync(db => db.StoredFiles.CountAsync()));
        using var otherClient = await Fixture.SignedInClientAsync(other);
        using (var publicCopy = await otherClient.Http.GetAsync(new Uri($"/allegati/{copy}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, publicCopy.StatusCode);
        }

        using var stillPrivate = await otherClient.Http.GetAsync(new Uri(cvAddress, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, stillPrivate.StatusCode);
    }

    [Fact]
    public async Task A_representative_attaches_a_brief_that_everyone_reads_once_the_opportunity_is_open()
    {
        var representative = await Fixture.CreateMemberAsync();
        await Fixture.TrustAsync(representative);
        var (company, ties) = Build.Company("Frantoio Brief", representativeIds: representative.Id);
        await Fixture.InsertAsync([company, .. ties]);
        using var client = await Fixture.SignedInClientAsync(representative);
        using var visitor = Fixture.CreateClient();

        var form = await client.GetDocumentAsync($"/aziende/{company.Slug}/opportunita/nuova");
        using var draft = await client.SubmitAsync(form, "form.opportunity-form", new Dictionary<string, string>
        {
            ["Kind"] = nameof(OpportunityKind.Project),
            ["Title"] = "Foto per il nuovo olio",
            ["Description"] = "Cerchiamo un fotografo.",
            ["Region"] = "Puglia",
        }, submitterSelector: "button[value='false']", files: new Dictionary<string, UploadFile> { ["NewAttachments"] = new("brief.pdf", PictureCorpus.Pdf("Brief"), "application/pdf") });
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        var id = Guid.Parse(draft.Headers.Location!.OriginalString.Split('/').Last());
        var brief = (await client.GetDocumentAsync($"/opportunita/{id}")).QuerySelector(".attachment-downloads a")!.GetAttribute("href")!;

        using (var hidden = await visitor.Http.GetAsync(new Uri(brief, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        await Fixture.QueryDbAsync(db => db.Opportunities.Where(o => o.Id == id).ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OpportunityStatus.Open)));
        using var open = await visitor.Http.GetAsync(new Uri(brief, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        Assert.Equal("brief.pdf", open.Content.Headers.ContentDisposition!.FileNameStar ?? open.Content.Headers.ContentDisposition.FileName);
    }

    [Theory]
    [InlineData("brief.pdf", "svg", "si possono allegare PDF")]
    [InlineData("brief.pdf", "pdf-script", "istruzioni automatiche")]
    [InlineData("vuoto.pdf", "empty", "il file è vuoto")]
    public async Task A_refused_brief_is_named_beside_the_field_and_the_opportunity_form_keeps_what_was_typed(string name, string content, string words)
    {
        var representative = await Fixture.CreateMemberAsync();
        await Fixture.TrustAsync(representative);
        var (company, ties) = Build.Company(representativeIds: representative.Id);
        await Fixture.InsertAsync([company, .. ties]);
        using var client = await Fixture.SignedInClientAsync(representative);
        var bytes = content switch
        {
            "svg" => PictureCorpus.Svg(),
            "pdf-script" => PictureCorpus.PdfWithJavaScript(),
            _ => [],
        };

        using var refused = await client.SubmitAsync(await client.GetDocumentAsync($"/aziende/{company.Slug}/opportunita/nuova"), "form.opportunity-form", new Dictionary<string, string>
        {
            ["Kind"] = nameof(OpportunityKind.Project),
            ["Title"] = "Un video per la vendemmia",
            ["Description"] = "Cerchiamo chi racconti la vendemmia.",
            ["Region"] = "Piemonte",
        }, submitterSelector: "button[value='false']", files: new Dictionary<string, UploadFile> { ["NewAttachments"] = new(name, bytes, "application/pdf") });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await BrowserLikeClient.ParseAsync(refused);
        var message = page.QuerySelector("#NewAttachments-errore")!.TextContent;
        Assert.Contains($"«{name}»", message, StringComparison.Ordinal);
        Assert.Contains(words, message, StringComparison.Ordinal);
        Assert.Equal("Un video per la vendemmia", page.QuerySelector("#Title")!.GetAttribute("value"));
        Assert.Contains("Cerchiamo chi racconti la vendemmia.", page.QuerySelector("#Description")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Opportunities.CountAsync()));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Uploads.CountAsync()));
    }
}
