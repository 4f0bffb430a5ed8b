using System.Net;
using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Application.Domain.Reputation;
using ClubMediaSociali.Application.Features.Comments;
using ClubMediaSociali.Application.Features.Ideas;
using ClubMediaSociali.Application.Features.Repertoire;
using ClubMediaSociali.Application.Features.Reputation;
using ClubMediaSociali.Tests.Features.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Reputation;

public sealed class ReputationTests(ClubFixture fixture) : ClubTest(fixture)
{
    /// <summary>The member's counter once every effect of what happened has run.</summary>
    private async Task<int> CounterAsync(Guid member)
    {
        await Fixture.DrainOutboxAsync();
        return await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == member).Select(m => m.Reputation).SingleAsync());
    }

    private Task<int> LedgerSumAsync(Guid member) => Fixture.QueryDbAsync(db => db.ReputationEvents.Where(e => e.MemberId == member).SumAsync(e => e.Points));

    [Fact]
    public async Task Publishing_featuring_useful_marks_and_votes_add_their_documented_points_once_and_the_counter_equals_the_ledger()
    {
        var author = await Fixture.CreateMemberAsync();
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        var (anna, bruno) = (await Fixture.CreateMemberAsync(), await Fixture.CreateMemberAsync());
        var practice = await Fixture.InsertPublishedAsync(author, p => p.Status = PracticeStatus.Submitted);
        var idea = Build.Idea(author.Id);
        await Fixture.InsertAsync(idea);

        await Fixture.AsModerator(moderator).SendAsync(new ReviewPractice { PracticeId = practice.Id, Decision = ReviewDecision.Publish });
        await Fixture.AsModerator(moderator).SendAsync(new CuratePractice { PracticeId = practice.Id, Action = CurationAction.Feature });
        await Fixture.As(anna).SendAsync(new MarkPracticeUseful(practice.Id, Useful: true));
        await Fixture.As(anna).SendAsync(new MarkPracticeUseful(practice.Id, Useful: false));
        await Fixture.As(anna).SendAsync(new MarkPracticeUseful(practice.Id, Useful: true));
        Assert.Equal(10 + 15 + 2, await CounterAsync(author.Id));

        // Anna votes for, changes to against, withdraws and votes for again: +2 and -1, once each. Bruno votes for.
        foreach (var choice in new[] { VoteChoice.For, VoteChoice.Against, VoteChoice.None, VoteChoice.For })
        {
            await Fixture.As(anna).SendAsync(new VoteOnIdea(idea.Id, choice));
        }

        await Fixture.As(bruno).SendAsync(new VoteOnIdea(idea.Id, VoteChoice.For));
        await Fixture.AsModerator(moderator).SendAsync(new ChangeIdeaStatus { IdeaId = idea.Id, Status = IdeaStatus.Realised, Reason = "Fatta insieme all'associazione." });

        Assert.Equal(27 + 2 - 1 + 2 + 10 + 25, await CounterAsync(author.Id));
        Assert.Equal(await LedgerSumAsync(author.Id), await CounterAsync(author.Id));
        var reasons = await Fixture.QueryDbAsync(db => db.ReputationEvents.Where(e => e.MemberId == author.Id).OrderBy(e => e.At).Select(e => e.Reason).ToListAsync());
        Assert.Equal(
            ["practice.published", "practice.featured", "practice.useful", "idea.voted_for", "idea.voted_against", "idea.voted_for", "idea.selected", "idea.realised"],
            reasons);

        // The voters and the moderator earned nothing by acting.
        Assert.Equal(0, await CounterAsync(anna.Id));
        Assert.Equal(0, await CounterAsync(moderator.Id));
    }

    [Fact]
    public async Task Points_from_votes_stop_at_the_daily_cap_while_other_points_still_count()
    {
        var author = await Fixture.CreateMemberAsync();
        var idea = Build.Idea(author.Id);
        var voters = Enumerable.Range(0, 25).Select(_ => Build.Member()).ToArray();
        await Fixture.InsertAsync(voters);
        await Fixture.InsertAsync(idea);

        foreach (var voter in voters)
        {
            await Fixture.As(voter).SendAsync(new VoteOnIdea(idea.Id, VoteChoice.For));
        }

        Assert.Equal(ReputationReasons.DailyVoteCap, await CounterAsync(author.Id));
        Assert.Equal(20, await Fixture.QueryDbAsync(db => db.ReputationEvents.CountAsync(e => e.MemberId == author.Id && e.Points > 0)));
        Assert.Equal(5, await Fixture.QueryDbAsync(db => db.ReputationEvents.CountAsync(e => e.MemberId == author.Id && e.Points == 0)));
        Assert.Equal(25, await Fixture.QueryDbAsync(db => db.Ideas.Where(i => i.Id == idea.Id).Select(i => i.VotesFor).SingleAsync()));

        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        var practice = await Fixture.InsertPublishedAsync(author, p => p.Status = PracticeStatus.Submitted);
        await Fixture.AsModerator(moderator).SendAsync(new ReviewPractice { PracticeId = practice.Id, Decision = ReviewDecision.Publish });
        Assert.Equal(ReputationReasons.DailyVoteCap + 10, await CounterAsync(author.Id));
        Assert.Equal(await LedgerSumAsync(author.Id), await CounterAsync(author.Id));
    }

    [Fact]
    public async Task Rebuilding_the_ledger_from_stored_facts_gives_every_member_the_points_the_use_cases_gave()
    {
        var author = await Fixture.CreateMemberAsync();
        var other = await Fixture.CreateMemberAsync();
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        var idea = Build.Idea(author.Id);
        var voters = Enumerable.Range(0, 24).Select(_ => Build.Member()).ToArray();
        await Fixture.InsertAsync(voters);
        await Fixture.InsertAsync(idea);
        foreach (var (voter, i) in voters.Select((v, i) => (v, i)))
        {
            await Fixture.As(voter).SendAsync(new VoteOnIdea(idea.Id, i % 8 == 0 ? VoteChoice.Against : VoteChoice.For));
        }

        var practice = await Fixture.InsertPublishedAsync(author, p => p.Status = PracticeStatus.Submitted);
        await Fixture.AsModerator(moderator).SendAsync(new ReviewPractice { PracticeId = practice.Id, Decision = ReviewDecision.Publish });
        await Fixture.As(other).SendAsync(new MarkPracticeUseful(practice.Id, Useful: true));
        await Fixture.AsModerator(moderator).SendAsync(new ChangeIdeaStatus { IdeaId = idea.Id, Status = IdeaStatus.Selected, Reason = "Piace a molti." });
        using (var client = await Fixture.SignedInClientAsync(other))
        using (await client.PostAsync($"/membri/{moderator.Handle}/collegamento"))
        {
        }

        using (var client = await Fixture.SignedInClientAsync(moderator))
        using (await client.PostAsync($"/membri/{other.Handle}/collegamento/accetta"))
        {
        }

        await Fixture.DrainOutboxAsync();
        var live = await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Reputation != 0).OrderBy(m => m.Id).Select(m => new { m.Id, m.Reputation }).ToListAsync());
        Assert.Equal(3, live.Count);
        // 21 votes for would be 42 points and a useful mark 2 more: the day's cap keeps them at 40, less 3 against.
        Assert.Equal(ReputationReasons.DailyVoteCap - 3 + 10 + 10, live.Single(m => m.Id == author.Id).Reputation);
        var schema = await LedgerSchemaAsync();
        await Fixture.QueryDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM reputation_events; UPDATE members SET reputation = 0;"));

        await Fixture.QueryDbAsync(async db =>
        {
            await ReputationRebuild.RunAsync(db, CancellationToken.None);
            await ReputationRebuild.RunAsync(db, CancellationToken.None);
            return 0;
        });

        var rebuilt = await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Reputation != 0).OrderBy(m => m.Id).Select(m => new { m.Id, m.Reputation }).ToListAsync());
        Assert.Equal(live, rebuilt);
        // Rebuilding an empty ledger defers its indexes and foreign key: all of them are back.
        Assert.Equal(schema, await LedgerSchemaAsync());
        Assert.Equal(5, schema.Count);
    }

    private Task<List<string>> LedgerSchemaAsync() => Fixture.QueryDbAsync(db => db.Database.SqlQuery<string>($"""
        SELECT indexdef AS "Value" FROM pg_indexes WHERE tablename = 'reputation_events'
        UNION ALL SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'reputation_events'::regclass AND contype = 'f'
        """).OrderBy(d => d).ToListAsync());

    [Fact]
    public async Task Trust_levels_follow_reputation_and_time_in_the_club()
    {
        var now = DateTimeOffset.UtcNow;
        Assert.Equal(TrustLevel.New, TrustLevels.For(9, now.AddYears(-1), now));
        Assert.Equal(TrustLevel.Member, TrustLevels.For(10, now, now));
        Assert.Equal(TrustLevel.Member, TrustLevels.For(150, now.AddDays(-13), now));
        Assert.Equal(TrustLevel.Expert, TrustLevels.For(150, now.AddDays(-14), now));
        Assert.Equal(TrustLevel.Expert, TrustLevels.For(5000, now.AddDays(-59), now));
        Assert.Equal(TrustLevel.Leader, TrustLevels.For(300, now.AddDays(-60), now));

        // Shown on the profile.
        var member = await Fixture.CreateMemberAsync();
        await SetStandingAsync(member.Id, 120, daysInClub: 20);
        using var visitor = Fixture.CreateClient();
        var profile = await visitor.GetDocumentAsync($"/membri/{member.Handle}");
        Assert.Equal("Esperto", profile.QuerySelector(".profile-standing .trust")!.TextContent);
        Assert.Equal("120 punti di reputazione", profile.QuerySelector(".reputation-points")!.TextContent);
    }

    [Fact]
    public async Task A_new_members_links_wait_for_a_moderator_a_members_do_not_and_a_leaders_single_flag_hides_a_comment()
    {
        var practice = await Fixture.InsertPublishedAsync();
        var newcomer = await Fixture.CreateMemberAsync();
        var trusted = await Fixture.CreateMemberAsync();
        await SetStandingAsync(trusted.Id, 10, daysInClub: 1);
        Task<Result<CommentRef>> Comment(Guid author, string body) =>
            Fixture.As(author).SendAsync(new PostComment { ThreadKind = CommentThreadKind.Practice, ThreadId = practice.Id, Body = body });

        var held = await Comment(newcomer.Id, "Guardate https://esempio.it");
        var shown = await Comment(trusted.Id, "Ne scrivo qui https://esempio.it");
        Assert.Equal(CommentStatus.Held, held.Value.Status);
        Assert.Equal(CommentStatus.Visible, shown.Value.Status);

        // One member's flag is one of three; an expert's counts two; a leader's hides the comment at once.
        var target = await Comment(newcomer.Id, "Un commento discutibile.");
        var (member, expert, leader) = (await Fixture.CreateMemberAsync(), await Fixture.CreateMemberAsync(), await Fixture.CreateMemberAsync());
        await SetStandingAsync(expert.Id, 100, daysInClub: 30);
        await SetStandingAsync(leader.Id, 300, daysInClub: 90);
        var afterMember = await Fixture.As(member).SendAsync(new FlagComment { CommentId = target.Value.Id, Reason = "Fuori tema" });
        Assert.Equal(CommentStatus.Visible, afterMember.Value.Status);
        var other = await Comment(newcomer.Id, "Un altro commento discutibile.");
        var afterExpert = await Fixture.As(expert).SendAsync(new FlagComment { CommentId = other.Value.Id, Reason = "Fuori tema" });
        Assert.Equal(CommentStatus.Visible, afterExpert.Value.Status);
        Assert.Equal(2, await Fixture.QueryDbAsync(db => db.Comments.Where(c => c.Id == other.Value.Id).Select(c => c.FlagCount).SingleAsync()));
        var afterLeader = await Fixture.As(leader).SendAsync(new FlagComment { CommentId = target.Value.Id, Reason = "Pubblicità" });
        Assert.Equal(CommentStatus.Hidden, afterLeader.Value.Status);
    }

    [Fact]
    public async Task Leaderboards_rank_by_points_in_the_period_and_by_role_group_and_the_home_shows_the_emerging_leaders()
    {
        var marketing = Build.Member("Marta Marketing", primaryRoleId: 1);
        var brand = Build.Member("Bianca Brand", primaryRoleId: 2);
        var social = Build.Member("Sara Social", primaryRoleId: 6);
        var quiet = Build.Member("Quinto Quieto", primaryRoleId: 6);
        (marketing.Reputation, brand.Reputation, social.Reputation) = (30, 200, 20);
        await Fixture.InsertAsync(marketing, brand, social, quiet);
        var now = DateTimeOffset.UtcNow;
        await Fixture.InsertAsync(
            Event(marketing.Id, 30, now.AddDays(-20)),
            Event(brand.Id, 200, now.AddDays(-90)),
            Event(social.Id, 15, now.AddDays(-2)),
            Event(social.Id, 5, now.AddDays(-25)));

        async Task<string[]> Board(string? group, LeaderboardPeriod period) =>
            [.. (await Fixture.SendAsync(new GetLeaderboard(group, period, Language.Italian))).Leaders.Select(l => $"{l.Person.DisplayName} {l.Points}")];

        Assert.Equal(["Sara Social 15"], await Board(null, LeaderboardPeriod.Week));
        Assert.Equal(["Marta Marketing 30", "Sara Social 20"], await Board(null, LeaderboardPeriod.Month));
        Assert.Equal(["Bianca Brand 200", "Marta Marketing 30", "Sara Social 20"], await Board(null, LeaderboardPeriod.AllTime));
        Assert.Equal(["Bianca Brand 200", "Marta Marketing 30"], await Board("comunicazione-marketing", LeaderboardPeriod.AllTime));
        Assert.Equal(["Sara Social 20"], await Board("social-media", LeaderboardPeriod.Month));

        using var visitor = Fixture.CreateClient();
        var page = await visitor.GetDocumentAsync("/leader?gruppo=social-media&periodo=sempre");
        Assert.Equal("Leader: Social media", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Sara Social"], page.QuerySelectorAll(".leader-name").Select(a => a.TextContent));
        Assert.Equal("Da sempre", page.QuerySelector(".leader-filters nav[aria-label='Periodo'] [aria-current='page']")!.TextContent);

        var home = await visitor.GetDocumentAsync("/");
        var groups = home.QuerySelectorAll(".emerging-group");
        Assert.Equal(["Comunicazione e marketing", "Social media"], groups.Select(g => g.QuerySelector("h3")!.TextContent));
        Assert.Equal("Marta Marketing", groups[0].QuerySelector("li a")!.TextContent);
    }

    [Fact]
    public async Task Badges_are_awarded_once_with_a_notification_and_each_has_a_page_listing_its_holders()
    {
        var author = await Fixture.CreateMemberAsync("Paola Prima");
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var practice = await Fixture.InsertPublishedAsync(author, p => p.Status = PracticeStatus.Submitted);
            await Fixture.AsModerator(moderator).SendAsync(new ReviewPractice { PracticeId = practice.Id, Decision = ReviewDecision.Publish });
        }

        await Fixture.DrainOutboxAsync();
        Assert.Equal(["prima-pratica"], await Fixture.QueryDbAsync(db => db.MemberBadges.Where(b => b.MemberId == author.Id).Select(b => b.BadgeKey).ToListAsync()));
        Assert.Equal(1, await Fixture.QueryDbAsync(db => db.Notifications.CountAsync(n => n.MemberId == author.Id && n.Kind == "badge.earned")));

        using var client = await Fixture.SignedInClientAsync(author);
        var notifications = await client.GetDocumentAsync("/notifiche");
        Assert.Single(notifications.QuerySelectorAll(".notification"), n => n.TextContent.Contains("Hai ottenuto il riconoscimento «Prima pratica»", StringComparison.Ordinal));
        var profile = await client.GetDocumentAsync($"/membri/{author.Handle}");
        Assert.Equal("/riconoscimenti/prima-pratica", profile.QuerySelector(".profile-badges a")!.GetAttribute("href"));
        Assert.Equal(2, profile.QuerySelectorAll(".profile-activity li").Length);
        Assert.All(profile.QuerySelectorAll(".profile-activity .activity-kind"), k => Assert.Equal("Pratica", k.TextContent));

        var catalogue = await client.GetDocumentAsync("/riconoscimenti");
        Assert.Equal(Badges.All.Count, catalogue.QuerySelectorAll(".badge-card").Length);
        Assert.True(Badges.All.Count >= 10);
        var badge = await client.GetDocumentAsync("/riconoscimenti/prima-pratica");
        Assert.Equal("1 membro lo ha", badge.QuerySelector("p.text-secondary")!.TextContent);
        Assert.Equal(["Paola Prima"], badge.QuerySelectorAll(".member-card h3").Select(h => h.TextContent));
        await client.GetDocumentAsync("/riconoscimenti/inventato", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_value_dashboard_counts_what_a_member_gave_and_received_and_only_the_member_sees_it()
    {
        var me = await Fixture.CreateMemberAsync();
        var other = await Fixture.CreateMemberAsync();
        var mine = await Fixture.InsertPublishedAsync(me);
        var theirs = await Fixture.InsertPublishedAsync(other);
        var idea = Build.Idea(me.Id);
        await Fixture.InsertAsync(idea);
        await Fixture.As(other).SendAsync(new MarkPracticeUseful(mine.Id, Useful: true));
        await Fixture.As(me).SendAsync(new MarkPracticeUseful(theirs.Id, Useful: true));
        await Fixture.As(other).SendAsync(new VoteOnIdea(idea.Id, VoteChoice.For));

        await Fixture.DrainOutboxAsync();
        var value = await Fixture.As(me).SendAsync(new GetMyValue());
        Assert.Equal(
            ["practices 1", "ideas 1", "comments 0", "responses 0", "useful_given 1", "votes_given 0"],
            value.Given.Select(l => $"{l.Kind} {l.Total}"));
        Assert.Equal(
            ["useful_received 1", "votes_received 1", "contacts 0", "responses_received 0", "selections 0"],
            value.Received.Select(l => $"{l.Kind} {l.Total}"));
        Assert.Equal(3, value.GivenByMonth[^1]);
        Assert.Equal(2, value.ReceivedByMonth[^1]);

        using var client = await Fixture.SignedInClientAsync(me);
        var page = await client.GetDocumentAsync("/profilo/valore");
        Assert.Equal("La tua reputazione: 4 punti.", page.QuerySelector(".my-reputation")!.TextContent);
        Assert.Contains("\"type\":\"bar\"", page.QuerySelector("canvas[data-chart]")!.GetAttribute("data-chart"), StringComparison.Ordinal);
        Assert.Equal(12, page.QuerySelectorAll("details table tbody tr").Length);

        using var visitor = Fixture.CreateClient();
        using var refused = await visitor.Http.GetAsync("/profilo/valore");
        Assert.StartsWith("/accesso", refused.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    private Task<int> SetStandingAsync(Guid member, int reputation, int daysInClub) =>
        Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == member).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Reputation, reputation)
            .SetProperty(m => m.JoinedAt, DateTimeOffset.UtcNow.AddDays(-daysInClub))));

    private static ReputationEvent Event(Guid member, int points, DateTimeOffset at) =>
        new() { MemberId = member, Points = points, Reason = "practice.published", SourceId = Guid.NewGuid(), At = at };
}
