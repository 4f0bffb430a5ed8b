using System.Net;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using ClubMediaSociali.Tests.Features.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;

namespace ClubMediaSociali.Tests.Features.Trust;

/// <summary>
/// Member text that leaves the site (feeds, page descriptions and link previews) is plain text with the
/// Markdown marks removed, encoded for its place: a feed reader that takes RSS titles and descriptions as
/// HTML finds no element in them, so no image loads and no link runs.
/// </summary>
public sealed class OutboundTextTests(ClubFixture fixture) : ClubTest(fixture)
{
    private const string Hostile = "<img src=x onerror=alert(1)> **grassetto** [clic](javascript:alert(1)) <a href=\"javascript:alert(2)\">link</a>";

    [Fact]
    public async Task Rss_items_carry_member_text_as_text_that_a_reader_cannot_run()
    {
        var author = await Fixture.CreateMemberAsync();
        var idea = Build.Idea(author.Id, "Titolo <b onmouseover=alert(3)>audace</b>");
        (idea.BodyMarkdown, idea.Tags) = (Hostile, ["sagre"]);
        var (company, _) = Build.Company();
        var opportunity = Build.Opportunity(companyId: company.Id);
        (opportunity.DescriptionMarkdown, opportunity.PublishedAt) = (Hostile, DateTimeOffset.UtcNow);
        await Fixture.InsertAsync([idea, company, opportunity]);
        await Fixture.InsertPublishedAsync(author, p => (p.Summary, p.Tags) = (Hostile, ["sagre"]));
        await Fixture.ClearCachesAsync();

        using var visitor = Fixture.CreateClient();
        var parser = new HtmlParser();
        foreach (var feed in new[] { "/feed/idee.rss", "/feed/idee-di-tendenza.rss", "/feed/opportunita.rss", "/feed/pratiche.rss", "/feed/tag/sagre.rss" })
        {
            using var response = await visitor.Http.GetAsync(new Uri(feed, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var items = XDocument.Parse(await response.Content.ReadAsStringAsync()).Descendants("item").ToList();
            Assert.True(items.Count > 0, $"{feed}: no item");
            foreach (var (field, link) in items.SelectMany(i => i.Elements().Where(e => e.Name.LocalName is "title" or "description").Select(e => (e, i.Element("link")!.Value))))
            {
                // What a reader does: decode the XML, then read the result as HTML.
                var shown = parser.ParseFragment(field.Value, parser.ParseDocument("").Body!);
                Assert.True(shown.All(node => node.NodeType == AngleSharp.Dom.NodeType.Text), $"{feed}: markup in <{field.Name.LocalName}>: {field.Value}");
                // Ideas and opportunities are written in Markdown; a practice's summary is plain text, shown as typed.
                Assert.False(!link.Contains("/repertorio/", StringComparison.Ordinal) && field.Value.Contains("**", StringComparison.Ordinal), $"{feed}: Markdown marks in {field.Value}");
            }
        }
    }

    [Fact]
    public async Task Atom_entries_and_link_previews_carry_the_text_without_markdown_marks()
    {
        var author = await Fixture.CreateMemberAsync();
        var idea = Build.Idea(author.Id);
        idea.BodyMarkdown = "## Il piano\n\n**Prima** si ascolta, poi si _scrive_: [la guida](https://esempio.it).";
        await Fixture.InsertAsync(idea);
        await Fixture.ClearCachesAsync();
        using var visitor = Fixture.CreateClient();

        using var atom = await visitor.Http.GetAsync(new Uri("/feed/idee.atom", UriKind.Relative));
        var summary = XDocument.Parse(await atom.Content.ReadAsStringAsync()).Descendants().Single(e => e.Name.LocalName == "summary");
        Assert.Null(summary.Attribute("type")); // Atom's default: text
        Assert.Equal("Il piano Prima si ascolta, poi si scrive: la guida.", summary.Value);

        var page = await visitor.GetDocumentAsync($"/idee/{idea.Id}");
        Assert.Equal("Il piano Prima si ascolta, poi si scrive: la guida.", page.QuerySelector("meta[property='og:description']")!.GetAttribute("content"));
    }
}
