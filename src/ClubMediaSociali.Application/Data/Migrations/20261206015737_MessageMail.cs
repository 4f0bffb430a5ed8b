using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClubMediaSociali.Application.Data.Migrations
{
    /// <inheritdoc />
    public partial class MessageMail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "message_mail_off",
                table: "members",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "mail_due_at",
                table: "conversation_participants",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_conversation_participants_mail_due_at",
                table: "conversation_participants",
                column: "mail_due_at",
                filter: "mail_due_at IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_conversation_participants_mail_due_at",
                table: "conversation_participants");

            migrationBuilder.DropColumn(
                name: "message_mail_off",
                table: "members");

            migrationBuilder.DropColumn(
                name: "mail_due_at",
                table: "conversation_participants");
        }
    }
}
