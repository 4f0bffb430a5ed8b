using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Application.Features.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;

namespace ClubMediaSociali.Tests.Features.Repertoire;

public sealed class SearchPracticesTests(ClubFixture fixture) : ClubTest(fixture)
{
    private static Practice Published(string title, string summary, string body = "")
    {
        var practice = Build.Practice();
        practice.Title = title;
        practice.Summary = summary;
        practice.BodyMarkdown = body;
        return practice;
    }

    [Fact]
    public async Task Accents_and_plurals_match_and_titles_rank_first()
    {
        var city = Published("Comunicare la città ai turisti", "Come un comune ha raccontato il centro storico.");
        var strategy = Published("Tre strategie per il primo anno", "Un confronto tra approcci diversi.");
        var mention = Published("Calendario editoriale", "Un modello mensile.", "Serve anche una strategia di risposta ai commenti.");
        var draft = Build.Practice(PracticeStatus.Draft);
        draft.Title = "Strategia segreta";
        await Fixture.InsertAsync(city, strategy, mention, draft);

        var byAccent = await Fixture.SendAsync(new SearchPractices("citta"));
        var byPlural = await Fixture.SendAsync(new SearchPractices("strategia"));

        Assert.Equal([city.Id], byAccent.Select(h => h.Id));
        Assert.Equal([strategy.Id, mention.Id], byPlural.Select(h => h.Id));
    }

    [Fact]
    public async Task The_results_page_highlights_matches_and_never_renders_members_markup()
    {
        await Fixture.InsertAsync(Published("Ascolto della rete", "Una <script>alert(1)</script> routine di ascolto settimanale."));
        using var visitor = Fixture.CreateClient();

        var page = await visitor.GetDocumentAsync("/repertorio?q=ascolto");

        var snippet = page.QuerySelector(".search-results .snippet")!;
        Assert.Contains("ascolto", snippet.QuerySelector("mark")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Null(snippet.QuerySelector("script"));
        Assert.Contains("alert(1)", snippet.TextContent, StringComparison.Ordinal);
        Assert.Equal("Ascolto della rete", page.QuerySelector(".search-results h3 a")!.TextContent);
    }

    [Fact]
    public async Task Tags_are_searched_and_archived_practices_are_not()
    {
        var tagged = Published("Video in laboratorio", "Riprese brevi fatte con il telefono.");
        tagged.Tags = ["artigianato"];
        var archived = Published("Artigianato e vetrine", "Un caso superato.");
        archived.Status = PracticeStatus.Archived;
        await Fixture.InsertAsync(tagged, archived);

        var hits = await Fixture.SendAsync(new SearchPractices("artigiani"));

        Assert.Equal([tagged.Id], hits.Select(h => h.Id));
    }
}
