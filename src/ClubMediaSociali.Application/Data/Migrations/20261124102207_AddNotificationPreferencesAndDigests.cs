using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClubMediaSociali.Application.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddNotificationPreferencesAndDigests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "email_checked_at",
                table: "notifications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "confirmed_at",
                table: "newsletter_subscribers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "digest_frequency",
                table: "members",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "last_digest_at",
                table: "members",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "last_visit_at",
                table: "members",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "previous_visit_at",
                table: "members",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "notification_settings",
                columns: table => new
                {
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    channel = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notification_settings", x => new { x.member_id, x.category });
                    table.ForeignKey(
                        name: "fk_notification_settings_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_email_pending",
                table: "notifications",
                column: "created_at",
                filter: "email_checked_at IS NULL");

            // Members who said yes to the digest when joining get it weekly; subscribers from before the
            // double opt-in gave their consent under the previous form and count as confirmed.
            migrationBuilder.Sql("""
                UPDATE members m SET digest_frequency = 2
                WHERE (SELECT c.granted FROM consent_records c WHERE c.member_id = m.id AND c.kind = 2
                       ORDER BY c.recorded_at DESC, c.id DESC LIMIT 1);
                UPDATE newsletter_subscribers SET confirmed_at = consented_at;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notification_settings");

            migrationBuilder.DropIndex(
                name: "ix_notifications_email_pending",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "email_checked_at",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "confirmed_at",
                table: "newsletter_subscribers");

            migrationBuilder.DropColumn(
                name: "digest_frequency",
                table: "members");

            migrationBuilder.DropColumn(
                name: "last_digest_at",
                table: "members");

            migrationBuilder.DropColumn(
                name: "last_visit_at",
                table: "members");

            migrationBuilder.DropColumn(
                name: "previous_visit_at",
                table: "members");
        }
    }
}
