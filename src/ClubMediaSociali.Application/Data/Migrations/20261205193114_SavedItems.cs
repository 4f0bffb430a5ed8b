using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClubMediaSociali.Application.Data.Migrations
{
    /// <inheritdoc />
    public partial class SavedItems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "saved_items",
                columns: table => new
                {
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_saved_items", x => new { x.member_id, x.kind, x.item_id });
                    table.ForeignKey(
                        name: "fk_saved_items_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_saved_items_member_id_at_item_id",
                table: "saved_items",
                columns: new[] { "member_id", "at", "item_id" });

            migrationBuilder.CreateIndex(
                name: "ix_saved_items_member_id_kind_at_item_id",
                table: "saved_items",
                columns: new[] { "member_id", "kind", "at", "item_id" });

            // Saved practices become saved items of kind Practice (1), keeping when they were saved.
            migrationBuilder.Sql("INSERT INTO saved_items (member_id, kind, item_id, at) SELECT member_id, 1, practice_id, at FROM saved_practices;");
            migrationBuilder.DropTable(
                name: "saved_practices");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "saved_practices",
                columns: table => new
                {
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    practice_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_saved_practices", x => new { x.member_id, x.practice_id });
                    table.ForeignKey(
                        name: "fk_saved_practices_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_saved_practices_practices_practice_id",
                        column: x => x.practice_id,
                        principalTable: "practices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_saved_practices_member_id_at",
                table: "saved_practices",
                columns: new[] { "member_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_saved_practices_practice_id",
                table: "saved_practices",
                column: "practice_id");

            migrationBuilder.Sql("INSERT INTO saved_practices (member_id, practice_id, at) SELECT s.member_id, s.item_id, s.at FROM saved_items s JOIN practices p ON p.id = s.item_id WHERE s.kind = 1;");
            migrationBuilder.DropTable(
                name: "saved_items");
        }
    }
}
