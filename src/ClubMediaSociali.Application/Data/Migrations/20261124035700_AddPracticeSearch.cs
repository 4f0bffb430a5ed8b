using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClubMediaSociali.Application.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddPracticeSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Italian full-text search that ignores accents ("città" finds "citta") and stems plurals
            // ("strategie" finds "strategia"). unaccent() is not immutable, so a generated column needs
            // an immutable wrapper that names its dictionary explicitly.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent;");
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION club_unaccent(text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
                """);
            migrationBuilder.Sql("""
                ALTER TABLE practices ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('italian', club_unaccent(coalesce(title, ''))), 'A') ||
                    setweight(to_tsvector('italian', club_unaccent(coalesce(summary, ''))), 'B') ||
                    setweight(to_tsvector('italian', club_unaccent(coalesce(body_markdown, ''))), 'C')
                ) STORED;
                """);
            migrationBuilder.Sql("CREATE INDEX ix_practices_search_vector ON practices USING gin (search_vector);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_practices_search_vector;");
            migrationBuilder.Sql("ALTER TABLE practices DROP COLUMN IF EXISTS search_vector;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS club_unaccent(text);");
        }
    }
}
