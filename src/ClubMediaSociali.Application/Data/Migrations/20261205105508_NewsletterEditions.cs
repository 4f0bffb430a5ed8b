using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClubMediaSociali.Application.Data.Migrations
{
    /// <inheritdoc />
    public partial class NewsletterEditions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "newsletter_editions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: true),
                    week_of = table.Column<DateOnly>(type: "date", nullable: false),
                    title_it = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    title_en = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    intro_it = table.Column<string>(type: "character varying(3000)", maxLength: 3000, nullable: false),
                    intro_en = table.Column<string>(type: "character varying(3000)", maxLength: 3000, nullable: false),
                    items = table.Column<string>(type: "jsonb", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    scheduled_for = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    sending_started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    recipients = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_newsletter_editions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "newsletter_deliveries",
                columns: table => new
                {
                    edition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subscriber_id = table.Column<Guid>(type: "uuid", nullable: false),
                    claimed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_newsletter_deliveries", x => new { x.edition_id, x.subscriber_id });
                    table.ForeignKey(
                        name: "fk_newsletter_deliveries_newsletter_editions_edition_id",
                        column: x => x.edition_id,
                        principalTable: "newsletter_editions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_newsletter_deliveries_newsletter_subscribers_subscriber_id",
                        column: x => x.subscriber_id,
                        principalTable: "newsletter_subscribers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_newsletter_deliveries_edition_id_claimed_at",
                table: "newsletter_deliveries",
                columns: new[] { "edition_id", "claimed_at" },
                filter: "sent_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_newsletter_deliveries_subscriber_id",
                table: "newsletter_deliveries",
                column: "subscriber_id");

            migrationBuilder.CreateIndex(
                name: "ix_newsletter_editions_number",
                table: "newsletter_editions",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_newsletter_editions_status_scheduled_for",
                table: "newsletter_editions",
                columns: new[] { "status", "scheduled_for" });

            migrationBuilder.CreateIndex(
                name: "ix_newsletter_editions_week_of",
                table: "newsletter_editions",
                column: "week_of",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "newsletter_deliveries");

            migrationBuilder.DropTable(
                name: "newsletter_editions");
        }
    }
}
