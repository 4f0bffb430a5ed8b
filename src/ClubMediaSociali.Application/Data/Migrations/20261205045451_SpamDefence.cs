using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ClubMediaSociali.Application.Data.Migrations
{
    /// <inheritdoc />
    public partial class SpamDefence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "screening",
                table: "practices",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "screening",
                table: "opportunity_responses",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "screening",
                table: "opportunities",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "profile_screening",
                table: "members",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "suspended_at",
                table: "members",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "suspended_by_id",
                table: "members",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "suspended_for_spam",
                table: "members",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "suspension_reason",
                table: "members",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "screening",
                table: "ideas",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "screening",
                table: "companies",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "screening",
                table: "comments",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "held_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    target_id = table.Column<Guid>(type: "uuid", nullable: false),
                    author_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reasons = table.Column<string[]>(type: "text[]", nullable: false),
                    excerpt = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    held_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    outcome = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_held_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_held_items_asp_net_users_author_id",
                        column: x => x.author_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_held_items_asp_net_users_decided_by_id",
                        column: x => x.decided_by_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "sign_up_origins",
                columns: table => new
                {
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    address_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sign_up_origins", x => x.member_id);
                    table.ForeignKey(
                        name: "fk_sign_up_origins_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "spam_markers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    value = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    added_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    from_member_id = table.Column<Guid>(type: "uuid", nullable: true),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_spam_markers", x => x.id);
                    table.ForeignKey(
                        name: "fk_spam_markers_members_added_by_id",
                        column: x => x.added_by_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_spam_markers_members_from_member_id",
                        column: x => x.from_member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "suspension_appeals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_suspension_appeals", x => x.id);
                    table.ForeignKey(
                        name: "fk_suspension_appeals_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "text_fingerprints",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    author_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    target_id = table.Column<Guid>(type: "uuid", nullable: false),
                    exact = table.Column<long>(type: "bigint", nullable: false),
                    signature = table.Column<int[]>(type: "integer[]", nullable: false),
                    band0 = table.Column<int>(type: "integer", nullable: false),
                    band1 = table.Column<int>(type: "integer", nullable: false),
                    band2 = table.Column<int>(type: "integer", nullable: false),
                    band3 = table.Column<int>(type: "integer", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_text_fingerprints", x => x.id);
                    table.ForeignKey(
                        name: "fk_text_fingerprints_members_author_id",
                        column: x => x.author_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_held_items_author_id",
                table: "held_items",
                column: "author_id");

            migrationBuilder.CreateIndex(
                name: "ix_held_items_decided_by_id",
                table: "held_items",
                column: "decided_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_held_items_held_at",
                table: "held_items",
                column: "held_at",
                filter: "decided_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_held_items_kind_target_id",
                table: "held_items",
                columns: new[] { "kind", "target_id" });

            migrationBuilder.CreateIndex(
                name: "ix_sign_up_origins_address_hash_at",
                table: "sign_up_origins",
                columns: new[] { "address_hash", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_sign_up_origins_at",
                table: "sign_up_origins",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_spam_markers_added_by_id",
                table: "spam_markers",
                column: "added_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_spam_markers_from_member_id",
                table: "spam_markers",
                column: "from_member_id");

            migrationBuilder.CreateIndex(
                name: "ix_spam_markers_kind_value",
                table: "spam_markers",
                columns: new[] { "kind", "value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_suspension_appeals_member_id",
                table: "suspension_appeals",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "ix_suspension_appeals_sent_at",
                table: "suspension_appeals",
                column: "sent_at",
                filter: "closed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_text_fingerprints_at",
                table: "text_fingerprints",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_text_fingerprints_author_id",
                table: "text_fingerprints",
                column: "author_id");

            migrationBuilder.CreateIndex(
                name: "ix_text_fingerprints_band0",
                table: "text_fingerprints",
                column: "band0");

            migrationBuilder.CreateIndex(
                name: "ix_text_fingerprints_band1",
                table: "text_fingerprints",
                column: "band1");

            migrationBuilder.CreateIndex(
                name: "ix_text_fingerprints_band2",
                table: "text_fingerprints",
                column: "band2");

            migrationBuilder.CreateIndex(
                name: "ix_text_fingerprints_band3",
                table: "text_fingerprints",
                column: "band3");

            migrationBuilder.CreateIndex(
                name: "ix_text_fingerprints_exact",
                table: "text_fingerprints",
                column: "exact");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "held_items");

            migrationBuilder.DropTable(
                name: "sign_up_origins");

            migrationBuilder.DropTable(
                name: "spam_markers");

            migrationBuilder.DropTable(
                name: "suspension_appeals");

            migrationBuilder.DropTable(
                name: "text_fingerprints");

            migrationBuilder.DropColumn(
                name: "screening",
                table: "practices");

            migrationBuilder.DropColumn(
                name: "screening",
                table: "opportunity_responses");

            migrationBuilder.DropColumn(
                name: "screening",
                table: "opportunities");

            migrationBuilder.DropColumn(
                name: "profile_screening",
                table: "members");

            migrationBuilder.DropColumn(
                name: "suspended_at",
                table: "members");

            migrationBuilder.DropColumn(
                name: "suspended_by_id",
                table: "members");

            migrationBuilder.DropColumn(
                name: "suspended_for_spam",
                table: "members");

            migrationBuilder.DropColumn(
                name: "suspension_reason",
                table: "members");

            migrationBuilder.DropColumn(
                name: "screening",
                table: "ideas");

            migrationBuilder.DropColumn(
                name: "screening",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "screening",
                table: "comments");
        }
    }
}
