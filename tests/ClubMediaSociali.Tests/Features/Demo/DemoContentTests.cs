using ClubMediaSociali.Application.Data.DemoContent;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Features.Demo;

public sealed class DemoContentTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task Seeding_twice_gives_the_same_club_with_members_staff_and_practices_of_every_kind()
    {
        for (var run = 0; run < 2; run++)
        {
            await using var scope = Fixture.Factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoContentSeeder>().SeedAsync();
        }

        Assert.Equal(14, await Fixture.QueryDbAsync(db => db.Users.CountAsync()));
        Assert.Equal(2, await Fixture.QueryDbAsync(db => db.UserRoles.CountAsync()));
        var kinds = await Fixture.QueryDbAsync(db => db.Practices
            .Where(p => p.Status == PracticeStatus.Published && p.AuthorId != null)
            .Select(p => p.Kind).OrderBy(k => k).ToListAsync());
        Assert.Equal([PracticeKind.Resource, PracticeKind.Story, PracticeKind.Technique, PracticeKind.Method], kinds);

        using var visitor = Fixture.CreateClient();
        var list = await visitor.GetDocumentAsync("/repertorio");
        Assert.Equal(4, list.QuerySelectorAll(".practice-card").Length);
    }
}
