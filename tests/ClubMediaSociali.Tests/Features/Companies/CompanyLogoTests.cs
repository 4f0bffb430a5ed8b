using System.Net;
using ClubMediaSociali.Tests.Features.Media;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Companies;

public sealed class CompanyLogoTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task A_representative_sets_the_logo_and_it_shows_whole_on_the_page_and_in_the_directory()
    {
        var representative = await Fixture.CreateMemberAsync("Rosa Rappresentante");
        var (company, ties) = Build.Company("Cantina Logo", representativeIds: representative.Id);
        await Fixture.InsertAsync([company, .. ties]);
        using var client = await Fixture.SignedInClientAsync(representative);
        var form = $"form[action='/aziende/{company.Slug}/logo']";

        // A bad file comes back beside the field, with the page's form as it was.
        using var refused = await client.SubmitAsync(
            await client.GetDocumentAsync($"/aziende/{company.Slug}/modifica"), form, files: new Dictionary<string, UploadFile> { ["File"] = new("logo.svg", PictureCorpus.Svg(), "image/svg+xml") });
        var again = await BrowserLikeClient.ParseAsync(refused);
        Assert.Contains("non è un'immagine", again.QuerySelector("#picture-file-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(company.Name, again.QuerySelector("#Name")!.GetAttribute("value"));

        // A wide logo (600 × 200) is fitted whole, never cut.
        using var sent = await client.SubmitAsync(
            await client.GetDocumentAsync($"/aziende/{company.Slug}/modifica"), form, files: new Dictionary<string, UploadFile> { ["File"] = new("logo.png", PictureCorpus.Png(600, 200), "image/png") });
        var after = await client.FollowRedirectAsync(sent);
        Assert.Contains("Logo aggiornato", after.QuerySelector(".notice-bar")!.TextContent, StringComparison.Ordinal);
        var hash = await Fixture.QueryDbAsync(db => db.Companies.Where(c => c.Id == company.Id).Select(c => c.LogoHash).SingleAsync());

        var page = await client.GetDocumentAsync($"/aziende/{company.Slug}");
        Assert.Equal($"/media/{hash}/192.webp", page.QuerySelector("img.company-logo.avatar-lg")!.GetAttribute("src"));
        var directory = await Fixture.CreateClient().GetDocumentAsync("/aziende");
        Assert.Equal($"/media/{hash}/96.webp", directory.QuerySelector("img.company-logo")!.GetAttribute("src"));
        using var png = await client.Http.GetAsync(new Uri($"/media/{hash}/400.png", UriKind.Relative));
        Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);

        using var removed = await client.SubmitAsync(await client.GetDocumentAsync($"/aziende/{company.Slug}/modifica"), $"form[action='/aziende/{company.Slug}/logo/rimuovi']");
        var initials = await client.GetDocumentAsync($"/aziende/{company.Slug}");
        Assert.Equal("CL", initials.QuerySelector(".company-logo.avatar-lg")!.TextContent);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.StoredFiles.CountAsync()));
    }

    [Fact]
    public async Task Only_a_representative_may_change_the_logo_and_that_is_decided_before_the_file_is_read()
    {
        var representative = await Fixture.CreateMemberAsync();
        var (company, ties) = Build.Company(representativeIds: representative.Id);
        await Fixture.InsertAsync([company, .. ties]);
        var stranger = await Fixture.CreateMemberAsync();
        using var client = await Fixture.SignedInClientAsync(stranger);
        // The stranger builds the form by hand from the representative's page.
        using var representativeClient = await Fixture.SignedInClientAsync(representative);
        var page = await representativeClient.GetDocumentAsync($"/aziende/{company.Slug}/modifica");
        var ownToken = (await client.GetDocumentAsync("/aggiornamenti")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        page.QuerySelector($"form[action='/aziende/{company.Slug}/logo'] input[name='__RequestVerificationToken']")!.SetAttribute("value", ownToken);

        foreach (var file in new[] { PictureCorpus.Png(), PictureCorpus.Svg() })
        {
            using var answer = await client.SubmitAsync(page, $"form[action='/aziende/{company.Slug}/logo']", files: new Dictionary<string, UploadFile> { ["File"] = new("logo.png", file, "image/png") });
            Assert.True(answer.StatusCode is HttpStatusCode.Forbidden || answer.Headers.Location?.OriginalString.Contains("/accesso/negato", StringComparison.Ordinal) == true, $"got {(int)answer.StatusCode}");
        }

        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Uploads.CountAsync()));
        Assert.Null(await Fixture.QueryDbAsync(db => db.Companies.Where(c => c.Id == company.Id).Select(c => c.LogoHash).SingleAsync()));
    }
}
