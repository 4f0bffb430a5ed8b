using System.Net;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Repertoire;

public sealed class UsefulMarksTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task A_member_marks_a_practice_useful_once_and_saves_it_to_their_list()
    {
        var author = await Fixture.CreateMemberAsync();
        var reader = await Fixture.CreateMemberAsync();
        var practice = await Fixture.InsertPublishedAsync(author);
        using var client = await Fixture.SignedInClientAsync(reader);
        var page = await client.GetDocumentAsync($"/repertorio/{practice.Id}");

        using var first = await client.SubmitAsync(page, $"form[action='/repertorio/{practice.Id}/utile']");
        using var again = await client.PostAsync($"/repertorio/{practice.Id}/utile", new Dictionary<string, string> { ["useful"] = "true" });
        page = await client.GetDocumentAsync($"/repertorio/{practice.Id}");
        Assert.Equal("1", page.QuerySelector(".practice-actions .useful-count")!.TextContent);
        Assert.Equal("true", page.QuerySelector($"form[action='/repertorio/{practice.Id}/utile'] button")!.GetAttribute("aria-pressed"));

        using var saved = await client.SubmitAsync(page, $"form[action='/repertorio/{practice.Id}/salva']", htmx: true);
        var fragment = await BrowserLikeClient.ParseAsync(saved);
        Assert.Equal("true", fragment.QuerySelector($"form[action='/repertorio/{practice.Id}/salva'] button")!.GetAttribute("aria-pressed"));
        Assert.Null(fragment.QuerySelector("header.site-header"));
        var list = await client.GetDocumentAsync("/salvati?tipo=pratiche");
        Assert.Equal([practice.Title], list.QuerySelectorAll(".saved-list .saved-title").Select(a => a.TextContent));

        using var withdrawn = await client.SubmitAsync(fragment, $"form[action='/repertorio/{practice.Id}/utile']", htmx: true);
        Assert.Equal("0", (await BrowserLikeClient.ParseAsync(withdrawn)).QuerySelector(".useful-count")!.TextContent);
        Assert.Equal((0, 0), await Fixture.QueryDbAsync(async db =>
            (await db.Practices.Where(p => p.Id == practice.Id).Select(p => p.UsefulCount).SingleAsync(), await db.PracticeUsefulMarks.CountAsync())));
    }

    [Fact]
    public async Task Simultaneous_marks_from_many_members_count_each_member_once()
    {
        var practice = await Fixture.InsertPublishedAsync();
        var members = new List<Application.Domain.Members.Member>();
        for (var i = 0; i < 8; i++)
        {
            members.Add(await Fixture.CreateMemberAsync());
        }

        await Task.WhenAll(members.SelectMany(m => Enumerable.Range(0, 2).Select(_ =>
            Fixture.As(m).SendAsync(new Application.Features.Repertoire.MarkPracticeUseful(practice.Id, true)))));

        Assert.Equal((8, 8), await Fixture.QueryDbAsync(async db =>
            (await db.Practices.Where(p => p.Id == practice.Id).Select(p => p.UsefulCount).SingleAsync(), await db.PracticeUsefulMarks.CountAsync())));
    }

    [Fact]
    public async Task Authors_cannot_mark_their_own_and_visitors_and_unconfirmed_members_cannot_mark()
    {
        var author = await Fixture.CreateMemberAsync();
        var unconfirmed = await Fixture.CreateMemberAsync(confirmed: false);
        var practice = await Fixture.InsertPublishedAsync(author);
        var draft = await Fixture.InsertPublishedAsync(author, p => p.Status = Application.Domain.Repertoire.PracticeStatus.Draft);
        using var authorClient = await Fixture.SignedInClientAsync(author);
        using var unconfirmedClient = await Fixture.SignedInClientAsync(unconfirmed);
        using var visitor = Fixture.CreateClient();
        var useful = new Dictionary<string, string> { ["useful"] = "true" };

        using var own = await authorClient.PostAsync($"/repertorio/{practice.Id}/utile", useful);
        Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
        using var anonymous = await visitor.PostAsync($"/repertorio/{practice.Id}/utile", useful);
        Assert.Contains("/accesso", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var notConfirmed = await unconfirmedClient.PostAsync($"/repertorio/{practice.Id}/salva", new Dictionary<string, string> { ["saved"] = "true" });
        Assert.Contains("/accesso/negato", notConfirmed.Headers.Location!.ToString(), StringComparison.Ordinal);
        var other = await Fixture.CreateMemberAsync();
        using var otherClient = await Fixture.SignedInClientAsync(other);
        using var unpublished = await otherClient.PostAsync($"/repertorio/{draft.Id}/utile", useful);
        Assert.Equal(HttpStatusCode.NotFound, unpublished.StatusCode);
        using var noToken = await otherClient.Http.PostAsync(new Uri($"/repertorio/{practice.Id}/utile", UriKind.Relative), new FormUrlEncodedContent(useful));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.PracticeUsefulMarks.CountAsync()));
    }
}
