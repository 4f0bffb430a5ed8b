using ClubMediaSociali.Application.Data.DemoContent;
using ClubMediaSociali.Application.Data.LargeData;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Features.LargeData;

public sealed class LargeDataSeederTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task Seeded_data_is_what_the_application_would_have_stored_and_its_members_can_sign_in()
    {
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<LargeDataSeeder>().SeedAsync(new LargeDataSize(Members: 120, Practices: 600));
        }

        Assert.Equal(120, await Fixture.QueryDbAsync(db => db.Users.CountAsync()));
        Assert.Equal(600, await Fixture.QueryDbAsync(db => db.Practices.CountAsync()));
        var wrongCounters = await Fixture.QueryDbAsync(db => db.Practices
            .CountAsync(p => p.UsefulCount != db.PracticeUsefulMarks.Count(m => m.PracticeId == p.Id)));
        Assert.Equal(0, wrongCounters);
        Assert.True(await Fixture.QueryDbAsync(db => db.PracticeUsefulMarks.CountAsync()) > 100);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.PracticeUsefulMarks
            .CountAsync(m => db.Practices.Any(p => p.Id == m.PracticeId && p.AuthorId == m.MemberId))));
        var published = await Fixture.QueryDbAsync(db => db.Practices.CountAsync(p => p.PublishedAt != null));
        Assert.Equal(published, await Fixture.QueryDbAsync(db => db.PracticeRevisions.CountAsync(r => r.Number == 1 && r.Status == RevisionStatus.Published)));

        using var visitor = Fixture.CreateClient();
        var list = await visitor.GetDocumentAsync("/repertorio?ordine=utili");
        Assert.Equal(20, list.QuerySelectorAll(".all-practices .practice-card").Length);
        var found = await visitor.GetDocumentAsync("/repertorio?q=newsletter+clienti");
        Assert.NotEmpty(found.QuerySelectorAll(".search-results .practice-card"));

        var member = await Fixture.QueryDbAsync(db => db.Users.OrderBy(u => u.Email).FirstAsync());
        Assert.Equal($"{LargeDataSeeder.EmailPrefix}000001@{DemoContentSeeder.EmailDomain}", member.Email);
        using var signedIn = await Fixture.SignedInClientAsync(member, DemoContentSeeder.DemoPassword);
        var home = await signedIn.GetDocumentAsync("/");
        Assert.Equal(member.DisplayName, home.QuerySelector(".member-name")!.TextContent.Trim());
    }
}
