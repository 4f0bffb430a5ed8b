using System.Net;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Security;

/// <summary>Who acts is the signed-in member, whatever a form says: fields naming someone else, or claiming powers, change nothing.</summary>
public sealed class ActingMemberTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task Form_fields_naming_another_member_or_claiming_moderator_powers_have_no_effect()
    {
        var author = await Fixture.CreateMemberAsync("Aldo Autore");
        var victim = await Fixture.CreateMemberAsync("Vera Vittima");
        var theirs = Build.Idea(victim.Id, "L'idea di Vera, già votata");
        await Fixture.InsertAsync(theirs);
        await Fixture.QueryDbAsync(db => db.Ideas.Where(i => i.Id == theirs.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.EngagedAt, DateTimeOffset.UtcNow)));
        using var client = await Fixture.SignedInClientAsync(author);
        var forged = new Dictionary<string, string>
        {
            ["Title"] = "Un'idea a nome di un altro",
            ["Body"] = "Provo a firmarla come Vera.",
            ["MemberId"] = victim.Id.ToString(),
            ["AuthorId"] = victim.Id.ToString(),
            ["MemberIsModerator"] = "true",
            ["ModeratorId"] = victim.Id.ToString(),
        };

        using var posted = await client.PostAsync("/idee/nuova", forged);
        using var edited = await client.PostAsync($"/idee/{theirs.Id}/modifica", forged);
        using var commented = await client.PostAsync("/commenti", new Dictionary<string, string>
        {
            ["ThreadKind"] = "Idea",
            ["ThreadId"] = theirs.Id.ToString(),
            ["Body"] = "Firmato: Vera",
            ["AuthorId"] = victim.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var ideas = await Fixture.QueryDbAsync(db => db.Ideas.OrderBy(i => i.Title).Select(i => new { i.Title, i.AuthorId }).ToListAsync());
        Assert.Equal(author.Id, ideas.Single(i => i.Title == "Un'idea a nome di un altro").AuthorId);
        Assert.Contains("/accesso/negato", edited.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Equal("L'idea di Vera, già votata", ideas.Single(i => i.AuthorId == victim.Id).Title);
        Assert.Equal(HttpStatusCode.Redirect, commented.StatusCode);
        Assert.Equal([author.Id], await Fixture.QueryDbAsync(db => db.Comments.Select(c => c.AuthorId).ToListAsync()));
    }

    [Fact]
    public async Task An_idea_with_votes_or_comments_says_on_its_own_page_why_it_cannot_be_edited()
    {
        var author = await Fixture.CreateMemberAsync();
        var idea = Build.Idea(author.Id, "Un'idea già discussa");
        await Fixture.InsertAsync(idea);
        await Fixture.QueryDbAsync(db => db.Ideas.Where(i => i.Id == idea.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.EngagedAt, DateTimeOffset.UtcNow)));
        using var client = await Fixture.SignedInClientAsync(author);

        var page = await client.GetDocumentAsync($"/idee/{idea.Id}/modifica", HttpStatusCode.Conflict);

        Assert.Contains("non si può più modificare: ha già ricevuto voti o commenti", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(IdeaStatus.New, await Fixture.QueryDbAsync(db => db.Ideas.Where(i => i.Id == idea.Id).Select(i => i.Status).SingleAsync()));
    }
}
