using System.Net;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Application.Features.Search;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Repertoire;

/// <summary>
/// Italian full-text search over published practices: accents ignored, plurals and verb forms
/// matched by the Italian stemmer, best matches first (title weighs more than summary, summary more
/// than text), each with a snippet where the matching words are highlighted.
/// </summary>
public sealed record SearchPractices(string Text) : IQuery<IReadOnlyList<PracticeSearchHit>>;

/// <param name="SnippetHtml">HTML-encoded summary with the matches wrapped in &lt;mark&gt;: safe to render as is.</param>
public sealed record PracticeSearchHit(Guid Id, PracticeKind Kind, string Title, string SnippetHtml, PracticeLevel Level);

public sealed class SearchPracticesHandler(ClubDbContext db) : IQueryHandler<SearchPractices, IReadOnlyList<PracticeSearchHit>>
{
    // Markers that cannot occur in members' text: the snippet is encoded first, then they become <mark>.
    private const string Open = "\u0002";
    private const string Close = "\u0003";

    public async ValueTask<IReadOnlyList<PracticeSearchHit>> Handle(SearchPractices query, CancellationToken cancellationToken)
    {
        var text = query.Text.Trim();
        if (text.Length == 0)
        {
            return [];
        }

        if (text.Length > 200)
        {
            text = text[..200];
        }

        var published = (int)PracticeStatus.Published;
        var rows = await db.Database.SqlQuery<Row>($"""
            SELECT p.id AS "Id", p.kind AS "Kind", p.title AS "Title", p.level AS "Level",
                   ts_headline('italian', p.summary, q, {"StartSel=" + Open + ",StopSel=" + Close + ",MaxWords=40,MinWords=15"}) AS "Snippet"
            FROM practices p, to_tsquery('italian', {ItalianQuery.ToTsQuery(text)}) q
            WHERE p.status = {published} AND p.search_vector @@ q
            ORDER BY ts_rank(p.search_vector, q) DESC, p.id DESC
            LIMIT 30
            """).ToListAsync(cancellationToken);

        return rows.Select(r => new PracticeSearchHit(
                r.Id, (PracticeKind)r.Kind, r.Title,
                WebUtility.HtmlEncode(r.Snippet).Replace(Open, "<mark>", StringComparison.Ordinal).Replace(Close, "</mark>", StringComparison.Ordinal),
                (PracticeLevel)r.Level))
            .ToList();
    }

    private sealed record Row(Guid Id, int Kind, string Title, int Level, string Snippet);
}
