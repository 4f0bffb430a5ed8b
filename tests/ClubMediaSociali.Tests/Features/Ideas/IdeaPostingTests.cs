using System.Net;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Features.Ideas;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Ideas;

public sealed class IdeaPostingTests(ClubFixture fixture) : ClubTest(fixture)
{
    private static Dictionary<string, string> Form(string title = "Un calendario condiviso degli eventi social del Club") => new()
    {
        ["Title"] = title,
        ["Body"] = "Ogni socio segnala gli eventi a cui partecipa, così ci si incontra di persona.",
        ["Tags"] = "eventi, Community, eventi",
    };

    private static async Task<Guid> PostAsync(BrowserLikeClient client, Dictionary<string, string> fields)
    {
        var form = await client.GetDocumentAsync("/idee/nuova");
        using var posted = await client.SubmitAsync(form, "form[action='/idee/nuova']", fields);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        return Guid.Parse(posted.Headers.Location!.OriginalString.Split('/').Last());
    }

    [Fact]
    public async Task A_member_posts_an_idea_follows_it_and_sees_it_in_the_lists()
    {
        var author = await Fixture.CreateMemberAsync("Marta Proponente");
        using var client = await Fixture.SignedInClientAsync(author);

        var id = await PostAsync(client, Form());

        var stored = await Fixture.QueryDbAsync(db => db.Ideas.SingleAsync(i => i.Id == id));
        Assert.Equal(IdeaStatus.New, stored.Status);
        Assert.Equal(["eventi", "community"], stored.Tags);
        Assert.True(await Fixture.QueryDbAsync(db => db.IdeaFollowers.AnyAsync(f => f.IdeaId == id && f.MemberId == author.Id)));
        using var visitor = Fixture.CreateClient();
        var page = await visitor.GetDocumentAsync($"/idee/{id}");
        Assert.Equal("Un calendario condiviso degli eventi social del Club", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Marta Proponente", page.QuerySelector(".idea-meta")!.TextContent, StringComparison.Ordinal);
        foreach (var order in new[] { "", "?ordine=migliori", "?ordine=nuove", "?ordine=discusse", "?ordine=settimana", "?ordine=mese", "?parola=eventi", "?stato=nuova" })
        {
            var list = await visitor.GetDocumentAsync("/idee" + order);
            Assert.Equal([stored.Title], list.QuerySelectorAll(".idea-card h2 a").Select(a => a.TextContent));
        }

        Assert.Empty((await visitor.GetDocumentAsync("/idee?stato=selezionata")).QuerySelectorAll(".idea-card"));
    }

    [Fact]
    public async Task Bad_input_gets_a_message_per_field_and_keeps_what_was_typed()
    {
        var author = await Fixture.CreateMemberAsync();
        using var client = await Fixture.SignedInClientAsync(author);
        var form = await client.GetDocumentAsync("/idee/nuova");

        using var refused = await client.SubmitAsync(form, "form[action='/idee/nuova']", new Dictionary<string, string>
        {
            ["Title"] = "",
            ["Body"] = new string('x', Idea.BodyMaxLength + 1),
            ["Tags"] = "una, due",
        });

        var page = await BrowserLikeClient.ParseAsync(refused);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Dai un titolo all'idea.", page.QuerySelector("#Title-errore")!.TextContent);
        Assert.Contains("al massimo 10000 caratteri", page.QuerySelector("#Body-errore")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("una, due", page.QuerySelector("#Tags")!.GetAttribute("value"));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Ideas.CountAsync()));
    }

    [Fact]
    public async Task Similar_titles_are_suggested_while_typing()
    {
        var author = Build.Member();
        await Fixture.InsertAsync(author, Build.Idea(author.Id, "Un calendario condiviso degli eventi del Club"), Build.Idea(author.Id, "Guida alle dirette video per le PMI"));
        var member = await Fixture.CreateMemberAsync();
        using var client = await Fixture.SignedInClientAsync(member);

        var hint = await client.GetDocumentAsync("/idee/simili?title=" + Uri.EscapeDataString("calendario eventi del club"));

        Assert.Equal(["Un calendario condiviso degli eventi del Club"], hint.QuerySelectorAll(".similar-ideas a").Select(a => a.TextContent));
        Assert.Empty((await client.GetDocumentAsync("/idee/simili?title=xyz")).QuerySelectorAll("a"));
    }

    [Fact]
    public async Task The_author_edits_until_the_first_vote_then_only_moderators_can()
    {
        var author = await Fixture.CreateMemberAsync();
        var other = await Fixture.CreateMemberAsync();
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        using var authorClient = await Fixture.SignedInClientAsync(author);
        using var otherClient = await Fixture.SignedInClientAsync(other);
        using var moderatorClient = await Fixture.SignedInClientAsync(moderator);
        using var visitor = Fixture.CreateClient();
        var id = await PostAsync(authorClient, Form());

        using var byOther = await otherClient.PostAsync($"/idee/{id}/modifica", Form("Titolo cambiato da un altro"));
        Assert.Equal(HttpStatusCode.Redirect, byOther.StatusCode);
        Assert.Contains("/accesso/negato", byOther.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var byVisitor = await visitor.PostAsync($"/idee/{id}/modifica", Form("Titolo cambiato da un visitatore"));
        Assert.Contains("/accesso", byVisitor.Headers.Location!.ToString(), StringComparison.Ordinal);

        var edit = await authorClient.GetDocumentAsync($"/idee/{id}/modifica");
        using var edited = await authorClient.SubmitAsync(edit, $"form[action='/idee/{id}/modifica']", Form("Calendario condiviso degli eventi social"));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        Assert.True((await Fixture.As(other).SendAsync(new VoteOnIdea(id, VoteChoice.For))).IsSuccess);
        using var locked = await authorClient.PostAsync($"/idee/{id}/modifica", Form("Troppo tardi per cambiare"));
        Assert.Equal(HttpStatusCode.Conflict, locked.StatusCode);
        Assert.Contains("solo i moderatori", (await authorClient.GetDocumentAsync($"/idee/{id}")).QuerySelector(".idea")!.TextContent, StringComparison.Ordinal);

        var moderatorEdit = await moderatorClient.GetDocumentAsync($"/idee/{id}/modifica");
        using var byModerator = await moderatorClient.SubmitAsync(moderatorEdit, $"form[action='/idee/{id}/modifica']", Form("Calendario degli eventi social del Club"));
        Assert.Equal(HttpStatusCode.Redirect, byModerator.StatusCode);
        Assert.Equal("Calendario degli eventi social del Club", await Fixture.QueryDbAsync(db => db.Ideas.Select(i => i.Title).SingleAsync()));
    }

    [Fact]
    public async Task Followers_hear_of_new_comments_and_the_discussed_count_follows_visible_comments()
    {
        var author = await Fixture.CreateMemberAsync();
        var follower = await Fixture.CreateMemberAsync();
        var commenter = await Fixture.CreateMemberAsync();
        using var authorClient = await Fixture.SignedInClientAsync(author);
        using var followerClient = await Fixture.SignedInClientAsync(follower);
        using var commenterClient = await Fixture.SignedInClientAsync(commenter);
        var id = await PostAsync(authorClient, Form());

        using var follows = await followerClient.PostAsync($"/idee/{id}/segui", new Dictionary<string, string> { ["follow"] = "true" }, htmx: true);
        Assert.Equal("true", (await BrowserLikeClient.ParseAsync(follows)).QuerySelector("button")!.GetAttribute("aria-pressed"));
        var page = await commenterClient.GetDocumentAsync($"/idee/{id}");
        using var commented = await commenterClient.SubmitAsync(page, "form.comment-form", new Dictionary<string, string> { ["Body"] = "Mi piace, partirei dagli eventi di Milano." });

        Assert.Equal(1, await Fixture.QueryDbAsync(db => db.Ideas.Select(i => i.CommentCount).SingleAsync()));
        await Fixture.DrainOutboxAsync();
        var told = await Fixture.QueryDbAsync(db => db.Notifications.Select(n => new { n.MemberId, n.Kind }).ToListAsync());
        Assert.Contains(told, n => n.MemberId == author.Id && n.Kind == "comment.new");
        Assert.Contains(told, n => n.MemberId == follower.Id && n.Kind == "idea.comment");
        Assert.DoesNotContain(told, n => n.MemberId == commenter.Id);
        Assert.NotNull(await Fixture.QueryDbAsync(db => db.Ideas.Select(i => i.EngagedAt).SingleAsync()));

        var comment = await Fixture.QueryDbAsync(db => db.Comments.SingleAsync());
        using var deleted = await commenterClient.PostAsync($"/commenti/{comment.Id}/elimina");
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Ideas.Select(i => i.CommentCount).SingleAsync()));
        Assert.Equal(CommentStatus.DeletedByAuthor, (await Fixture.QueryDbAsync(db => db.Comments.SingleAsync())).Status);
    }
}
