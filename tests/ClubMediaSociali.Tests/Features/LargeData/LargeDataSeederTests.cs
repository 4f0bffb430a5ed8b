using ClubMediaSociali.Application.Data.DemoContent;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;
using ClubMediaSociali.Tools.LargeData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ClubMediaSociali.Tests.Features.LargeData;

public sealed class LargeDataSeederTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task Seeded_data_is_what_the_application_would_have_stored_and_its_members_can_sign_in()
    {
        var size = new LargeDataSize(
            Members: 120, Practices: 600, Ideas: 400, Votes: 4000, Companies: 12, Opportunities: 300, Activities: 5000, Conversations: 300, Messages: 4000, Events: 200);
        Assert.IsType<SeedOutcome.Seeded>(await Fixture.SeedLargeDataAsync(size));

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

        // The network: follows with a long tail up to 300 (the last member follows the most), contacts, and the
        // bacheca's lines for all of it, topped up with ordinary comments to the size asked.
        var follows = await Fixture.QueryDbAsync(db => db.Database.SqlQuery<int>($"""
            SELECT count(*)::int AS "Value" FROM (SELECT follower_id FROM member_follows UNION ALL SELECT follower_id FROM company_follows
                UNION ALL SELECT follower_id FROM tag_follows UNION ALL SELECT follower_id FROM role_follows) f GROUP BY follower_id ORDER BY 1 DESC
            """).ToListAsync());
        Assert.InRange(follows[0], 150, LargeDataSeeder.MaxFollows);
        Assert.True(follows.Count(n => n < 10) + (120 - follows.Count) > 120 / 4, "many members follow a few things, or none");
        Assert.True(await Fixture.QueryDbAsync(db => db.Connections.CountAsync()) > 100);
        Assert.InRange(await Fixture.QueryDbAsync(db => db.Activities.CountAsync()), 5000, 5100);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Comments.CountAsync(c => c.Status == CommentStatus.Visible && c.AuthorId != null
            && !db.Activities.Any(a => a.Kind == Application.Domain.Network.ActivityKind.CommentPosted && a.Part == c.Id.ToString()))));

        // Conversations: numbered messages, each count of unread what the application would hold, the bench's member
        // (the last) with one long conversation, nothing waiting for mail.
        Assert.Equal(300, await Fixture.QueryDbAsync(db => db.Conversations.CountAsync()));
        Assert.InRange(await Fixture.QueryDbAsync(db => db.Messages.CountAsync()), 3400, 4600);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Conversations.CountAsync(c =>
            c.LastSeq != db.Messages.Count(m => m.ConversationId == c.Id) || c.LastMessageAt != db.Messages.Where(m => m.ConversationId == c.Id).Max(m => m.At))));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.ConversationParticipants.CountAsync(p =>
            p.Unread != db.Messages.Count(m => m.ConversationId == p.ConversationId && m.Seq > p.ReadSeq && m.AuthorId != p.MemberId) || p.MailDueAt != null)));
        Assert.True(await Fixture.QueryDbAsync(db => db.ConversationParticipants.CountAsync(p => p.Unread > 0)) > 10);
        var benchMember = await Fixture.QueryDbAsync(db => db.Users.OrderByDescending(u => u.Email).Select(u => u.Id).FirstAsync());
        Assert.Equal(LargeDataSeeder.LongConversation, await Fixture.QueryDbAsync(db => db.ConversationParticipants.Where(p => p.MemberId == benchMember)
            .Join(db.Conversations, p => p.ConversationId, c => c.Id, (p, c) => c.LastSeq).MaxAsync()));

        // Events: counters equal their registrations, seats in order before the waiting list, never over capacity;
        // some to come (one the bench's member goes to), some past; held ones earned their points.
        Assert.Equal(200, await Fixture.QueryDbAsync(db => db.Events.CountAsync()));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Events.CountAsync(e =>
            e.RegisteredCount != db.EventRegistrations.Count(r => r.EventId == e.Id && r.Status == Application.Domain.Events.RegistrationStatus.Registered)
            || e.WaitingCount != db.EventRegistrations.Count(r => r.EventId == e.Id && r.Status == Application.Domain.Events.RegistrationStatus.Waiting)
            || e.LastNumber != db.EventRegistrations.Count(r => r.EventId == e.Id)
            || (e.Capacity != null && e.RegisteredCount > e.Capacity))));
        Assert.True(await Fixture.QueryDbAsync(db => db.Events.CountAsync(e => e.StartsAt > DateTimeOffset.UtcNow)) > 20);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Events.CountAsync(e => e.EndsAt <= DateTimeOffset.UtcNow && e.ReputationCheckedAt == null)));
        Assert.True(await Fixture.QueryDbAsync(db => db.ReputationEvents.CountAsync(r => r.Reason == Application.Domain.Reputation.ReputationReasons.EventHeld.Reason)) > 10);
        using (var eventsVisitor = Fixture.CreateClient())
        {
            Assert.NotEmpty((await eventsVisitor.GetDocumentAsync("/eventi")).QuerySelectorAll(".event-card"));
        }

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

        // The seed is recorded: bench/ asks whether the database holds this version at this size before it measures.
        string[] sizeArguments =
        [
            "--members", "120", "--practices", "600", "--ideas", "400", "--votes", "4000", "--companies", "12", "--opportunities", "300", "--activities", "5000",
            "--conversations", "300", "--messages", "4000", "--events", "200",
        ];
        Assert.Equal(0, await SeedCommand.RunAsync(["--check", .. sizeArguments], Fixture.Database.ConnectionString));
        Assert.Equal(1, await SeedCommand.RunAsync(["--check", .. sizeArguments[..^1], "5001"], Fixture.Database.ConnectionString));

        // A second seed into a club that has members is refused, and adds nothing.
        Assert.Equal(3, await SeedCommand.RunAsync(sizeArguments, Fixture.Database.ConnectionString));
        Assert.Equal(new SeedOutcome.Refused(120), await Fixture.SeedLargeDataAsync(size));
        Assert.Equal(120, await Fixture.QueryDbAsync(db => db.Users.CountAsync()));
        await Fixture.QueryDbAsync(db => db.Database.ExecuteSqlRawAsync("DROP SCHEMA bench CASCADE"));
    }

    [Fact]
    public async Task A_seed_that_fails_half_way_leaves_the_database_as_it_was_with_every_index_and_foreign_key()
    {
        const string Catalogue = """
            SELECT count(*)::int AS "Value" FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = 'public'
            """;
        const string ForeignKeys = """SELECT count(*)::int AS "Value" FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace""";
        var indexes = await Fixture.QueryDbAsync(db => db.Database.SqlQueryRaw<int>(Catalogue).SingleAsync());
        var keys = await Fixture.QueryDbAsync(db => db.Database.SqlQueryRaw<int>(ForeignKeys).SingleAsync());

        // The practices go in after the members, with the indexes and foreign keys dropped: the seed breaks there.
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Fixture.SeedLargeDataAsync(new LargeDataSize(Members: 30, Practices: 30), new FailingAt("practices")));

        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Users.CountAsync()));
        Assert.Equal(indexes, await Fixture.QueryDbAsync(db => db.Database.SqlQueryRaw<int>(Catalogue).SingleAsync()));
        Assert.Equal(keys, await Fixture.QueryDbAsync(db => db.Database.SqlQueryRaw<int>(ForeignKeys).SingleAsync()));
        Assert.True(keys > 20);
    }

    /// <summary>The seeder's log, which throws at the first line that mentions <paramref name="word"/>.</summary>
    private sealed class FailingAt(string word) : ILogger<LargeDataSeeder>
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (formatter(state, exception).Contains(word, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The seed broke at {word}.");
            }
        }
    }
}
