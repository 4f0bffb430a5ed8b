using ClubMediaSociali.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Search;

/// <summary>
/// Italian full-text matching over the generated search_vector columns (stems, so plurals match singulars;
/// club_unaccent, so "perche" finds "perché"). The columns live only in SQL: these give the matching ids,
/// for the list queries to filter by.
/// </summary>
public static class TextSearch
{
    public static IQueryable<Guid> Ideas(ClubDbContext db, string text) =>
        db.Database.SqlQuery<Guid>($"""
            SELECT i.id AS "Value" FROM ideas i, websearch_to_tsquery('italian', club_unaccent({text})) q WHERE i.search_vector @@ q
            """);

    public static IQueryable<Guid> Members(ClubDbContext db, string text) =>
        db.Database.SqlQuery<Guid>($"""
            SELECT m.id AS "Value" FROM members m, websearch_to_tsquery('italian', club_unaccent({text})) q WHERE m.search_vector @@ q
            """);

    public static IQueryable<Guid> Companies(ClubDbContext db, string text) =>
        db.Database.SqlQuery<Guid>($"""
            SELECT c.id AS "Value" FROM companies c, websearch_to_tsquery('italian', club_unaccent({text})) q WHERE c.search_vector @@ q
            """);

    public static IQueryable<Guid> Practices(ClubDbContext db, string text) =>
        db.Database.SqlQuery<Guid>($"""
            SELECT p.id AS "Value" FROM practices p, websearch_to_tsquery('italian', club_unaccent({text})) q WHERE p.search_vector @@ q
            """);

    public static IQueryable<Guid> Opportunities(ClubDbContext db, string text) =>
        db.Database.SqlQuery<Guid>($"""
            SELECT o.id AS "Value" FROM opportunities o, websearch_to_tsquery('italian', club_unaccent({text})) q WHERE o.search_vector @@ q
            """);
}
