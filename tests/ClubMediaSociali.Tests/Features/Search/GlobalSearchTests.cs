using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Features.Search;
using ClubMediaSociali.Tests.Features.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Search;

public sealed class GlobalSearchTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task One_search_finds_every_kind_in_italian_across_plurals_and_accents()
    {
        var author = await Fixture.CreateMemberAsync("Rita Ricerca");
        await Fixture.InsertPublishedAsync(author, p => p.Title = "Strategie per le comunità di clienti");
        var idea = Build.Idea(author.Id, "Serate dal vivo per la comunità locale");
        var (company, reps) = Build.Company("Cantine Toscane Riunite", representativeIds: author.Id);
        await Fixture.InsertAsync(idea, company);
        await Fixture.InsertAsync(reps);
        var opportunity = Build.Opportunity();
        opportunity.CompanyId = company.Id;
        opportunity.Title = "Cerchiamo un gestore di comunità online";
        opportunity.PublishedAt = DateTimeOffset.UtcNow;
        await Fixture.InsertAsync(opportunity);
        var manager = await Fixture.CreateMemberAsync("Carlo Comunità");
        await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == manager.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Headline, "Gestisco comunità di appassionati")));
        var starts = DateTimeOffset.UtcNow.AddDays(9);
        await Fixture.InsertAsync(new Application.Domain.Events.Event
        {
            Title = "Aperitivo delle comunità locali",
            OrganizedBy = Application.Domain.Events.EventOrganizer.Club,
            StartsAt = starts,
            EndsAt = starts.AddHours(2),
            City = "Lucca",
            Region = ItalianRegion.Toscana,
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
        });

        // "comunita" without the accent, singular: matches "comunità" everywhere.
        var results = await Fixture.SendAsync(new SearchClub("comunita"));
        Assert.Equal(
            ["Practices 1", "Ideas 1", "Opportunities 1", "Members 1", "Companies 0", "Events 1"],
            results.Groups.Select(g => $"{g.Kind} {g.Count}"));
        Assert.Equal("Carlo Comunità", results.Groups[3].Hits.Single().Title);

        // A plural finds the singular and back: "cantina" finds "Cantine", "strategia" finds "Strategie".
        Assert.Equal(1, (await Fixture.SendAsync(new SearchClub("cantina"))).Groups.Single(g => g.Kind == SearchKind.Companies).Count);
        Assert.Equal(1, (await Fixture.SendAsync(new SearchClub("strategia"))).Groups.Single(g => g.Kind == SearchKind.Practices).Count);
    }

    [Fact]
    public async Task The_page_groups_results_with_counts_and_each_group_links_to_its_own_list_with_as_many_items()
    {
        var author = await Fixture.CreateMemberAsync();
        for (var i = 0; i < 7; i++)
        {
            await Fixture.InsertPublishedAsync(author, p => p.Title = $"Video per il marchio, caso {i + 1}");
        }

        var hidden = await Fixture.CreateMemberAsync("Vera Video");
        await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == hidden.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Visibility, ProfileVisibility.MembersOnly)));

        using var visitor = Fixture.CreateClient();
        // The box in the navigation is a plain GET form on every page.
        var home = await visitor.GetDocumentAsync("/");
        Assert.NotNull(home.QuerySelector("form.nav-search[method='get'][action='/cerca'] input[name='q']"));
        var page = await visitor.GetDocumentAsync("/cerca?q=video");
        Assert.Equal("Risultati per «video»", page.QuerySelector("h1")!.TextContent);
        var practices = page.QuerySelector("#risultati-Practices")!;
        Assert.Equal("Pratiche (7)", practices.QuerySelector("h2")!.TextContent);
        Assert.Equal(5, practices.QuerySelectorAll(".search-hits li").Length);
        var more = practices.QuerySelector("a.search-more")!;
        Assert.Equal("Vedi tutti i 7 risultati in Pratiche", more.TextContent);

        var list = await visitor.GetDocumentAsync(more.GetAttribute("href")!);
        Assert.Equal(7, list.QuerySelectorAll(".practice-card").Length);

        // A profile kept for members is not found by visitors, but is by members.
        Assert.Null(page.QuerySelector("#risultati-Members"));
        using var member = await Fixture.SignedInClientAsync(await Fixture.CreateMemberAsync());
        var asMember = await member.GetDocumentAsync("/cerca?q=video");
        Assert.Equal("Vera Video", asMember.QuerySelector("#risultati-Members .search-hits a")!.TextContent);
        Assert.Equal("video", asMember.QuerySelector("#cerca-nav")!.GetAttribute("value"));
    }
}
