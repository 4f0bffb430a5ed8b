using System.Net;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Application.Features.Ideas;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Ideas;

public sealed class IdeaGovernanceTests(ClubFixture fixture) : ClubTest(fixture)
{
    private static async Task<HttpResponseMessage> DecideAsync(BrowserLikeClient moderator, Guid ideaId, string status, string reason, string? original = null)
    {
        var form = await moderator.GetDocumentAsync($"/idee/{ideaId}/stato");
        var fields = new Dictionary<string, string> { ["Status"] = status, ["Reason"] = reason };
        if (original is not null)
        {
            fields["Original"] = original;
        }

        return await moderator.SubmitAsync(form, "form.status-form", fields);
    }

    [Fact]
    public async Task A_moderator_selects_an_idea_with_a_public_reason_that_reaches_the_log_the_audit_and_the_followers()
    {
        var author = await Fixture.CreateMemberAsync("Marta Proponente");
        var follower = Build.Member();
        var moderator = await Fixture.CreateMemberAsync("Moderatrice Club", staffRoles: StaffRoles.Moderator);
        var idea = Build.Idea(author.Id, "Mentoring tra soci esperti e nuovi");
        await Fixture.InsertAsync(follower, idea,
            new IdeaFollower { IdeaId = idea.Id, MemberId = author.Id }, new IdeaFollower { IdeaId = idea.Id, MemberId = follower.Id });
        using var moderatorClient = await Fixture.SignedInClientAsync(moderator);
        using var visitor = Fixture.CreateClient();

        using var noReason = await DecideAsync(moderatorClient, idea.Id, "Selected", "");
        var refused = await BrowserLikeClient.ParseAsync(noReason);
        Assert.Equal("Scrivi il motivo: sarà pubblico nel registro delle decisioni.", refused.QuerySelector("#Reason-errore")!.TextContent);
        Assert.Equal(IdeaStatus.New, await Fixture.QueryDbAsync(db => db.Ideas.Select(i => i.Status).SingleAsync()));

        using var selected = await DecideAsync(moderatorClient, idea.Id, "Selected", "Molti voti a favore e due soci pronti a coordinarla.");
        Assert.Equal(HttpStatusCode.Redirect, selected.StatusCode);

        var log = await visitor.GetDocumentAsync("/idee/decisioni");
        var entry = log.QuerySelector(".decision")!;
        Assert.Contains("Mentoring tra soci esperti e nuovi", entry.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Nuova", "Selezionata"], entry.QuerySelectorAll(".status-badge").Select(b => b.TextContent));
        Assert.Contains("Moderatrice Club", entry.TextContent, StringComparison.Ordinal);
        Assert.Equal("Molti voti a favore e due soci pronti a coordinarla.", entry.QuerySelector(".decision-reason")!.TextContent);
        var decisionPage = await visitor.GetDocumentAsync(entry.QuerySelector("a[href^='/idee/decisioni/']")!.GetAttribute("href")!);
        Assert.NotNull(decisionPage.QuerySelector("section.comment-thread"));
        Assert.Contains("Selezionata", (await visitor.GetDocumentAsync($"/idee/{idea.Id}")).QuerySelector(".idea-decisions")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["ideas.status"], await Fixture.QueryDbAsync(db => db.AuditLog.Select(a => a.Action).ToListAsync()));
        await Fixture.DrainOutboxAsync();
        var told = await Fixture.QueryDbAsync(db => db.Notifications.Where(n => n.Kind == "idea.status").Select(n => n.MemberId).ToListAsync());
        Assert.Equal([author.Id, follower.Id], told.Order());

        using var same = await moderatorClient.PostAsync($"/idee/{idea.Id}/stato", new Dictionary<string, string> { ["Status"] = "Selected", ["Reason"] = "Di nuovo" });
        Assert.Contains("già in questo stato", (await BrowserLikeClient.ParseAsync(same)).QuerySelector("#Status-errore")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_moderators_change_a_status_or_make_a_practice()
    {
        var author = await Fixture.CreateMemberAsync();
        var idea = Build.Idea(author.Id);
        idea.Status = IdeaStatus.Selected;
        await Fixture.InsertAsync(idea);
        using var authorClient = await Fixture.SignedInClientAsync(author);
        using var visitor = Fixture.CreateClient();
        var fields = new Dictionary<string, string> { ["Status"] = "Realised", ["Reason"] = "Fatto" };

        using var byAuthor = await authorClient.PostAsync($"/idee/{idea.Id}/stato", fields);
        Assert.Contains("/accesso/negato", byAuthor.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var byVisitor = await visitor.PostAsync($"/idee/{idea.Id}/stato", fields);
        Assert.Contains("/accesso", byVisitor.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var practiceByAuthor = await authorClient.PostAsync($"/idee/{idea.Id}/pratica");
        Assert.Contains("/accesso/negato", practiceByAuthor.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(IdeaStatus.Selected, await Fixture.QueryDbAsync(db => db.Ideas.Select(i => i.Status).SingleAsync()));
        Assert.Equal((0, 0), await Fixture.QueryDbAsync(async db => (await db.IdeaDecisions.CountAsync(), await db.Practices.CountAsync())));
    }

    [Fact]
    public async Task Marking_a_duplicate_moves_votes_and_followers_and_keeps_one_vote_for_members_who_voted_on_both()
    {
        var author = Build.Member();
        var both = Build.Member();
        var onlyDuplicate = Build.Member();
        var onlyOriginal = Build.Member();
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        var original = Build.Idea(author.Id, "Una guida comune alle dirette video");
        var duplicate = Build.Idea(both.Id, "Guida condivisa per le dirette");
        await Fixture.InsertAsync(author, both, onlyDuplicate, onlyOriginal, original, duplicate);
        await Fixture.InsertAsync(new IdeaFollower { IdeaId = duplicate.Id, MemberId = onlyDuplicate.Id });
        foreach (var (idea, member, choice) in new[]
        {
            (original, both.Id, VoteChoice.Against), (original, onlyOriginal.Id, VoteChoice.For),
            (duplicate, onlyDuplicate.Id, VoteChoice.For), (duplicate, author.Id, VoteChoice.For),
        })
        {
            Assert.True((await Fixture.As(member).SendAsync(new VoteOnIdea(idea.Id, choice))).IsSuccess);
        }

        using var moderatorClient = await Fixture.SignedInClientAsync(moderator);
        using var badOriginal = await DecideAsync(moderatorClient, duplicate.Id, "Duplicate", "Stessa proposta", original: "non è un indirizzo");
        Assert.NotNull((await BrowserLikeClient.ParseAsync(badOriginal)).QuerySelector("#Original-errore:not(:empty)"));
        using var merged = await DecideAsync(moderatorClient, duplicate.Id, "Duplicate", "Propone la stessa guida.", original: $"https://club.example/idee/{original.Id}");
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);

        var (o, d) = await Fixture.QueryDbAsync(async db => (
            await db.Ideas.AsNoTracking().SingleAsync(i => i.Id == original.Id), await db.Ideas.AsNoTracking().SingleAsync(i => i.Id == duplicate.Id)));
        // "both" authored the duplicate so never voted on it; their vote on the original stays against.
        // The original's author voted on the duplicate: that vote cannot move onto their own idea.
        Assert.Equal((2, 1), (o.VotesFor, o.VotesAgainst));
        Assert.Equal(IdeaRanking.Wilson(2, 1), o.WilsonScore, 12);
        Assert.Equal((IdeaStatus.Duplicate, original.Id, 0, 0), (d.Status, d.DuplicateOfId, d.VotesFor, d.VotesAgainst));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.IdeaVotes.CountAsync(v => v.IdeaId == duplicate.Id)));
        Assert.True(await Fixture.QueryDbAsync(db => db.IdeaFollowers.AnyAsync(f => f.IdeaId == original.Id && f.MemberId == onlyDuplicate.Id)));

        using var visitor = Fixture.CreateClient();
        var page = await visitor.GetDocumentAsync($"/idee/{duplicate.Id}");
        Assert.Equal($"/idee/{original.Id}", page.QuerySelector(".revision-banner a")!.GetAttribute("href"));
        var originalPage = await visitor.GetDocumentAsync($"/idee/{original.Id}");
        Assert.Equal([$"/idee/{duplicate.Id}"], originalPage.QuerySelectorAll(".idea-merged a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["Una guida comune alle dirette video"], (await visitor.GetDocumentAsync("/idee")).QuerySelectorAll(".idea-card h2 a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task A_selected_idea_becomes_a_practice_draft_of_its_author_linked_both_ways()
    {
        var author = await Fixture.CreateMemberAsync();
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        var idea = Build.Idea(author.Id, "Checklist per la prima campagna");
        idea.Status = IdeaStatus.Selected;
        await Fixture.InsertAsync(idea);
        using var moderatorClient = await Fixture.SignedInClientAsync(moderator);

        var page = await moderatorClient.GetDocumentAsync($"/idee/{idea.Id}");
        using var made = await moderatorClient.SubmitAsync(page, $"form[action='/idee/{idea.Id}/pratica']");

        var practice = await Fixture.QueryDbAsync(db => db.Practices.SingleAsync());
        Assert.Equal((PracticeStatus.Draft, author.Id, idea.Id, "Checklist per la prima campagna"), (practice.Status, practice.AuthorId, practice.SourceIdeaId, practice.Title));
        Assert.Equal($"/repertorio/{practice.Id}", made.Headers.Location!.OriginalString);
        Assert.Equal(practice.Id, await Fixture.QueryDbAsync(db => db.Ideas.Select(i => i.PracticeId).SingleAsync()));
        await Fixture.DrainOutboxAsync();
        Assert.True(await Fixture.QueryDbAsync(db => db.Notifications.AnyAsync(n => n.MemberId == author.Id && n.Kind == "idea.practice_draft")));
        using var again = await moderatorClient.PostAsync($"/idee/{idea.Id}/pratica");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }
}
