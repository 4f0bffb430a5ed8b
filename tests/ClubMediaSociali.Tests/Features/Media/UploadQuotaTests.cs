using ClubMediaSociali.Application.Features.Media;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Media;

/// <summary>How much one member may send in a day: refused files never count, and the next day starts afresh.</summary>
public sealed class UploadQuotaTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task A_member_attaches_twenty_documents_a_day_and_the_next_one_is_refused_by_name_until_tomorrow()
    {
        var member = await Fixture.CreateMemberAsync("Marta Allegati");
        await Fixture.TrustAsync(member);
        var studies = Enumerable.Range(1, 20).Select(i => new IncomingFile($"studio-{i}.pdf", PictureCorpus.Pdf($"Studio {i}")));

        var first = await Fixture.As(member).SendAsync(new UploadAttachments([new("finto.pdf", PictureCorpus.Svg()), .. studies]));

        Assert.Equal(20, first.Accepted.Count);
        Assert.Equal("«finto.pdf»: si possono allegare PDF, presentazioni (PPTX, ODP), fogli di calcolo (XLSX, ODS) e documenti (DOCX, ODT).", Assert.Single(first.Refusals));

        var oneMore = await Fixture.As(member).SendAsync(new UploadAttachments([new("studio-21.pdf", PictureCorpus.Pdf("Studio 21"))]));

        Assert.Empty(oneMore.Accepted);
        Assert.Equal("«studio-21.pdf»: oggi hai già allegato 20 file, il massimo per un giorno. Potrai allegarne altri domani.", Assert.Single(oneMore.Refusals));
        Assert.Equal(20, await Fixture.QueryDbAsync(db => db.Uploads.CountAsync(u => u.OwnerId == member.Id)));

        // A day later the count starts again.
        await DayPassesAsync();
        var tomorrow = await Fixture.As(member).SendAsync(new UploadAttachments([new("studio-21.pdf", PictureCorpus.Pdf("Studio 21"))]));
        Assert.Single(tomorrow.Accepted);
    }

    [Fact]
    public async Task A_newcomer_puts_five_pictures_a_day_in_texts_and_a_picture_that_cannot_be_read_is_not_counted()
    {
        var newcomer = await Fixture.CreateMemberAsync("Nico Nuovo");

        var unreadable = await Fixture.As(newcomer).SendAsync(new UploadContentImage(PictureCorpus.TruncatedJpeg(), "Una foto rovinata"));
        Assert.Equal("media.unreadable", unreadable.Error!.Code);
        for (var i = 0; i < 5; i++)
        {
            var taken = await Fixture.As(newcomer).SendAsync(new UploadContentImage(PictureCorpus.Png(16, 16, [i * 40, 90, 160]), $"Schema {i + 1}"));
            Assert.True(taken.IsSuccess, taken.Error?.Message);
        }

        var sixth = await Fixture.As(newcomer).SendAsync(new UploadContentImage(PictureCorpus.Png(16, 16), "Schema 6"));

        Assert.Equal("Oggi hai già caricato 5 immagini, il massimo per un giorno: potrai caricarne altre domani.", sixth.Error!.Message);
        Assert.Equal(5, await Fixture.QueryDbAsync(db => db.Uploads.CountAsync(u => u.OwnerId == newcomer.Id)));

        await DayPassesAsync();
        Assert.True((await Fixture.As(newcomer).SendAsync(new UploadContentImage(PictureCorpus.Png(16, 16), "Schema 6"))).IsSuccess);
    }

    /// <summary>The day's counts move a day into the past, as if the member came back tomorrow.</summary>
    private Task<int> DayPassesAsync() => Fixture.QueryDbAsync(db => db.AllowanceUses.ExecuteUpdateAsync(s => s.SetProperty(u => u.WindowStart, u => u.WindowStart.AddDays(-1))));
}
