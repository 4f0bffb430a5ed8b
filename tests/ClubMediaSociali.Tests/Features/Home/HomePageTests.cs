using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Application.Features.Home;
using ClubMediaSociali.Tests.Infrastructure;

namespace ClubMediaSociali.Tests.Features.Home;

public sealed class HomePageTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task Home_page_shows_the_figures_stored_in_the_database()
    {
        var former = Build.Member();
        former.DeletedAt = DateTimeOffset.UtcNow;
        await Fixture.InsertAsync(Build.Member(), Build.Member(), Build.Member(), former);
        await Fixture.InsertAsync(
            Build.Practice(PracticeStatus.Published), Build.Practice(PracticeStatus.Published), Build.Practice(PracticeStatus.Draft),
            Build.Idea(), Build.Idea(status: IdeaStatus.Selected), Build.Idea(status: IdeaStatus.UnderDiscussion), Build.Idea(status: IdeaStatus.Realised),
            Build.Idea(status: IdeaStatus.Duplicate),
            Build.Opportunity(OpportunityStatus.Open), Build.Opportunity(OpportunityStatus.Closed));

        using var client = Fixture.CreateClient();
        var page = await client.GetDocumentAsync("/");

        Assert.Equal("3", Figure(page, "members"));
        Assert.Equal("2", Figure(page, "practices"));
        Assert.Equal("4", Figure(page, "ideas"));
        Assert.Equal("1", Figure(page, "opportunities"));
    }

    [Fact]
    public async Task Empty_club_shows_zero_everywhere()
    {
        var figures = await Fixture.SendAsync(new GetHomeFigures());

        Assert.Equal(new HomeFigures(0, 0, 0, 0), figures);
    }

    [Fact]
    public async Task Home_page_explains_the_club_in_italian_and_invites_to_join()
    {
        using var client = Fixture.CreateClient();
        var page = await client.GetDocumentAsync("/");

        Assert.Equal("it", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("allo stesso tavolo", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var networks = page.QuerySelectorAll(".network-card h3").Select(h => h.TextContent).ToList();
        Assert.Equal(["Comunità di pratica", "Rete delle idee", "Rete d'affari", "Rete dei leader"], networks);
        Assert.NotNull(page.QuerySelector(".hero a[href='/iscriviti']"));
        Assert.NotNull(page.QuerySelector("form[action='/aggiornamenti'] input[name='Email']"));
    }

    private static string Figure(AngleSharp.Html.Dom.IHtmlDocument page, string name) =>
        page.QuerySelector($"[data-figure='{name}'] dd")!.TextContent.Trim();
}
