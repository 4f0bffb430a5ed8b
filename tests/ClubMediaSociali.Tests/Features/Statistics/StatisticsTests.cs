using System.Text.Json;
using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Features.Statistics;
using ClubMediaSociali.Tests.Features.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;

namespace ClubMediaSociali.Tests.Features.Statistics;

public sealed class StatisticsTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task The_statistics_page_charts_members_activity_ideas_and_opportunities_with_the_figures_in_tables()
    {
        var marketing = Build.Member(primaryRoleId: 1);
        marketing.Region = ItalianRegion.Lombardia;
        var social = Build.Member(primaryRoleId: 6);
        social.Region = ItalianRegion.Lombardia;
        var other = Build.Member(primaryRoleId: 7);
        other.Region = ItalianRegion.Sicilia;
        await Fixture.InsertAsync(marketing, social, other);
        await Fixture.InsertPublishedAsync(marketing);
        var selected = Build.Idea(social.Id);
        selected.Status = IdeaStatus.Selected;
        await Fixture.InsertAsync(Build.Idea(social.Id), selected);

        var stats = await Fixture.SendAsync(new GetClubStatistics(Language.Italian));
        Assert.Equal(1, stats.MembersByRoleGroup.Single(s => s.Key == "comunicazione-marketing").Count);
        Assert.Equal(2, stats.MembersByRoleGroup.Single(s => s.Key == "social-media").Count);
        Assert.Equal(["Lombardia 2", "Sicilia 1"], stats.MembersByRegion.Select(s => $"{s.Label} {s.Count}"));
        Assert.Equal(12, stats.Activity.Count);
        Assert.Equal((1, 2, 3), (stats.Activity[^1].Practices, stats.Activity[^1].Ideas, stats.Activity[^1].NewMembers));
        Assert.Equal(1, stats.IdeasByStatus.Single(s => s.Key == IdeaStatus.Selected).Count);

        using var visitor = Fixture.CreateClient();
        var page = await visitor.GetDocumentAsync("/statistiche");
        Assert.Equal(4, page.QuerySelectorAll("canvas[data-chart]").Length);
        Assert.Equal("Ancora nessun dato da mostrare.", page.QuerySelector("#opportunita-titolo")!.ParentElement!.QuerySelector(".chart-empty")!.TextContent);
        var regions = JsonDocument.Parse(page.QuerySelector("#regioni-titolo")!.ParentElement!.QuerySelector("canvas")!.GetAttribute("data-chart")!).RootElement;
        Assert.Equal("bar", regions.GetProperty("type").GetString());
        Assert.Equal(["Lombardia", "Sicilia"], regions.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        var ideaRows = page.QuerySelector("#idee-titolo")!.ParentElement!.QuerySelectorAll("tbody tr").Select(r => r.TextContent.Replace("\n", " ").Trim()).ToList();
        Assert.Contains(ideaRows, r => r.StartsWith("Selezionata", StringComparison.Ordinal) && r.EndsWith('1'));
        Assert.NotNull(page.QuerySelector("script[src^='/lib/chartjs/chart.umd.min.js']"));
    }
}
