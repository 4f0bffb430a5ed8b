using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClubMediaSociali.Application.Data.Migrations
{
    /// <inheritdoc />
    public partial class NotificationTargets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "state",
                table: "notifications",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "target_key",
                table: "notifications",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "target_kind",
                table: "notifications",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "target_part",
                table: "notifications",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            // Notifications already sent keep the page they lead to, now named by its target (ADR-007),
            // and the state of a response, which was stored as its enum's name in the note.
            migrationBuilder.Sql("""
                UPDATE notifications SET
                    target_kind = CASE
                        WHEN link ~ '^/repertorio/[^/#]+/modifica' THEN 2
                        WHEN link ~ '^/repertorio/[^/#]+/versioni/' THEN 3
                        WHEN link ~ '^/repertorio/' THEN 1
                        WHEN link ~ '^/idee/decisioni/' THEN 5
                        WHEN link ~ '^/idee/' THEN 4
                        WHEN link ~ '^/opportunita/[^/#]+/risposte' THEN 7
                        WHEN link ~ '^/opportunita/' THEN 6
                        WHEN link ~ '^/membri/' THEN 8
                        WHEN link ~ '^/aziende/' THEN 9
                        WHEN link ~ '^/riconoscimenti/' THEN 10
                        ELSE 11 END,
                    target_key = coalesce(substring(link FROM '^/(?:idee/decisioni|repertorio|idee|opportunita|membri|aziende|riconoscimenti)/([^/#?]+)'), ''),
                    target_part = coalesce(substring(link FROM '#commento-(.+)$'), substring(link FROM '/versioni/([0-9]+)'));
                UPDATE notifications SET
                    state = CASE note WHEN 'Sent' THEN 0 WHEN 'UnderReview' THEN 1 WHEN 'Selected' THEN 2 WHEN 'NotSelected' THEN 3 ELSE 4 END,
                    note = NULL
                WHERE kind = 'opportunity.response_status';
                UPDATE notifications n SET state = i.status FROM ideas i WHERE n.kind = 'idea.status' AND n.target_key = i.id::text;
                UPDATE notifications SET state = 0 WHERE kind = 'idea.status' AND state IS NULL;
                """);
            migrationBuilder.DropColumn(
                name: "link",
                table: "notifications");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "state",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "target_key",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "target_kind",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "target_part",
                table: "notifications");

            migrationBuilder.AddColumn<string>(
                name: "link",
                table: "notifications",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");
        }
    }
}
