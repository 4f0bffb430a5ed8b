using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClubMediaSociali.Application.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddPracticesAndNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_practices_status_published_at",
                table: "practices");

            migrationBuilder.AddColumn<Guid>(
                name: "author_id",
                table: "practices",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "body_html",
                table: "practices",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "body_markdown",
                table: "practices",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string[]>(
                name: "channels",
                table: "practices",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<bool>(
                name: "featured",
                table: "practices",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "kind",
                table: "practices",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "level",
                table: "practices",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "moderator_note",
                table: "practices",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "resource_format",
                table: "practices",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "resource_url",
                table: "practices",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string[]>(
                name: "steps",
                table: "practices",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<string>(
                name: "story_organisation",
                table: "practices",
                type: "character varying(160)",
                maxLength: 160,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "story_outcome",
                table: "practices",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "story_sector",
                table: "practices",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "story_year",
                table: "practices",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "submitted_at",
                table: "practices",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "summary",
                table: "practices",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string[]>(
                name: "tags",
                table: "practices",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<int[]>(
                name: "target_role_ids",
                table: "practices",
                type: "integer[]",
                nullable: false,
                defaultValue: new int[0]);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                table: "practices",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    link = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => x.id);
                    table.ForeignKey(
                        name: "fk_notifications_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_practices_author_id_updated_at",
                table: "practices",
                columns: new[] { "author_id", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_practices_channels",
                table: "practices",
                column: "channels")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_practices_status_published_at_id",
                table: "practices",
                columns: new[] { "status", "published_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_practices_status_submitted_at",
                table: "practices",
                columns: new[] { "status", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_practices_tags",
                table: "practices",
                column: "tags")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_practices_target_role_ids",
                table: "practices",
                column: "target_role_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_member_id_created_at",
                table: "notifications",
                columns: new[] { "member_id", "created_at" });

            migrationBuilder.AddForeignKey(
                name: "fk_practices_members_author_id",
                table: "practices",
                column: "author_id",
                principalTable: "members",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_practices_members_author_id",
                table: "practices");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropIndex(
                name: "ix_practices_author_id_updated_at",
                table: "practices");

            migrationBuilder.DropIndex(
                name: "ix_practices_channels",
                table: "practices");

            migrationBuilder.DropIndex(
                name: "ix_practices_status_published_at_id",
                table: "practices");

            migrationBuilder.DropIndex(
                name: "ix_practices_status_submitted_at",
                table: "practices");

            migrationBuilder.DropIndex(
                name: "ix_practices_tags",
                table: "practices");

            migrationBuilder.DropIndex(
                name: "ix_practices_target_role_ids",
                table: "practices");

            migrationBuilder.DropColumn(
                name: "author_id",
                table: "practices");

            migrationBuilder.DropColumn(
                name: "body_html",
                table: "practices");

            migrationBuilder.DropColumn(
                name: "body_markdown",
                table: "practices");

            migrationBuilder.DropColumn(
                name: "channels",
                table: "practices");

            migrationBuilder.DropColumn(
                name: "featured",
                table: "practices");

            migrationBuilder.DropColumn(
                name: "kind",
                table: "practices");

            migrationBuilder.DropColumn(
                name: "level",
                table: "practices");

            migrationBuilder.DropColumn(
                name: "moderator_note",
                table: "practices");

            migrationBuilder.DropColumn(
                name: "resource_format",
                table: "practices");

            migrationBuilder.DropColumn(
                name: "resource_url",
                table: "practices");

            migrationBuilder.DropColumn(
                name: "steps",
                table: "practices");

            migrationBuilder.DropColumn(
                name: "story_organisation",
                table: "practices");

            migrationBuilder.DropColumn(
                name: "story_outcome",
                table: "practices");

            migrationBuilder.DropColumn(
                name: "story_sector",
                table: "practices");

            migrationBuilder.DropColumn(
                name: "story_year",
                table: "practices");

            migrationBuilder.DropColumn(
                name: "submitted_at",
                table: "practices");

            migrationBuilder.DropColumn(
                name: "summary",
                table: "practices");

            migrationBuilder.DropColumn(
                name: "tags",
                table: "practices");

            migrationBuilder.DropColumn(
                name: "target_role_ids",
                table: "practices");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "practices");

            migrationBuilder.CreateIndex(
                name: "ix_practices_status_published_at",
                table: "practices",
                columns: new[] { "status", "published_at" });
        }
    }
}
