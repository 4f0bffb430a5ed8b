using ClubMediaSociali.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Search;

/// <summary>
/// Italian full-text matching over the generated search_vector columns: the query's words in all their
/// forms (<see cref="ItalianQuery"/>), stemmed as the text was, so plurals match singulars and "perche"
/// finds "perché". The columns live only in SQL: these give the matching ids, for the list queries to filter by.
/// </summary>
public static class TextSearch
{
    public static IQueryable<Guid> Ideas(ClubDbContext db, string text) =>
        db.Database.SqlQuery<Guid>($"""
            SELECT i.id AS "Value" FROM ideas i, to_tsquery('italian', {ItalianQuery.ToTsQuery(text)}) q WHERE i.search_vector @@ q
            """);

    public static IQueryable<Guid> Members(ClubDbContext db, string text) =>
        db.Database.SqlQuery<Guid>($"""
            SELECT m.id AS "Value" FROM members m, to_tsquery('italian', {ItalianQuery.ToTsQuery(text)}) q WHERE m.search_vector @@ q
            """);

    public static IQueryable<Guid> Companies(ClubDbContext db, string text) =>
        db.Database.SqlQuery<Guid>($"""
            SELECT c.id AS "Value" FROM companies c, to_tsquery('italian', {ItalianQuery.ToTsQuery(text)}) q WHERE c.search_vector @@ q
            """);

    public static IQueryable<Guid> Practices(ClubDbContext db, string text) =>
        db.Database.SqlQuery<Guid>($"""
            SELECT p.id AS "Value" FROM practices p, to_tsquery('italian', {ItalianQuery.ToTsQuery(text)}) q WHERE p.search_vector @@ q
            """);

    public static IQueryable<Guid> Opportunities(ClubDbContext db, string text) =>
        db.Database.SqlQuery<Guid>($"""
            SELECT o.id AS "Value" FROM opportunities o, to_tsquery('italian', {ItalianQuery.ToTsQuery(text)}) q WHERE o.search_vector @@ q
            """);

    public static IQueryable<Guid> Events(ClubDbContext db, string text) =>
        db.Database.SqlQuery<Guid>($"""
            SELECT e.id AS "Value" FROM events e, to_tsquery('italian', {ItalianQuery.ToTsQuery(text)}) q WHERE e.search_vector @@ q
            """);

    /// <summary>Members who bring what <paramref name="tsQuery"/> (from <see cref="ItalianQuery"/>) asks for, in their tags.</summary>
    public static IQueryable<Guid> MembersBringing(ClubDbContext db, string tsQuery) =>
        db.Database.SqlQuery<Guid>($"""
            SELECT m.id AS "Value" FROM members m WHERE m.offers_vector @@ to_tsquery('italian', {tsQuery})
            """);

    /// <summary>Members who seek what <paramref name="tsQuery"/> (from <see cref="ItalianQuery"/>) names, in their tags.</summary>
    public static IQueryable<Guid> MembersSeeking(ClubDbContext db, string tsQuery) =>
        db.Database.SqlQuery<Guid>($"""
            SELECT m.id AS "Value" FROM members m WHERE m.seeks_vector @@ to_tsquery('italian', {tsQuery})
            """);

    /// <summary>
    /// The ILIKE pattern for a part of a name (escape character '\'), without accents as the text is compared
    /// through <see cref="ClubDbContext.Unaccent"/>: "pubblicita" and "pubblicità" find the same names.
    /// </summary>
    public static string ContainsPattern(string text)
    {
        var plain = ItalianQuery.Unaccented(text.Trim());
        return "%" + plain.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
    }
}
