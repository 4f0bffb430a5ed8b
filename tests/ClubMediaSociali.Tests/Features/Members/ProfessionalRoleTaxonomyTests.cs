using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Members;

public sealed class ProfessionalRoleTaxonomyTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task A_fresh_database_holds_the_role_groups_with_italian_and_english_names()
    {
        var groups = await Fixture.QueryDbAsync(db => db.ProfessionalRoleGroups
            .OrderBy(g => g.SortOrder)
            .Select(g => new { g.NameIt, g.NameEn, Roles = g.Roles.OrderBy(r => r.SortOrder).Select(r => r.NameIt).ToList() })
            .ToListAsync());

        Assert.Equal(8, groups.Count);
        var socialMedia = Assert.Single(groups, g => g.NameIt == "Social media");
        Assert.Equal(["Social media manager", "Community manager", "Content creator", "Analista dei social media"], socialMedia.Roles);
        Assert.Contains(groups, g => g.NameIt == "Comunicazione e marketing" && g.NameEn == "Communication and marketing"
            && g.Roles.Contains("Relazioni pubbliche") && g.Roles.Contains("Comunicazione interna"));
        Assert.All(groups, g => Assert.False(string.IsNullOrWhiteSpace(g.NameEn)));
    }

    [Fact]
    public async Task Roles_added_later_get_ids_after_the_seeded_ones()
    {
        await using var db = Fixture.Database.CreateDbContext();
        db.ProfessionalRoles.Add(new() { Key = "test-ruolo", GroupId = 1, NameIt = "Ruolo di prova", NameEn = "Test role", SortOrder = 99 });
        await db.SaveChangesAsync();

        var id = await db.ProfessionalRoles.Where(r => r.Key == "test-ruolo").Select(r => r.Id).SingleAsync();
        db.ProfessionalRoles.Remove(await db.ProfessionalRoles.SingleAsync(r => r.Id == id));
        await db.SaveChangesAsync();

        Assert.True(id >= 1000);
    }
}
