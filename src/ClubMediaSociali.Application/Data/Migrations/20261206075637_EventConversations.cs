using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClubMediaSociali.Application.Data.Migrations
{
    /// <inheritdoc />
    public partial class EventConversations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "event_id",
                table: "conversations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "registrant_id",
                table: "conversations",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_conversations_event_id_registrant_id",
                table: "conversations",
                columns: new[] { "event_id", "registrant_id" });

            migrationBuilder.AddCheckConstraint(
                name: "ck_conversations_event",
                table: "conversations",
                sql: "(event_id IS NULL) = (registrant_id IS NULL)");

            migrationBuilder.AddForeignKey(
                name: "fk_conversations_events_event_id",
                table: "conversations",
                column: "event_id",
                principalTable: "events",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_conversations_events_event_id",
                table: "conversations");

            migrationBuilder.DropIndex(
                name: "ix_conversations_event_id_registrant_id",
                table: "conversations");

            migrationBuilder.DropCheckConstraint(
                name: "ck_conversations_event",
                table: "conversations");

            migrationBuilder.DropColumn(
                name: "event_id",
                table: "conversations");

            migrationBuilder.DropColumn(
                name: "registrant_id",
                table: "conversations");
        }
    }
}
