using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClubMediaSociali.Application.Data.Migrations
{
    /// <inheritdoc />
    public partial class EventMaterialsPracticesAndPoints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "source_event_id",
                table: "practices",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "materials",
                table: "events",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<Guid>(
                name: "practice_id",
                table: "events",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "reputation_checked_at",
                table: "events",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_practices_source_event_id",
                table: "practices",
                column: "source_event_id");

            migrationBuilder.CreateIndex(
                name: "ix_events_practice_id",
                table: "events",
                column: "practice_id");

            migrationBuilder.CreateIndex(
                name: "ix_events_reputation_due",
                table: "events",
                column: "ends_at",
                filter: "reputation_checked_at IS NULL");

            migrationBuilder.AddForeignKey(
                name: "fk_events_practices_practice_id",
                table: "events",
                column: "practice_id",
                principalTable: "practices",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_practices_events_source_event_id",
                table: "practices",
                column: "source_event_id",
                principalTable: "events",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_events_practices_practice_id",
                table: "events");

            migrationBuilder.DropForeignKey(
                name: "fk_practices_events_source_event_id",
                table: "practices");

            migrationBuilder.DropIndex(
                name: "ix_practices_source_event_id",
                table: "practices");

            migrationBuilder.DropIndex(
                name: "ix_events_practice_id",
                table: "events");

            migrationBuilder.DropIndex(
                name: "ix_events_reputation_due",
                table: "events");

            migrationBuilder.DropColumn(
                name: "source_event_id",
                table: "practices");

            migrationBuilder.DropColumn(
                name: "materials",
                table: "events");

            migrationBuilder.DropColumn(
                name: "practice_id",
                table: "events");

            migrationBuilder.DropColumn(
                name: "reputation_checked_at",
                table: "events");
        }
    }
}
