using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClubMediaSociali.Application.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddGlobalSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Italian full-text search (stems and accents) over ideas, members and companies, as practices and
            // opportunities already have: generated columns that live only in SQL, each with a GIN index.
            migrationBuilder.Sql("""
                ALTER TABLE ideas ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('italian', club_unaccent(coalesce(title, ''))), 'A') ||
                    setweight(to_tsvector('italian', club_unaccent(coalesce(body_markdown, ''))), 'C')) STORED;
                CREATE INDEX ix_ideas_search_vector ON ideas USING gin (search_vector);
                ALTER TABLE members ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('italian', club_unaccent(coalesce(display_name, ''))), 'A') ||
                    setweight(to_tsvector('italian', club_unaccent(coalesce(headline, '') || ' ' || coalesce(company_name, ''))), 'B') ||
                    setweight(to_tsvector('italian', club_unaccent(coalesce(offers_text, '') || ' ' || coalesce(seeks_text, ''))), 'C')) STORED;
                CREATE INDEX ix_members_search_vector ON members USING gin (search_vector);
                ALTER TABLE companies ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('italian', club_unaccent(coalesce(name, ''))), 'A') ||
                    setweight(to_tsvector('italian', club_unaccent(coalesce(sector, ''))), 'B') ||
                    setweight(to_tsvector('italian', club_unaccent(coalesce(description_markdown, ''))), 'C')) STORED;
                CREATE INDEX ix_companies_search_vector ON companies USING gin (search_vector);
                """);


        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE ideas DROP COLUMN IF EXISTS search_vector;
                ALTER TABLE members DROP COLUMN IF EXISTS search_vector;
                ALTER TABLE companies DROP COLUMN IF EXISTS search_vector;
                """);


        }
    }
}
