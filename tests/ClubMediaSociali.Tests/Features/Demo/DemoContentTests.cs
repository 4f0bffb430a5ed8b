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
            .Select(p => p.Kind).Distinct().OrderBy(k => k).ToListAsync());
        Assert.Equal([PracticeKind.Resource, PracticeKind.Story, PracticeKind.Technique, PracticeKind.Method], kinds);

        using var visitor = Fixture.CreateClient();
        var list = await visitor.GetDocumentAsync("/repertorio");
        Assert.Equal(6, list.QuerySelectorAll(".all-practices .practice-card").Length);
        Assert.Equal(["Guida ai canali social per chi parte da zero"], list.QuerySelectorAll(".featured-list h3 a").Select(a => a.TextContent));

        var paths = await visitor.GetDocumentAsync("/primi-passi");
        var pathLink = Assert.Single(paths.QuerySelectorAll(".learning-paths h2 a"));
        var path = await visitor.GetDocumentAsync(pathLink.GetAttribute("href")!);
        Assert.Equal(DemoFirstSteps.PathPractices, path.QuerySelectorAll(".learning-path .practice-card h3 a").Select(a => a.TextContent));
        var glossary = await visitor.GetDocumentAsync("/glossario");
        Assert.Equal(DemoFirstSteps.Glossary.Length, glossary.QuerySelectorAll(".glossary dt").Length);

        // Counters agree with the marks they count, and the conversation was added once.
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Practices.CountAsync(p => p.UsefulCount != db.PracticeUsefulMarks.Count(m => m.PracticeId == p.Id))));
        Assert.Equal(5, await Fixture.QueryDbAsync(db => db.Comments.CountAsync()));
        var method = await Fixture.QueryDbAsync(db => db.Practices.SingleAsync(p => p.Title == DemoFirstSteps.PathPractices[1]));
        var page = await visitor.GetDocumentAsync($"/repertorio/{method.Id}");
        Assert.Equal(2, page.QuerySelectorAll(".comment-thread .comment").Length);
        Assert.Single(page.QuerySelectorAll(".comment-replies .comment"));
    }
}
