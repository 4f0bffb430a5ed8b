using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Tests.Infrastructure;

namespace ClubMediaSociali.Tests.Features.Members;

public sealed class MemberDirectoryTests(ClubFixture fixture) : ClubTest(fixture)
{
    private static Member Person(string name, int role, ItalianRegion? region = null, string[]? offers = null, string[]? seeks = null,
        string[]? skills = null, int[]? secondary = null, string? headline = null)
    {
        var m = Build.Member(name, role);
        m.Region = region;
        m.OffersTags = offers ?? [];
        m.SeeksTags = seeks ?? [];
        m.Skills = skills ?? [];
        m.SecondaryRoleIds = secondary ?? [];
        m.Headline = headline;
        return m;
    }

    private async Task<List<string>> NamesAsync(string query, BrowserLikeClient? client = null)
    {
        using var own = client is null ? Fixture.CreateClient() : null;
        var page = await (client ?? own!).GetDocumentAsync("/membri" + query);
        return page.QuerySelectorAll(".member-card h2 a").Select(a => a.TextContent).Order().ToList();
    }

    [Fact]
    public async Task Staff_appear_as_the_clubs_staff_not_under_a_profession_in_both_languages()
    {
        await Fixture.CreateMemberAsync("Moderazione Prova", staffRoles: StaffRoles.Moderator);
        await Fixture.CreateMemberAsync("Amministrazione Prova", staffRoles: StaffRoles.Admin);
        await Fixture.InsertAsync(Person("Lia Consulente", role: 13));
        using var client = Fixture.CreateClient();

        var page = await client.GetDocumentAsync("/membri");

        string RoleOf(string name) => page.QuerySelectorAll(".member-card").Single(c => c.QuerySelector("h2")!.TextContent.Contains(name, StringComparison.Ordinal))
            .QuerySelector("p.small")!.TextContent;
        Assert.Equal("Moderazione del Club", RoleOf("Moderazione Prova"));
        Assert.Equal("Amministrazione del Club", RoleOf("Amministrazione Prova"));
        Assert.Equal("Consulente", RoleOf("Lia Consulente"));
    }

    [Fact]
    public async Task Filters_by_text_role_group_region_and_what_people_bring_or_seek()
    {
        await Fixture.InsertAsync(
            Person("Alba Cuomo", role: 7, ItalianRegion.Campania, offers: ["moderazione"], headline: "Community manager a Napoli"),
            Person("Bruno Sala", role: 1, ItalianRegion.Lombardia, seeks: ["moderazione"], skills: ["seo"]),
            Person("Carla Pini", role: 3, ItalianRegion.Lombardia, secondary: [7], offers: ["ufficio stampa"]),
            Person("Dario Neri", role: 10, ItalianRegion.Veneto));

        Assert.Equal(["Alba Cuomo"], await NamesAsync("?q=napoli"));
        Assert.Equal(["Bruno Sala"], await NamesAsync("?q=SEO"));
        Assert.Equal(["Alba Cuomo", "Carla Pini"], await NamesAsync("?ruolo=r7"));
        Assert.Equal(["Alba Cuomo", "Carla Pini"], await NamesAsync("?ruolo=g-social-media"));
        Assert.Equal(["Bruno Sala", "Carla Pini"], await NamesAsync("?regione=Lombardia"));
        Assert.Equal(["Alba Cuomo"], await NamesAsync("?offre=moderazione"));
        Assert.Equal(["Bruno Sala"], await NamesAsync("?cerca=moderazione"));
        Assert.Equal(["Carla Pini"], await NamesAsync("?regione=Lombardia&ruolo=r7"));
        Assert.Empty(await NamesAsync("?q=%25"));
    }

    [Fact]
    public async Task People_who_bring_what_i_seek_in_one_click()
    {
        var me = await Fixture.CreateMemberAsync("Io Stesso");
        await using (var db = Fixture.Database.CreateDbContext())
        {
            var stored = await db.Users.FindAsync(me.Id);
            stored!.SeeksTags = ["analisi dati", "video"];
            await db.SaveChangesAsync();
        }

        await Fixture.InsertAsync(
            Person("Elisa Fumagalli", 9, offers: ["analisi dati"]),
            Person("Franco Riva", 8, offers: ["video", "fotografia"]),
            Person("Gina Longo", 2, offers: ["brand"]));
        using var client = await Fixture.SignedInClientAsync(me);

        Assert.Equal(["Elisa Fumagalli", "Franco Riva"], await NamesAsync("?per-me=true", client));
    }

    [Fact]
    public async Task Pages_follow_each_other_without_repeats_and_members_only_profiles_stay_hidden_from_visitors()
    {
        var now = DateTimeOffset.UtcNow;
        var everyone = Enumerable.Range(1, 30).Select(i =>
        {
            var m = Person($"Membro {i:00}", 1);
            m.JoinedAt = now.AddMinutes(-i);
            return m;
        }).ToList();
        var hidden = Person("Nascosto", 1);
        hidden.Visibility = ProfileVisibility.MembersOnly;
        await Fixture.InsertAsync([.. everyone, hidden]);

        using var client = Fixture.CreateClient();
        var first = await client.GetDocumentAsync("/membri");
        var firstNames = first.QuerySelectorAll(".member-card h2 a").Select(a => a.TextContent).ToList();
        var more = first.QuerySelector("a[rel='next']")!.GetAttribute("href")!;
        var second = await client.GetDocumentAsync(more);
        var secondNames = second.QuerySelectorAll(".member-card h2 a").Select(a => a.TextContent).ToList();

        Assert.Equal(24, firstNames.Count);
        Assert.Equal("Membro 01", firstNames[0]);
        Assert.Equal(6, secondNames.Count);
        Assert.Empty(firstNames.Intersect(secondNames));
        Assert.DoesNotContain("Nascosto", firstNames.Concat(secondNames));
        Assert.Null(second.QuerySelector("a[rel='next']"));
    }
}
