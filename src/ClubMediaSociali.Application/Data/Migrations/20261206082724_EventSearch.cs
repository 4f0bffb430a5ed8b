using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClubMediaSociali.Application.Data.Migrations
{
    /// <inheritdoc />
    public partial class EventSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Italian full-text matching of events, as for the other kinds: title first, then tags and place, then the description.
            migrationBuilder.Sql("""
                ALTER TABLE events ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('italian', club_unaccent(coalesce(title, ''))), 'A') ||
                    setweight(to_tsvector('italian', club_unaccent(coalesce(club_tags_text(tags), '') || ' ' || coalesce(venue, '') || ' ' || coalesce(city, ''))), 'B') ||
                    setweight(to_tsvector('italian', club_unaccent(coalesce(description_markdown, ''))), 'C')
                ) STORED;
                CREATE INDEX ix_events_search_vector ON events USING gin (search_vector);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE events DROP COLUMN search_vector;");
        }
    }
}
