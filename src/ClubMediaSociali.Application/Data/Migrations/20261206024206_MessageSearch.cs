using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClubMediaSociali.Application.Data.Migrations
{
    /// <inheritdoc />
    public partial class MessageSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Searching one's messages (SearchMyConversations): an expression index rather than a stored column, on the
            // biggest table; the query repeats the expression exactly.
            migrationBuilder.Sql("CREATE INDEX ix_messages_search ON messages USING gin (to_tsvector('italian', club_unaccent(body_markdown)));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_messages_search;");
        }
    }
}
