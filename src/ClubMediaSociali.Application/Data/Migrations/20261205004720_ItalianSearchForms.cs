using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClubMediaSociali.Application.Data.Migrations
{
    /// <inheritdoc />
    public partial class ItalianSearchForms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_members_display_name_trgm",
                table: "members");

            migrationBuilder.DropIndex(
                name: "ix_members_headline_trgm",
                table: "members");

            // Written by hand (the model cannot say them): names and headlines searched without accents keep
            // their trigram indexes, and what members bring and seek is matched by Italian stems, as text is.
            migrationBuilder.Sql("""
                CREATE INDEX ix_members_display_name_trgm ON members USING gin (club_unaccent(display_name) gin_trgm_ops);
                CREATE INDEX ix_members_headline_trgm ON members USING gin (club_unaccent(headline) gin_trgm_ops);
                ALTER TABLE members ADD COLUMN offers_vector tsvector GENERATED ALWAYS AS (
                    to_tsvector('italian', club_unaccent(coalesce(club_tags_text(offers_tags), '')))) STORED;
                ALTER TABLE members ADD COLUMN seeks_vector tsvector GENERATED ALWAYS AS (
                    to_tsvector('italian', club_unaccent(coalesce(club_tags_text(seeks_tags), '')))) STORED;
                CREATE INDEX ix_members_offers_vector ON members USING gin (offers_vector);
                CREATE INDEX ix_members_seeks_vector ON members USING gin (seeks_vector);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE members DROP COLUMN offers_vector, DROP COLUMN seeks_vector;
                DROP INDEX ix_members_display_name_trgm;
                DROP INDEX ix_members_headline_trgm;
                """);

            migrationBuilder.CreateIndex(
                name: "ix_members_display_name_trgm",
                table: "members",
                column: "display_name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_members_headline_trgm",
                table: "members",
                column: "headline")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }
    }
}
