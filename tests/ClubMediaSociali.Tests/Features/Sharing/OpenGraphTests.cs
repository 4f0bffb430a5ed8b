using ClubMediaSociali.Tests.Features.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;

namespace ClubMediaSociali.Tests.Features.Sharing;

public sealed class OpenGraphTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task Public_pages_describe_themselves_for_link_previews_and_offer_plain_share_links()
    {
        var author = await Fixture.CreateMemberAsync("Sandro Social");
        var practice = await Fixture.InsertPublishedAsync(author, p => { p.Title = "Il calendario editoriale"; p.Summary = "Come **pianificare** un mese di contenuti."; });
        var idea = Build.Idea(author.Id, "Un glossario condiviso");
        await Fixture.InsertAsync(idea);
        using var visitor = Fixture.CreateClient();

        foreach (var (path, title, picture) in new[]
        {
            ("/", "Benvenuto", "/img/condivisione.png"),
            ($"/repertorio/{practice.Id}", "Il calendario editoriale", $"/condivisione/pratiche/{practice.Id}.png"),
            ($"/idee/{idea.Id}", "Un glossario condiviso", $"/condivisione/idee/{idea.Id}.png"),
            ($"/membri/{author.Handle}", "Sandro Social", $"/condivisione/membri/{author.Handle}.png"),
            ("/leader", "Leader del Club", "/img/condivisione.png"),
        })
        {
            var page = await visitor.GetDocumentAsync(path);
            string Meta(string key) => (page.QuerySelector($"meta[property='{key}']") ?? page.QuerySelector($"meta[name='{key}']"))!.GetAttribute("content")!;
            Assert.Equal($"{title} · Club dei media sociali", page.Title);
            Assert.Equal(title, Meta("og:title"));
            Assert.Equal(title, Meta("twitter:title"));
            Assert.Equal("http://localhost" + path, Meta("og:url"));
            Assert.Equal("http://localhost" + picture, Meta("og:image"));
            Assert.Equal("it_IT", Meta("og:locale"));
            Assert.Equal("summary_large_image", Meta("twitter:card"));
            Assert.False(string.IsNullOrWhiteSpace(Meta("og:description")));
            // No script from another site, for sharing or anything else.
            Assert.All(page.QuerySelectorAll("script[src]"), s => Assert.StartsWith("/", s.GetAttribute("src"), StringComparison.Ordinal));
        }

        var practicePage = await visitor.GetDocumentAsync($"/repertorio/{practice.Id}");
        Assert.Equal("Come pianificare un mese di contenuti.", practicePage.QuerySelector("meta[property='og:description']")!.GetAttribute("content"));
        Assert.Equal("article", practicePage.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        var share = practicePage.QuerySelectorAll(".share-links a").Select(a => a.GetAttribute("href")!).ToList();
        var encoded = Uri.EscapeDataString($"http://localhost/repertorio/{practice.Id}");
        Assert.Equal(4, share.Count);
        Assert.Contains($"https://www.linkedin.com/sharing/share-offsite/?url={encoded}", share);
        Assert.Contains(share, s => s.StartsWith("https://twitter.com/intent/tweet?url=" + encoded, StringComparison.Ordinal));
        Assert.Contains($"https://www.facebook.com/sharer/sharer.php?u={encoded}", share);
        Assert.Contains(share, s => s.StartsWith("mailto:?subject=", StringComparison.Ordinal) && s.Contains(encoded, StringComparison.Ordinal));
    }
}
