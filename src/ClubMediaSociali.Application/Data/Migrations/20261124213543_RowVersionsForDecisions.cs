using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClubMediaSociali.Application.Data.Migrations
{
    /// <inheritdoc />
    public partial class RowVersionsForDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // xmin is PostgreSQL's own system column: Npgsql writes no SQL for these, they only record the mapping.
            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "practices",
                type: "xid",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "practice_revisions",
                type: "xid",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "opportunity_responses",
                type: "xid",
                nullable: false,
                defaultValue: 0u);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "xmin",
                table: "practices");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "practice_revisions");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "opportunity_responses");
        }
    }
}
