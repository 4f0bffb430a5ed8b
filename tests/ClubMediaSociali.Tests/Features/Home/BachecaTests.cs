using ClubMediaSociali.Application.Domain.Connections;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Domain.Network;
using ClubMediaSociali.Application.Features.Comments;
using ClubMediaSociali.Application.Features.Following;
using ClubMediaSociali.Application.Features.Ideas;
using ClubMediaSociali.Tests.Features.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Home;

public sealed class BachecaTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task A_visitor_keeps_the_club_home_and_a_member_lands_on_their_bacheca()
    {
        var member = await Fixture.CreateMemberAsync("Bea Bacheca");

        var visitorHome = await Fixture.CreateClient().GetDocumentAsync("/");
        Assert.NotNull(visitorHome.QuerySelector(".hero a[href='/iscriviti']"));
        Assert.Null(visitorHome.QuerySelector(".bacheca"));

        using var client = await Fixture.SignedInClientAsync(member);
        var home = await client.GetDocumentAsync("/");
        Assert.Equal("La mia bacheca", home.QuerySelector("h1")!.TextContent);
        Assert.Null(home.QuerySelector("a[href='/iscriviti']"));
        Assert.Contains("La bacheca si riempie con ciò che segui", home.QuerySelector(".feed-empty")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_my_contacts_and_the_people_tags_roles_companies_and_ideas_I_follow_do_reaches_me_newest_first_with_its_reason()
    {
        var me = await Fixture.CreateMemberAsync("Marta Lettrice");
        var contact = await Fixture.CreateMemberAsync("Luca Contatto");
        var followed = await Fixture.CreateMemberAsync("Giulia Seguita");
        var stranger = await Fixture.CreateMemberAsync("Sara Sconosciuta");
        var (company, ties) = Build.Company("Cantina Seguita", representativeIds: stranger.Id);
        var connection = Connection.Request(me.Id, contact.Id, null, DateTimeOffset.UtcNow);
        connection.Answer(accept: true, DateTimeOffset.UtcNow);
        var followedIdea = Build.Idea(stranger.Id, "Un'idea che seguo");
        await Fixture.InsertAsync([company, .. ties, connection, followedIdea, new IdeaFollower { IdeaId = followedIdea.Id, MemberId = me.Id, At = DateTimeOffset.UtcNow }]);
        foreach (var (kind, key) in new[] { (FollowKind.Member, followed.Handle), (FollowKind.Company, company.Slug), (FollowKind.Tag, "Video"), (FollowKind.Role, "6") })
        {
            Assert.True((await Fixture.As(me).SendAsync(new Follow(kind, key, On: true))).IsSuccess, $"{kind} {key}");
        }

        var start = DateTimeOffset.UtcNow.AddHours(-3);
        var byContact = Build.Idea(contact.Id, "L'idea del contatto");
        var byFollowed = Build.Idea(followed.Id, "L'idea di chi seguo");
        var tagged = Build.Idea(stranger.Id, "Un'idea sul video");
        tagged.Tags = ["video"];
        var forRole = Build.Idea(stranger.Id, "Un'idea per il ruolo");
        forRole.RoleIds = [6];
        var unrelated = Build.Idea(stranger.Id, "Un'idea che non seguo");
        var mine = Build.Idea(me.Id, "La mia idea");
        var held = Build.Idea(followed.Id, "Un'idea trattenuta");
        held.Screening = Screening.Held;
        var opportunity = Build.Opportunity(companyId: company.Id);
        opportunity.Title = "Un video per la vendemmia";
        await Fixture.InsertAsync(byContact, byFollowed, tagged, forRole, unrelated, mine, held, opportunity);
        Activity Posted(Idea idea, int minutes) => Build.IdeaPosted(idea, start.AddMinutes(minutes));
        await Fixture.InsertAsync(
            Posted(byContact, 1), Posted(byFollowed, 2), Posted(tagged, 3), Posted(forRole, 4), Posted(unrelated, 5), Posted(mine, 6), Posted(held, 7),
            new Activity
            {
                Kind = ActivityKind.OpportunityOpened,
                ActorId = stranger.Id,
                CompanyId = company.Id,
                SubjectKind = ActivitySubject.Opportunity,
                SubjectId = opportunity.Id,
                Title = opportunity.Title,
                At = start.AddMinutes(8),
            },
            new Activity
            {
                Kind = ActivityKind.IdeaDecided,
                SubjectKind = ActivitySubject.Idea,
                SubjectId = followedIdea.Id,
                Part = nameof(IdeaStatus.Selected),
                Title = followedIdea.Title,
                At = start.AddMinutes(9),
            });
        await Fixture.QueryDbAsync(db => db.Opportunities.Where(o => o.Id == opportunity.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, Application.Domain.Opportunities.OpportunityStatus.Open)));
        using var client = await Fixture.SignedInClientAsync(me);

        var page = await client.GetDocumentAsync("/");

        var lines = page.QuerySelectorAll(".feed-item").Select(i => (
            Text: i.QuerySelector(".feed-text")!.TextContent.Trim(), Reason: i.QuerySelector(".feed-reason")!.TextContent.Trim())).ToList();
        Assert.Equal(
        [
            ("Decisione sull'idea «Un'idea che seguo»: Selezionata", "perché segui l'idea"),
            ("Cantina Seguita ha pubblicato l'opportunità «Un video per la vendemmia»", "perché segui Cantina Seguita"),
            ("Sara Sconosciuta ha proposto l'idea «Un'idea per il ruolo»", "per il ruolo Social media manager"),
            ("Sara Sconosciuta ha proposto l'idea «Un'idea sul video»", "perché segui #video"),
            ("Giulia Seguita ha proposto l'idea «L'idea di chi seguo»", "perché segui Giulia Seguita"),
            ("Luca Contatto ha proposto l'idea «L'idea del contatto»", "dal tuo contatto Luca Contatto"),
        ], lines);
        Assert.Equal($"/idee/{byFollowed.Id}", page.QuerySelectorAll(".feed-item")[4].QuerySelector(".feed-text a[href^='/idee/']")!.GetAttribute("href"));
        Assert.Equal($"/membri/{followed.Handle}", page.QuerySelectorAll(".feed-item")[4].QuerySelector(".feed-text a[href^='/membri/']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_new_idea_and_comments_reach_followers_through_events_several_comments_on_one_item_in_one_line()
    {
        var me = await Fixture.CreateMemberAsync("Marta Lettrice");
        var giulia = await Fixture.CreateMemberAsync("Giulia Autrice");
        var commenters = new[] { await Fixture.CreateMemberAsync("Carlo Primo"), await Fixture.CreateMemberAsync("Dario Secondo"), await Fixture.CreateMemberAsync("Elena Terza") };
        await Fixture.As(me).SendAsync(new Follow(FollowKind.Member, giulia.Handle, On: true));

        var idea = (await Fixture.As(giulia).SendAsync(new SaveIdea { Title = "Un calendario comune degli eventi", Body = "Per non sovrapporre gli incontri.", Tags = "eventi" })).Value;
        await Fixture.As(me).SendAsync(new FollowIdea(idea, Follow: true));
        foreach (var commenter in commenters)
        {
            var posted = await Fixture.As(commenter).SendAsync(new PostComment { ThreadKind = Application.Domain.Comments.CommentThreadKind.Idea, ThreadId = idea, Body = $"Sono d'accordo, {commenter.DisplayName}." });
            Assert.True(posted.IsSuccess);
        }

        await Fixture.DrainOutboxAsync();
        using var client = await Fixture.SignedInClientAsync(me);
        var items = (await client.GetDocumentAsync("/")).QuerySelectorAll(".feed-item .feed-text").Select(t => t.TextContent.Trim()).ToList();

        Assert.Equal(
        [
            "Elena Terza e altri 2 hanno commentato «Un calendario comune degli eventi»",
            "Giulia Autrice ha proposto l'idea «Un calendario comune degli eventi»",
        ], items);
    }

    [Fact]
    public async Task The_feed_pages_with_a_plain_link_and_with_htmx_and_marks_what_is_newer_than_the_last_visit()
    {
        var me = await Fixture.CreateMemberAsync("Marta Lettrice");
        var authors = new List<Application.Domain.Members.Member>();
        for (var i = 0; i < 12; i++)
        {
            authors.Add(await Fixture.CreateMemberAsync($"Autore {i + 1}"));
        }

        await Fixture.As(me).SendAsync(new Follow(FollowKind.Tag, "video", On: true));
        var start = DateTimeOffset.UtcNow.AddDays(-2);
        var ideas = Enumerable.Range(0, 36).Select(i =>
        {
            var idea = Build.Idea(authors[i % 12].Id, $"Idea video {i + 1:00}");
            idea.Tags = ["video"];
            return idea;
        }).ToList();
        await Fixture.InsertAsync([.. ideas]);
        await Fixture.InsertAsync([.. ideas.Select((idea, i) => Build.IdeaPosted(idea, start.AddHours(i)))]);
        // The previous visit ended between the 30th and the 31st idea.
        await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == me.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.PreviousVisitAt, start.AddHours(30.5))));
        using var client = await Fixture.SignedInClientAsync(me);

        var first = await client.GetDocumentAsync("/");
        var titles = first.QuerySelectorAll(".feed-item .feed-text a[href^='/idee/']").Select(a => a.TextContent).ToList();
        Assert.Equal(Enumerable.Range(7, 30).Reverse().Select(n => $"«Idea video {n:00}»"), titles);
        Assert.Equal(5, first.QuerySelectorAll(".feed-item-new").Length);
        Assert.Equal("Nuovo", first.QuerySelector(".feed-item-new .feed-new")!.TextContent);
        var more = first.QuerySelector(".feed-more a")!;
        Assert.StartsWith("/bacheca/altri?dopo=", more.GetAttribute("hx-get"), StringComparison.Ordinal);

        var plain = await client.GetDocumentAsync(more.GetAttribute("href")!);
        Assert.Equal(Enumerable.Range(1, 6).Reverse().Select(n => $"«Idea video {n:00}»"), plain.QuerySelectorAll(".feed-item .feed-text a[href^='/idee/']").Select(a => a.TextContent));
        Assert.Null(plain.QuerySelector(".feed-more"));

        using var request = new HttpRequestMessage(HttpMethod.Get, more.GetAttribute("hx-get"));
        request.Headers.Add("HX-Request", "true");
        using var answer = await client.Http.SendAsync(request);
        var htmx = await BrowserLikeClient.ParseAsync(answer);
        Assert.Equal(6, htmx.QuerySelectorAll("li.feed-item").Length);
        Assert.Null(htmx.QuerySelector("h1"));
    }

    [Fact]
    public async Task What_was_there_before_the_bacheca_gets_its_lines_once_at_its_own_time()
    {
        var author = await Fixture.CreateMemberAsync("Anna Storica");
        var other = await Fixture.CreateMemberAsync("Bruno Storico");
        var practice = await Fixture.InsertPublishedAsync(author, p => p.Title = "Una pratica di ieri");
        var idea = Build.Idea(author.Id, "Un'idea di ieri", createdAt: new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
        var connection = Connection.Request(author.Id, other.Id, null, DateTimeOffset.UtcNow.AddDays(-2));
        connection.Answer(accept: true, DateTimeOffset.UtcNow.AddDays(-2));
        var comment = new Application.Domain.Comments.Comment
        {
            ThreadKind = Application.Domain.Comments.CommentThreadKind.Idea,
            ThreadId = idea.Id,
            AuthorId = other.Id,
            BodyMarkdown = "Bella.",
            BodyHtml = "<p>Bella.</p>",
            CreatedAt = DateTimeOffset.UtcNow,
        };
        await Fixture.InsertAsync(idea, connection, comment);

        await Fixture.QueryDbAsync(db => Application.Features.Home.ActivityBackfill.RunAsync(db, CancellationToken.None));
        await Fixture.QueryDbAsync(db => Application.Features.Home.ActivityBackfill.RunAsync(db, CancellationToken.None));

        var lines = await Fixture.QueryDbAsync(db => db.Activities.OrderBy(a => a.Kind).Select(a => new { a.Kind, a.ActorId, a.SubjectId, a.Title, a.At }).ToListAsync());
        Assert.Equal([ActivityKind.PracticePublished, ActivityKind.IdeaPosted, ActivityKind.CommentPosted, ActivityKind.ContactsConnected], lines.Select(l => l.Kind));
        Assert.Equal(practice.Id, lines[0].SubjectId);
        Assert.Equal(idea.CreatedAt, lines[1].At);
        Assert.Equal((other.Id, idea.Id, "Un'idea di ieri"), (lines[2].ActorId!.Value, lines[2].SubjectId, lines[2].Title));
        Assert.Equal((other.Id, author.Id), (lines[3].ActorId!.Value, lines[3].SubjectId));
    }

    [Fact]
    public async Task A_new_member_has_a_checklist_ticked_by_what_they_do_that_goes_away_when_all_is_done()
    {
        var newcomer = await Fixture.CreateMemberAsync("Nina Nuova");
        var others = new[] { await Fixture.CreateMemberAsync(), await Fixture.CreateMemberAsync(), await Fixture.CreateMemberAsync() };
        using var client = await Fixture.SignedInClientAsync(newcomer);
        async Task<List<(string Text, bool Done)>> StepsAsync() =>
            [.. (await client.GetDocumentAsync("/")).QuerySelectorAll(".checklist-list li").Select(li => (li.TextContent.Trim(), li.ClassList.Contains("checklist-done")))];

        var steps = await StepsAsync();
        Assert.Equal(6, steps.Count);
        Assert.All(steps, s => Assert.False(s.Done));

        foreach (var other in others)
        {
            await Fixture.As(newcomer).SendAsync(new Follow(FollowKind.Member, other.Handle, On: true));
        }

        await Fixture.As(newcomer).SendAsync(new Follow(FollowKind.Tag, "video", On: true));
        Assert.True((await Fixture.As(newcomer).SendAsync(new Application.Features.Members.SetProfilePhoto(Media.PictureCorpus.Jpeg()))).IsSuccess);
        steps = await StepsAsync();
        Assert.Equal([false, true, true, true, false, false], steps.Select(s => s.Done));
        Assert.Equal("Fatto: Aggiungi una foto", steps[1].Text);

        var path = new Application.Domain.FirstSteps.LearningPath { Slug = "il-primo", Title = "Il primo", CreatedAt = DateTimeOffset.UtcNow };
        await Fixture.InsertAsync(path);
        await Fixture.InsertAsync(
            new Application.Domain.FirstSteps.LearningPathProgress { PathId = path.Id, MemberId = newcomer.Id, DonePracticeIds = [], UpdatedAt = DateTimeOffset.UtcNow },
            new Application.Domain.Reputation.MemberBadge { MemberId = newcomer.Id, BadgeKey = "biglietto-da-visita", AwardedAt = DateTimeOffset.UtcNow },
            Build.Idea(newcomer.Id, "Mi presento con un'idea"));

        Assert.Empty(await StepsAsync());
    }
}
