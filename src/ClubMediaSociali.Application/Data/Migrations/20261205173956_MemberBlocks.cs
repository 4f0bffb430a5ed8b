using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClubMediaSociali.Application.Data.Migrations
{
    /// <inheritdoc />
    public partial class MemberBlocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "member_blocks",
                columns: table => new
                {
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    other_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_member_blocks", x => new { x.member_id, x.other_id });
                    table.ForeignKey(
                        name: "fk_member_blocks_asp_net_users_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_member_blocks_asp_net_users_other_id",
                        column: x => x.other_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_member_blocks_other_id_kind",
                table: "member_blocks",
                columns: new[] { "other_id", "kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "member_blocks");
        }
    }
}
