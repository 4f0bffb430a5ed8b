using System.Net;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Features.Ideas;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Ideas;

public sealed class IdeaVotingTests(ClubFixture fixture) : ClubTest(fixture)
{
    private Task<Idea> StoredAsync(Guid id) => Fixture.QueryDbAsync(db => db.Ideas.AsNoTracking().SingleAsync(i => i.Id == id));

    private static Task<HttpResponseMessage> VoteAsync(BrowserLikeClient client, Guid ideaId, string vote, bool htmx = false) =>
        client.PostAsync($"/idee/{ideaId}/voto", new Dictionary<string, string> { ["vote"] = vote }, htmx);

    [Fact]
    public async Task Fifty_members_voting_at_once_give_exactly_fifty_and_the_scores_match_the_formulas()
    {
        var author = Build.Member();
        var voters = Enumerable.Range(0, 50).Select(_ => Build.Member()).ToList();
        var idea = Build.Idea(author.Id);
        await Fixture.InsertAsync([author, .. voters, idea]);

        var results = await Task.WhenAll(voters.Select((v, i) =>
            Fixture.As(v).SendAsync(new VoteOnIdea(idea.Id, i % 5 == 0 ? VoteChoice.Against : VoteChoice.For))));

        Assert.All(results, r => Assert.True(r.IsSuccess));
        var stored = await StoredAsync(idea.Id);
        Assert.Equal((40, 10), (stored.VotesFor, stored.VotesAgainst));
        Assert.Equal(50, await Fixture.QueryDbAsync(db => db.IdeaVotes.CountAsync(v => v.IdeaId == idea.Id)));
        Assert.Equal(IdeaRanking.Hot(40, 10, stored.CreatedAt), stored.HotScore, tolerance: 1e-9);
        Assert.Equal(IdeaRanking.Wilson(40, 10), stored.WilsonScore, 12);
        Assert.NotNull(stored.EngagedAt);
    }

    [Fact]
    public async Task A_double_submission_counts_once_and_changing_or_withdrawing_adjusts_the_counts()
    {
        var author = await Fixture.CreateMemberAsync();
        var voter = await Fixture.CreateMemberAsync();
        var idea = Build.Idea(author.Id);
        await Fixture.InsertAsync(idea);
        using var client = await Fixture.SignedInClientAsync(voter);

        var twice = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => VoteAsync(client, idea.Id, "For", htmx: true)));
        Assert.All(twice, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal((1, 0), ((await StoredAsync(idea.Id)).VotesFor, (await StoredAsync(idea.Id)).VotesAgainst));

        using var changed = await VoteAsync(client, idea.Id, "Against", htmx: true);
        var buttons = await BrowserLikeClient.ParseAsync(changed);
        Assert.Equal("true", buttons.QuerySelector(".vote-against")!.GetAttribute("aria-pressed"));
        Assert.Equal(["0", "1"], buttons.QuerySelectorAll(".vote-count").Select(c => c.TextContent));
        var stored = await StoredAsync(idea.Id);
        Assert.Equal((0, 1), (stored.VotesFor, stored.VotesAgainst));
        Assert.Equal(IdeaRanking.Hot(0, 1, stored.CreatedAt), stored.HotScore, tolerance: 1e-9);

        using var withdrawn = await VoteAsync(client, idea.Id, "None");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        stored = await StoredAsync(idea.Id);
        Assert.Equal((0, 0, 0.0), (stored.VotesFor, stored.VotesAgainst, stored.WilsonScore));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.IdeaVotes.CountAsync()));
    }

    [Fact]
    public async Task Without_scripts_a_button_of_the_list_posts_its_own_choice_and_pressing_it_again_withdraws()
    {
        var author = await Fixture.CreateMemberAsync();
        var voter = await Fixture.CreateMemberAsync();
        var idea = Build.Idea(author.Id);
        await Fixture.InsertAsync(idea);
        using var client = await Fixture.SignedInClientAsync(voter);
        var form = $"#voto-{idea.Id} form";

        using var against = await client.SubmitAsync(await client.GetDocumentAsync("/idee"), form, submitterSelector: ".vote-against");
        Assert.Equal($"/idee/{idea.Id}", against.Headers.Location!.ToString());
        Assert.Equal((0, 1), ((await StoredAsync(idea.Id)).VotesFor, (await StoredAsync(idea.Id)).VotesAgainst));

        var list = await client.GetDocumentAsync("/idee");
        Assert.Equal("true", list.QuerySelector($"{form} .vote-against")!.GetAttribute("aria-pressed"));
        using var withdrawn = await client.SubmitAsync(list, form, submitterSelector: ".vote-against");
        Assert.Equal((0, 0), ((await StoredAsync(idea.Id)).VotesFor, (await StoredAsync(idea.Id)).VotesAgainst));
    }

    [Fact]
    public async Task Above_the_daily_limit_a_vote_answers_429_and_changes_nothing()
    {
        var author = Build.Member();
        var voter = await Fixture.CreateMemberAsync();
        var ideas = Enumerable.Range(0, VoteOnIdea.DailyLimit + 1).Select(_ => Build.Idea(author.Id)).ToList();
        await Fixture.InsertAsync([author, .. ideas]);
        foreach (var idea in ideas.Take(VoteOnIdea.DailyLimit))
        {
            Assert.True((await Fixture.As(voter).SendAsync(new VoteOnIdea(idea.Id, VoteChoice.For))).IsSuccess);
        }

        using var client = await Fixture.SignedInClientAsync(voter);
        using var refused = await VoteAsync(client, ideas[^1].Id, "For", htmx: true);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("limite di 50 voti", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, (await StoredAsync(ideas[^1].Id)).VotesFor);
        using var withdrawal = await VoteAsync(client, ideas[0].Id, "None", htmx: true);
        Assert.Equal(HttpStatusCode.OK, withdrawal.StatusCode);
    }

    [Fact]
    public async Task Authors_cannot_vote_on_their_idea_visitors_are_sent_to_sign_in_and_forged_posts_are_refused()
    {
        var author = await Fixture.CreateMemberAsync();
        var unconfirmed = await Fixture.CreateMemberAsync(confirmed: false);
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        var idea = Build.Idea(author.Id);
        await Fixture.InsertAsync(idea);
        using var authorClient = await Fixture.SignedInClientAsync(author);
        using var unconfirmedClient = await Fixture.SignedInClientAsync(unconfirmed);
        using var moderatorClient = await Fixture.SignedInClientAsync(moderator);
        using var visitor = Fixture.CreateClient();

        using var own = await VoteAsync(authorClient, idea.Id, "For");
        Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
        using var anonymous = await VoteAsync(visitor, idea.Id, "For");
        Assert.Contains("/accesso", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var notConfirmed = await VoteAsync(unconfirmedClient, idea.Id, "For");
        Assert.Equal(HttpStatusCode.Redirect, notConfirmed.StatusCode);
        using var forged = await moderatorClient.Http.PostAsync($"/idee/{idea.Id}/voto", new FormUrlEncodedContent([new("vote", "For")]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(0, (await StoredAsync(idea.Id)).VotesFor);

        using var byModerator = await VoteAsync(moderatorClient, idea.Id, "For");
        Assert.Equal(1, (await StoredAsync(idea.Id)).VotesFor);
    }

    [Fact]
    public async Task Closed_ideas_take_no_votes()
    {
        var author = Build.Member();
        var voter = await Fixture.CreateMemberAsync();
        var idea = Build.Idea(author.Id);
        idea.Status = IdeaStatus.Declined;
        await Fixture.InsertAsync(author, idea);
        using var client = await Fixture.SignedInClientAsync(voter);

        using var refused = await VoteAsync(client, idea.Id, "For");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = await client.GetDocumentAsync($"/idee/{idea.Id}");
        Assert.Null(page.QuerySelector(".idea-vote form"));
    }
}
