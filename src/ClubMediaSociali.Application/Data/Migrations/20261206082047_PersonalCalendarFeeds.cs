using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClubMediaSociali.Application.Data.Migrations
{
    /// <inheritdoc />
    public partial class PersonalCalendarFeeds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "calendar_feed_created_at",
                table: "members",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "calendar_feed_hash",
                table: "members",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_members_calendar_feed_hash",
                table: "members",
                column: "calendar_feed_hash",
                unique: true,
                filter: "calendar_feed_hash IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_members_calendar_feed_hash",
                table: "members");

            migrationBuilder.DropColumn(
                name: "calendar_feed_created_at",
                table: "members");

            migrationBuilder.DropColumn(
                name: "calendar_feed_hash",
                table: "members");
        }
    }
}
