using ClubMediaSociali.Application.Data.DemoContent;
using ClubMediaSociali.Application.Data.LargeData;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Opportunities;
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
            await scope.ServiceProvider.GetRequiredService<LargeDataSeeder>().SeedAsync(new LargeDataSize(Members: 120, Practices: 600, Ideas: 400, Votes: 4000, Companies: 12, Opportunities: 300));
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

        // Ideas: counters equal their votes and comments, scores equal the SQL functions the vote statement uses.
        Assert.Equal(400, await Fixture.QueryDbAsync(db => db.Ideas.CountAsync()));
        var votes = await Fixture.QueryDbAsync(db => db.IdeaVotes.CountAsync());
        Assert.InRange(votes, 3600, 4400);
        Assert.Equal(votes, await Fixture.QueryDbAsync(db => db.Ideas.SumAsync(i => i.VotesFor + i.VotesAgainst)));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Ideas.CountAsync(i =>
            i.VotesFor != db.IdeaVotes.Count(v => v.IdeaId == i.Id && v.Value == IdeaVote.For)
            || i.VotesAgainst != db.IdeaVotes.Count(v => v.IdeaId == i.Id && v.Value == IdeaVote.Against)
            || i.CommentCount != db.Comments.Count(c => c.ThreadKind == CommentThreadKind.Idea && c.ThreadId == i.Id && c.Status == CommentStatus.Visible))));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.IdeaVotes.CountAsync(v => db.Ideas.Any(i => i.Id == v.IdeaId && i.AuthorId == v.MemberId))));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Database.SqlQuery<int>($"""
            SELECT count(*)::int AS "Value" FROM ideas
            WHERE abs(hot_score - club_idea_hot(votes_for, votes_against, created_at)) > 1e-9
               OR abs(wilson_score - club_idea_wilson(votes_for, votes_against)) > 1e-9
               OR (engaged_at IS NULL) <> (votes_for + votes_against + comment_count = 0)
            """).SingleAsync()));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Ideas.CountAsync(i => i.Status != IdeaStatus.New && !db.IdeaDecisions.Any(d => d.IdeaId == i.Id && d.ToStatus == i.Status))));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Ideas.CountAsync(i => (i.Status == IdeaStatus.Duplicate) != (i.DuplicateOfId != null))));

        // Business: each opportunity counts its responses, none from its company's representatives, and none open is past its deadline.
        Assert.Equal(12, await Fixture.QueryDbAsync(db => db.Companies.CountAsync()));
        Assert.Equal(300, await Fixture.QueryDbAsync(db => db.Opportunities.CountAsync()));
        Assert.True(await Fixture.QueryDbAsync(db => db.OpportunityResponses.CountAsync()) > 300);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Opportunities.CountAsync(o =>
            o.ResponseCount != db.OpportunityResponses.Count(r => r.OpportunityId == o.Id)
            || !db.CompanyMembers.Any(t => t.CompanyId == o.CompanyId && t.MemberId == o.AuthorId && t.Status == CompanyMemberStatus.Representative))));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.OpportunityResponses.CountAsync(r =>
            db.Opportunities.Any(o => o.Id == r.OpportunityId && db.CompanyMembers.Any(t => t.CompanyId == o.CompanyId && t.MemberId == r.MemberId)))));
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Opportunities.CountAsync(o => o.Status == OpportunityStatus.Open && o.Deadline < today)));
        Assert.True(await Fixture.QueryDbAsync(db => db.Opportunities.CountAsync(o => o.Status == OpportunityStatus.Open)) > 0);

        // Reputation: every counter is the sum of its ledger lines, and the seeded work earned some.
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Users.CountAsync(m =>
            m.Reputation != (db.ReputationEvents.Where(e => e.MemberId == m.Id).Sum(e => (int?)e.Points) ?? 0))));
        Assert.True(await Fixture.QueryDbAsync(db => db.Users.CountAsync(m => m.Reputation > 0)) > 50);

        using var visitor = Fixture.CreateClient();
        foreach (var order in new[] { "", "?ordine=migliori", "?ordine=discusse", "?ordine=nuove" })
        {
            var ideas = await visitor.GetDocumentAsync("/idee" + order);
            Assert.Equal(20, ideas.QuerySelectorAll(".idea-card").Length);
        }

        var list = await visitor.GetDocumentAsync("/repertorio?ordine=utili");
        Assert.Equal(20, list.QuerySelectorAll(".all-practices .practice-card").Length);
        Assert.NotEmpty((await visitor.GetDocumentAsync("/opportunita")).QuerySelectorAll(".opportunity-card"));
        var found = await visitor.GetDocumentAsync("/repertorio?q=newsletter+clienti");
        Assert.NotEmpty(found.QuerySelectorAll(".search-results .practice-card"));

        var member = await Fixture.QueryDbAsync(db => db.Users.OrderBy(u => u.Email).FirstAsync());
        Assert.Equal($"{LargeDataSeeder.EmailPrefix}000001@{DemoContentSeeder.EmailDomain}", member.Email);
        using var signedIn = await Fixture.SignedInClientAsync(member, DemoContentSeeder.DemoPassword);
        var home = await signedIn.GetDocumentAsync("/");
        Assert.Equal(member.DisplayName, home.QuerySelector(".member-name")!.TextContent.Trim());
    }
}
