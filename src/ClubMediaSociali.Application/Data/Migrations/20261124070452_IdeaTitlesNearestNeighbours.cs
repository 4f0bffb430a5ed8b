using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClubMediaSociali.Application.Data.Migrations
{
    /// <inheritdoc />
    public partial class IdeaTitlesNearestNeighbours : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_ideas_title_trgm",
                table: "ideas");

            migrationBuilder.CreateIndex(
                name: "ix_ideas_title_trgm",
                table: "ideas",
                column: "title",
                filter: "status <> 6")
                .Annotation("Npgsql:IndexMethod", "gist")
                .Annotation("Npgsql:IndexOperators", new[] { "gist_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_ideas_title_trgm",
                table: "ideas");

            migrationBuilder.CreateIndex(
                name: "ix_ideas_title_trgm",
                table: "ideas",
                column: "title")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }
    }
}
