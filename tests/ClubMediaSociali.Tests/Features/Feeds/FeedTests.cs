using System.Net;
using System.Xml.Linq;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Tests.Features.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;

namespace ClubMediaSociali.Tests.Features.Feeds;

public sealed class FeedTests(ClubFixture fixture) : ClubTest(fixture)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private async Task<XDocument> FeedAsync(string path, string contentType)
    {
        using var client = Fixture.CreateClient();
        using var response = await client.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        // Parsing is the validity check: a malformed document throws here.
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Lists_and_tag_pages_show_a_link_to_their_feed_and_the_link_leads_to_a_valid_feed()
    {
        await Fixture.InsertPublishedAsync(shape: p => p.Tags = ["video"]);
        using var visitor = Fixture.CreateClient();

        foreach (var (page, feed, type) in new[]
        {
            ("/repertorio", "/feed/pratiche.rss", "application/rss+xml"),
            ("/idee", "/feed/idee.atom", "application/atom+xml"),
            ("/opportunita", "/feed/opportunita.rss", "application/rss+xml"),
            ("/repertorio/parole-chiave/video", "/feed/tag/video.rss", "application/rss+xml"),
        })
        {
            var link = (await visitor.GetDocumentAsync(page)).QuerySelector("main a.feed-link");
            Assert.True(link is not null, $"{page} shows no feed link");
            Assert.Equal(feed, link.GetAttribute("href"));
            await FeedAsync(feed, type);
        }
    }

    [Fact]
    public async Task The_practices_feed_is_valid_rss_with_the_newest_published_practices_first_and_nothing_unpublished()
    {
        var author = await Fixture.CreateMemberAsync();
        await Fixture.InsertPublishedAsync(author, p => { p.Title = "Più vecchia"; p.Summary = "Una <pratica> & altro"; p.PublishedAt = DateTimeOffset.UtcNow.AddDays(-2); });
        await Fixture.InsertPublishedAsync(author, p => p.Title = "Più nuova");
        await Fixture.InsertPublishedAsync(author, p => { p.Title = "Bozza"; p.Status = PracticeStatus.Draft; });

        var rss = await FeedAsync("/feed/pratiche.rss", "application/rss+xml");
        Assert.Equal("2.0", rss.Root!.Attribute("version")!.Value);
        var channel = rss.Root.Element("channel")!;
        Assert.Equal("Club dei media sociali: Nuove pratiche del repertorio", channel.Element("title")!.Value);
        var items = channel.Elements("item").ToList();
        Assert.Equal(["Più nuova", "Più vecchia"], items.Select(i => i.Element("title")!.Value));
        Assert.StartsWith("http://localhost/repertorio/", items[0].Element("link")!.Value, StringComparison.Ordinal);
        // Readers take the description as HTML: the member's text arrives encoded, to be shown as typed.
        Assert.Equal("Una &lt;pratica&gt; &amp; altro", items[1].Element("description")!.Value);
        Assert.True(DateTimeOffset.TryParse(items[0].Element("pubDate")!.Value, out _));
        Assert.Equal("http://localhost/feed/pratiche.rss", channel.Element(Atom + "link")!.Attribute("href")!.Value);
    }

    [Fact]
    public async Task Idea_feeds_in_atom_list_new_and_trending_ideas_and_the_tag_feed_mixes_practices_and_ideas()
    {
        var author = await Fixture.CreateMemberAsync();
        var quiet = Build.Idea(author.Id, "Idea tranquilla", DateTimeOffset.UtcNow.AddDays(-1));
        var hot = Build.Idea(author.Id, "Idea che piace", DateTimeOffset.UtcNow.AddDays(-3));
        hot.HotScore = quiet.HotScore + 100;
        hot.Tags = ["video"];
        var merged = Build.Idea(author.Id, "Doppione", DateTimeOffset.UtcNow);
        merged.Status = IdeaStatus.Duplicate;
        await Fixture.InsertAsync(quiet, hot, merged);
        await Fixture.InsertPublishedAsync(author, p => { p.Title = "Pratica sui video"; p.Tags = ["video"]; });

        var fresh = await FeedAsync("/feed/idee.atom", "application/atom+xml");
        Assert.Equal(["Idea tranquilla", "Idea che piace"], fresh.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value));
        Assert.NotNull(fresh.Root.Element(Atom + "updated"));
        var trending = await FeedAsync("/feed/idee-di-tendenza.atom", "application/atom+xml");
        Assert.Equal("Idea che piace", trending.Root!.Element(Atom + "entry")!.Element(Atom + "title")!.Value);

        var tag = await FeedAsync("/feed/tag/video.rss", "application/rss+xml");
        Assert.Equal(["Pratica sui video", "Idea che piace"], tag.Root!.Element("channel")!.Elements("item").Select(i => i.Element("title")!.Value));

        // Pages point readers to the feeds.
        using var visitor = Fixture.CreateClient();
        var home = await visitor.GetDocumentAsync("/");
        Assert.Contains("/feed/pratiche.rss", home.QuerySelectorAll("link[rel='alternate']").Select(l => l.GetAttribute("href")));
        var tagPage = await visitor.GetDocumentAsync("/repertorio/parole-chiave/video");
        Assert.Contains("/feed/tag/video.rss", tagPage.QuerySelectorAll("link[rel='alternate']").Select(l => l.GetAttribute("href")));
        var (company, reps) = Build.Company("Agenzia dei Feed", representativeIds: author.Id);
        await Fixture.InsertAsync(company);
        await Fixture.InsertAsync(reps);
        var open = Build.Opportunity();
        (open.CompanyId, open.Title, open.DescriptionMarkdown, open.PublishedAt) = (company.Id, "Cerchiamo un fotografo", "Tre giornate in vigna.", DateTimeOffset.UtcNow);
        var closed = Build.Opportunity(OpportunityStatus.Closed);
        (closed.CompanyId, closed.Title, closed.PublishedAt) = (company.Id, "Chiusa", DateTimeOffset.UtcNow);
        await Fixture.InsertAsync(open, closed);
        var opportunities = await FeedAsync("/feed/opportunita.rss", "application/rss+xml");
        var item = Assert.Single(opportunities.Root!.Element("channel")!.Elements("item"));
        Assert.Equal("Cerchiamo un fotografo", item.Element("title")!.Value);
        Assert.Equal("Tre giornate in vigna.", item.Element("description")!.Value);

        using var unknown = await visitor.Http.GetAsync("/feed/sconosciuto.rss");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
