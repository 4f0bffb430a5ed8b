using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Features.Search;
using ClubMediaSociali.Tests.Features.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace ClubMediaSociali.Tests.Features.Search;

/// <summary>
/// Italian words find their other forms in every search box and in every match between what members bring
/// and seek: a member typing a plural finds the singular, with or without accents, both ways round.
/// </summary>
public sealed class ItalianMatchingTests(ClubFixture fixture, ITestOutputHelper output) : ClubTest(fixture)
{
    /// <summary>Pairs of forms: content holds one, a member types the other.</summary>
    public static readonly (string A, string B)[] Pairs =
    [
        ("mobilifici", "mobilificio"),
        ("piani editoriali", "piano editoriale"),
        ("pubblicita", "pubblicità"),
        ("campagne", "campagna"),
        ("strategie", "strategia"),
        ("citta", "città"),
        ("caseifici", "caseificio"),
        ("cataloghi", "catalogo"),
        ("banche", "banca"),
        ("farmacie", "farmacia"),
        ("agriturismi", "agriturismo"),
        ("sondaggi", "sondaggio"),
        ("uffici stampa", "ufficio stampa"),
        ("universita", "università"),
        ("fotografie", "fotografia"),
        ("negozi", "negozio"),
    ];

    private static string Marker(int pair, char side) => $"Caso{pair:00}{side}";

    [Fact]
    public async Task Each_form_finds_the_other_in_every_search_box_and_between_brings_and_seeks()
    {
        var author = await Fixture.CreateMemberAsync("Autrice Prove");
        var entities = new List<object>();
        for (var i = 0; i < Pairs.Length; i++)
        {
            foreach (var (side, words) in new[] { ('a', Pairs[i].A), ('b', Pairs[i].B) })
            {
                var marker = Marker(i, side);
                entities.Add(Build.Idea(author.Id, $"{marker} parla di {words}"));
                var (company, _) = Build.Company($"Ditta {marker}");
                company.DescriptionMarkdown = $"Lavoriamo con {words} in tutta Italia.";
                entities.Add(company);
                var opportunity = Build.Opportunity(companyId: company.Id);
                opportunity.Title = $"{marker} cerca {words}";
                opportunity.PublishedAt = DateTimeOffset.UtcNow;
                entities.Add(opportunity);
                var member = Build.Member($"Socio {marker}");
                member.Headline = $"Consulente per {words}";
                member.OffersTags = [words];
                member.SeeksTags = [words];
                entities.Add(member);
                await Fixture.InsertPublishedAsync(author, p => p.Title = $"{marker} racconta {words}");
            }
        }

        await Fixture.InsertAsync([.. entities]);
        using var visitor = Fixture.CreateClient();
        var boxes = new (string Name, Func<string, string> Address)[]
        {
            ("ricerca del Club", q => $"/cerca?q={Uri.EscapeDataString(q)}"),
            ("idee", q => $"/idee?q={Uri.EscapeDataString(q)}"),
            ("repertorio", q => $"/repertorio?q={Uri.EscapeDataString(q)}"),
            ("opportunità", q => $"/opportunita?q={Uri.EscapeDataString(q)}"),
            ("aziende", q => $"/aziende?q={Uri.EscapeDataString(q)}"),
            ("membri, testo", q => $"/membri?q={Uri.EscapeDataString(q)}"),
            ("membri, porta", q => $"/membri?offre={Uri.EscapeDataString(q)}"),
            ("membri, cerca", q => $"/membri?cerca={Uri.EscapeDataString(q)}"),
        };

        var misses = new List<string>();
        for (var i = 0; i < Pairs.Length; i++)
        {
            foreach (var typed in new[] { Pairs[i].A, Pairs[i].B })
            {
                foreach (var (name, address) in boxes)
                {
                    var text = (await visitor.GetDocumentAsync(address(typed))).QuerySelector("main")!.TextContent;
                    foreach (var side in "ab")
                    {
                        if (!text.Contains(Marker(i, side), StringComparison.Ordinal))
                        {
                            misses.Add($"{name}: «{typed}» misses {Marker(i, side)} ({(side == 'a' ? Pairs[i].A : Pairs[i].B)})");
                        }
                    }
                }
            }
        }

        output.WriteLine($"{Pairs.Length * 2 * boxes.Length} searches, {misses.Count} misses");
        Assert.True(misses.Count == 0, string.Join("\n", misses));
    }

    [Fact]
    public async Task A_member_seeking_piani_editoriali_is_shown_who_brings_piano_editoriale()
    {
        var seeker = await Fixture.CreateMemberAsync("Chi Cerca");
        await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == seeker.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.SeeksTags, ["piani editoriali", "mobilifici"])));
        var bringer = Build.Member("Chi Porta");
        bringer.OffersTags = ["piano editoriale"];
        var other = Build.Member("Chi Altro");
        other.OffersTags = ["pianificazione"];
        await Fixture.InsertAsync(bringer, other);
        using var client = await Fixture.SignedInClientAsync(seeker);

        var directory = await client.GetDocumentAsync("/membri?per-me=true");
        Assert.Equal(["Chi Porta"], directory.QuerySelectorAll(".member-card h2 a").Select(a => a.TextContent));

        var network = await client.GetDocumentAsync("/rete/suggerimenti");
        Assert.Contains("Chi Porta", network.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("piano editoriale", network.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Chi Altro", network.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_long_italian_stop_words_the_forms_avoid_are_the_databases_own()
    {
        var words = ItalianQuery.StopWords.ToArray();

        var kept = await Fixture.QueryDbAsync(db => db.Database
            .SqlQuery<string>($"SELECT w AS \"Value\" FROM unnest({words}) w WHERE to_tsvector('italian', w) <> ''::tsvector").ToListAsync());

        Assert.Empty(kept);
    }

    [Fact]
    public void Forms_pair_singulars_and_plurals_and_leave_stop_words_alone()
    {
        Assert.Contains("mobilificio", ItalianQuery.Forms("mobilifici"));
        Assert.Contains("mobilifici", ItalianQuery.Forms("mobilificio"));
        Assert.Equal(["avevano"], ItalianQuery.Forms("avevano"));
        Assert.True(ItalianQuery.SameTag("piani editoriali", "Piano editoriale"));
        Assert.True(ItalianQuery.SameTag("pubblicità", "pubblicita"));
        Assert.False(ItalianQuery.SameTag("piano editoriale", "pianificazione"));
        Assert.Equal("(mobilifici | mobilifico | mobilificio | mobilifice) & !(video)", ItalianQuery.ToTsQuery("mobilifici -video"));
        Assert.Equal("", ItalianQuery.ToTsQuery("«» ?!"));
    }
}
