using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Tests.Infrastructure;

namespace ClubMediaSociali.Tests.Features.Ideas;

public sealed class MyIdeasTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task Le_mie_idee_lists_only_my_ideas_newest_first_with_status_votes_comments_and_a_held_one_marked()
    {
        var me = await Fixture.CreateMemberAsync("Irene Ideatrice");
        var other = await Fixture.CreateMemberAsync();
        var older = Build.Idea(me.Id, "Un'idea di settimana scorsa", createdAt: DateTimeOffset.UtcNow.AddDays(-7));
        older.Status = IdeaStatus.Selected;
        older.VotesFor = 12;
        older.VotesAgainst = 2;
        older.CommentCount = 5;
        var held = Build.Idea(me.Id, "Un'idea in verifica");
        held.Screening = Screening.Held;
        await Fixture.InsertAsync(older, held, Build.Idea(other.Id, "Un'idea di un altro"));
        using var client = await Fixture.SignedInClientAsync(me);

        var page = await client.GetDocumentAsync("/idee/mie");

        var rows = page.QuerySelectorAll(".my-ideas tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(2, rows.Count);
        Assert.StartsWith("Un'idea in verifica", rows[0][0], StringComparison.Ordinal);
        Assert.Equal("in attesa di verifica", page.QuerySelector(".my-ideas .held-mark")!.TextContent);
        Assert.Equal(["Un'idea di settimana scorsa", "Selezionata", "12", "2", "5"], rows[1].Take(5));
        Assert.NotNull(page.QuerySelector(".member-menu a[href='/idee/mie']"));
    }
}
