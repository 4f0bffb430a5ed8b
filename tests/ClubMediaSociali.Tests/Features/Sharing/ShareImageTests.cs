using System.Net;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;
using NetVips;

namespace ClubMediaSociali.Tests.Features.Sharing;

/// <summary>Each practice, idea, opportunity, company and profile shares its own picture: its kind and title on the Club's colours.</summary>
public sealed class ShareImageTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task Every_kind_of_page_names_its_own_picture_drawn_with_its_title_and_a_draft_has_none()
    {
        var member = await Fixture.CreateMemberAsync("Lia Condivide");
        var practice = Build.Practice();
        practice.Title = "Un piano editoriale in un'ora";
        var other = Build.Practice();
        other.Title = "Rispondere alle recensioni negative";
        var draft = Build.Practice(PracticeStatus.Draft);
        var idea = Build.Idea(member.Id, "Un calendario comune degli eventi");
        var (company, _) = Build.Company("Cantina Collina");
        var opportunity = Build.Opportunity(companyId: company.Id);
        opportunity.PublishedAt = DateTimeOffset.UtcNow;
        await Fixture.InsertAsync(practice, other, draft, idea, company, opportunity);
        using var visitor = Fixture.CreateClient();

        var pages = new[]
        {
            ($"/repertorio/{practice.Id}", $"/condivisione/pratiche/{practice.Id}.png"),
            ($"/idee/{idea.Id}", $"/condivisione/idee/{idea.Id}.png"),
            ($"/opportunita/{opportunity.Id}", $"/condivisione/opportunita/{opportunity.Id}.png"),
            ($"/aziende/{company.Slug}", $"/condivisione/aziende/{company.Slug}.png"),
            ($"/membri/{member.Handle}", $"/condivisione/membri/{member.Handle}.png"),
        };
        var pictures = new List<byte[]>();
        foreach (var (page, picture) in pages)
        {
            var document = await visitor.GetDocumentAsync(page);
            Assert.EndsWith(picture, document.QuerySelector("meta[property='og:image']")!.GetAttribute("content"), StringComparison.Ordinal);
            using var response = await visitor.Http.GetAsync(new Uri(picture, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
            var png = await response.Content.ReadAsByteArrayAsync();
            using var image = Image.NewFromBuffer(png);
            Assert.Equal((1200, 630), (image.Width, image.Height));
            // The title is written in white on the navy ground (red 23): the font was found and drawn.
            using var titleArea = image.Crop(80, 130, 1040, 120).ExtractBand(0);
            Assert.True(titleArea.Max() > 200, $"{picture}: no title drawn");
            pictures.Add(png);
            // Kept beside the browser tests' screenshots, to be looked at.
            var folder = RepositoryFiles.PathOf("artifacts", "screenshots");
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, $"share-image-{picture.Split('/')[2]}.png"), png);
        }

        using var otherPicture = await visitor.Http.GetAsync(new Uri($"/condivisione/pratiche/{other.Id}.png", UriKind.Relative));
        Assert.NotEqual(pictures[0], await otherPicture.Content.ReadAsByteArrayAsync());
        using var draftPicture = await visitor.Http.GetAsync(new Uri($"/condivisione/pratiche/{draft.Id}.png", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, draftPicture.StatusCode);
    }

    [Fact]
    public async Task A_profile_with_a_photo_and_a_company_with_a_logo_share_them_in_their_picture()
    {
        var member = await Fixture.CreateMemberAsync("Rino Rosso");
        var (company, ties) = Build.Company("Cantina Blu", representativeIds: member.Id);
        await Fixture.InsertAsync([company, .. ties]);
        Assert.True((await Fixture.As(member).SendAsync(new Application.Features.Members.SetProfilePhoto(Media.PictureCorpus.Jpeg(colour: Media.PictureCorpus.Red)))).IsSuccess);
        Assert.True((await Fixture.As(member).SendAsync(new Application.Features.Companies.SetCompanyLogo(company.Slug, Media.PictureCorpus.Png(colour: Media.PictureCorpus.Blue)))).IsSuccess);
        using var visitor = Fixture.CreateClient();

        foreach (var (address, colour) in new[] { ($"/condivisione/membri/{member.Handle}.png", Media.PictureCorpus.Red), ($"/condivisione/aziende/{company.Slug}.png", Media.PictureCorpus.Blue) })
        {
            using var response = await visitor.Http.GetAsync(new Uri(address, UriKind.Relative));
            using var image = Image.NewFromBuffer(await response.Content.ReadAsByteArrayAsync());
            // The picture sits at the top right, beside the title.
            var pixel = image.Getpoint(1200 - 80 - 130, 80 + 130);
            for (var band = 0; band < 3; band++)
            {
                Assert.InRange(pixel[band], colour[band] - 40, colour[band] + 40);
            }
        }
    }
}
