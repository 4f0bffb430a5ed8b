using System.Net;
using ClubMediaSociali.Application.Domain.Network;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Repertoire;

public sealed class FindingPracticesTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task Filters_by_channel_role_and_tag_and_tag_pages_list_the_matching_practices()
    {
        var linkedin = await Fixture.InsertPublishedAsync(shape: p => { p.Channels = ["linkedin"]; p.TargetRoleIds = [3]; p.Tags = ["b2b", "ufficio stampa"]; });
        var instagram = await Fixture.InsertPublishedAsync(shape: p => { p.Channels = ["instagram"]; p.TargetRoleIds = [7]; p.Tags = ["b2b"]; });
        await Fixture.InsertPublishedAsync(shape: p => p.Status = PracticeStatus.Archived);
        using var visitor = Fixture.CreateClient();

        static IEnumerable<string> Titles(AngleSharp.Html.Dom.IHtmlDocument page) =>
            page.QuerySelectorAll(".all-practices h3 a").Select(a => a.TextContent);

        Assert.Equal([linkedin.Title], Titles(await visitor.GetDocumentAsync("/repertorio?canale=linkedin")));
        Assert.Equal([instagram.Title], Titles(await visitor.GetDocumentAsync("/repertorio?ruolo=7")));
        var tagPage = await visitor.GetDocumentAsync("/repertorio/parole-chiave/b2b");
        Assert.Equal([instagram.Title, linkedin.Title], Titles(tagPage));
        Assert.Contains("b2b", tagPage.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var practicePage = await visitor.GetDocumentAsync($"/repertorio/{linkedin.Id}");
        var tagLink = practicePage.QuerySelector("a[href='/repertorio/parole-chiave/ufficio%20stampa']");
        Assert.NotNull(tagLink);
        Assert.Equal([linkedin.Title], Titles(await visitor.GetDocumentAsync(tagLink.GetAttribute("href")!)));
        Assert.Equal(2, Titles(await visitor.GetDocumentAsync("/repertorio?canale=myspace&ruolo=-4")).Count());
    }

    [Fact]
    public async Task Most_useful_order_pages_through_every_practice_once()
    {
        var practices = new List<Practice>();
        for (var i = 0; i < 45; i++)
        {
            practices.Add(await Fixture.InsertPublishedAsync(shape: p => p.UsefulCount = i % 7));
        }

        using var visitor = Fixture.CreateClient();
        var seen = new List<string>();
        var next = "/repertorio?ordine=utili";
        while (next is not null)
        {
            var page = await visitor.GetDocumentAsync(next);
            seen.AddRange(page.QuerySelectorAll(".all-practices h3 a").Select(a => a.TextContent));
            next = page.QuerySelector("a[rel='next']")?.GetAttribute("href");
        }

        var expected = practices.OrderByDescending(p => p.UsefulCount).ThenByDescending(p => p.Id).Select(p => p.Title).ToList();
        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task A_method_checklist_keeps_each_members_ticked_steps()
    {
        var reader = await Fixture.CreateMemberAsync();
        var other = await Fixture.CreateMemberAsync();
        var method = await Fixture.InsertPublishedAsync(shape: p => { p.Kind = PracticeKind.Method; p.Steps = ["Primo", "Secondo", "Terzo"]; });
        var technique = await Fixture.InsertPublishedAsync(shape: p => { p.Kind = PracticeKind.Technique; p.Steps = ["Uno", "Due"]; });
        using var client = await Fixture.SignedInClientAsync(reader);
        using var otherClient = await Fixture.SignedInClientAsync(other);
        using var visitor = Fixture.CreateClient();

        var page = await client.GetDocumentAsync($"/repertorio/{method.Id}");
        using var ticked = await client.SubmitAsync(page, ".method-checklist form", new Dictionary<string, string> { ["done"] = "0" }, htmx: true);
        var fragment = await BrowserLikeClient.ParseAsync(ticked);
        Assert.Contains("Passi completati: 1 su 3", fragment.QuerySelector("#passi-progresso")!.TextContent, StringComparison.Ordinal);
        using var more = await client.SubmitAsync(fragment, ".method-checklist form", new Dictionary<string, string> { ["done"] = "2" });
        Assert.Equal(HttpStatusCode.Redirect, more.StatusCode);

        page = await client.GetDocumentAsync($"/repertorio/{method.Id}");
        Assert.Equal(["0", "2"], page.QuerySelectorAll(".method-checklist input:checked").Select(i => i.GetAttribute("value")));
        Assert.Empty((await otherClient.GetDocumentAsync($"/repertorio/{method.Id}")).QuerySelectorAll(".method-checklist input:checked"));
        Assert.Null((await visitor.GetDocumentAsync($"/repertorio/{method.Id}")).QuerySelector(".method-checklist"));

        using var outOfRange = await client.PostAsync($"/repertorio/{method.Id}/progressi", new Dictionary<string, string> { ["done"] = "9" });
        Assert.Equal(Array.Empty<int>(), await Fixture.QueryDbAsync(db => db.MethodProgress.Where(m => m.MemberId == reader.Id).Select(m => m.DoneSteps).SingleAsync()));
        using var notAMethod = await client.PostAsync($"/repertorio/{technique.Id}/progressi", new Dictionary<string, string> { ["done"] = "0" });
        Assert.Equal(HttpStatusCode.NotFound, notAMethod.StatusCode);
        using var anonymous = await visitor.PostAsync($"/repertorio/{method.Id}/progressi", new Dictionary<string, string> { ["done"] = "0" });
        Assert.Contains("/accesso", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_saved_list_shows_the_most_recently_saved_first_and_only_published_practices()
    {
        var member = await Fixture.CreateMemberAsync();
        var older = await Fixture.InsertPublishedAsync();
        var newer = await Fixture.InsertPublishedAsync();
        var archived = await Fixture.InsertPublishedAsync(shape: p => p.Status = PracticeStatus.Archived);
        var now = DateTimeOffset.UtcNow;
        await Fixture.InsertAsync(
            new SavedItem { MemberId = member.Id, Kind = SavedKind.Practice, ItemId = newer.Id, At = now.AddHours(-1) },
            new SavedItem { MemberId = member.Id, Kind = SavedKind.Practice, ItemId = older.Id, At = now },
            new SavedItem { MemberId = member.Id, Kind = SavedKind.Practice, ItemId = archived.Id, At = now.AddHours(-2) });
        using var client = await Fixture.SignedInClientAsync(member);

        var list = await client.GetDocumentAsync("/salvati?tipo=pratiche");

        Assert.Equal([older.Title, newer.Title], list.QuerySelectorAll(".saved-list .saved-title").Select(a => a.TextContent));
    }
}
