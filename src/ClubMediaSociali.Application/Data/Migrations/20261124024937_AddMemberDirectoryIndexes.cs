using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClubMediaSociali.Application.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddMemberDirectoryIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_members_joined_at",
                table: "members");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

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

            migrationBuilder.CreateIndex(
                name: "ix_members_joined_at_id",
                table: "members",
                columns: new[] { "joined_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_members_region",
                table: "members",
                column: "region");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_members_display_name_trgm",
                table: "members");

            migrationBuilder.DropIndex(
                name: "ix_members_headline_trgm",
                table: "members");

            migrationBuilder.DropIndex(
                name: "ix_members_joined_at_id",
                table: "members");

            migrationBuilder.DropIndex(
                name: "ix_members_region",
                table: "members");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateIndex(
                name: "ix_members_joined_at",
                table: "members",
                column: "joined_at");
        }
    }
}
