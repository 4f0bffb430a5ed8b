using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClubMediaSociali.Application.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddReputationAndBadges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "reputation",
                table: "members",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "member_badges",
                columns: table => new
                {
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    badge_key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    awarded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_member_badges", x => new { x.member_id, x.badge_key });
                    table.ForeignKey(
                        name: "fk_member_badges_asp_net_users_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reputation_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    points = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    source_id = table.Column<Guid>(type: "uuid", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_votes = table.Column<bool>(type: "boolean", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reputation_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_reputation_events_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_members_reputation_id",
                table: "members",
                columns: new[] { "reputation", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_member_badges_badge_key_awarded_at",
                table: "member_badges",
                columns: new[] { "badge_key", "awarded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_reputation_events_at",
                table: "reputation_events",
                column: "at")
                .Annotation("Npgsql:IndexInclude", new[] { "member_id", "points" });

            migrationBuilder.CreateIndex(
                name: "ix_reputation_events_member_id_at",
                table: "reputation_events",
                columns: new[] { "member_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_reputation_events_member_id_reason_source_id_actor_id",
                table: "reputation_events",
                columns: new[] { "member_id", "reason", "source_id", "actor_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "member_badges");

            migrationBuilder.DropTable(
                name: "reputation_events");

            migrationBuilder.DropIndex(
                name: "ix_members_reputation_id",
                table: "members");

            migrationBuilder.DropColumn(
                name: "reputation",
                table: "members");
        }
    }
}
