using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Comments;

/// <summary>Times on pages are on the reader's clock: Rome's for visitors and by default, the member's own zone otherwise.</summary>
public sealed class CommentTimeTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task A_comment_written_at_nine_nineteen_in_rome_reads_so_whatever_the_servers_zone()
    {
        var author = await Fixture.CreateMemberAsync("Carla Commenti");
        var idea = Build.Idea(author.Id, "Un'idea con l'orario");
        var comment = Build.Comment(idea.Id, author.Id, "Scritto alle nove e diciannove.", new DateTimeOffset(2026, 12, 1, 8, 19, 0, TimeSpan.Zero));
        await Fixture.InsertAsync(idea, comment);

        using var visitor = Fixture.CreateClient();
        var page = await visitor.GetDocumentAsync($"/idee/{idea.Id}");
        Assert.Contains("01/12/2026 09:19", page.QuerySelector(".comment time")!.TextContent, StringComparison.Ordinal);

        var londoner = await Fixture.CreateMemberAsync("Luca Londra");
        await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == londoner.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.TimeZone, "Europe/London")));
        using var member = await Fixture.SignedInClientAsync(londoner);
        page = await member.GetDocumentAsync($"/idee/{idea.Id}");
        Assert.Contains("01/12/2026 08:19", page.QuerySelector(".comment time")!.TextContent, StringComparison.Ordinal);
    }
}
