using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClubMediaSociali.Application.Data.Migrations
{
    /// <inheritdoc />
    public partial class AttachmentsAndCvs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid[]>(
                name: "attachment_ids",
                table: "practices",
                type: "uuid[]",
                nullable: false,
                defaultValue: new Guid[0]);

            migrationBuilder.AddColumn<Guid>(
                name: "cv_upload_id",
                table: "opportunity_responses",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid[]>(
                name: "attachment_ids",
                table: "opportunities",
                type: "uuid[]",
                nullable: false,
                defaultValue: new Guid[0]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "attachment_ids",
                table: "practices");

            migrationBuilder.DropColumn(
                name: "cv_upload_id",
                table: "opportunity_responses");

            migrationBuilder.DropColumn(
                name: "attachment_ids",
                table: "opportunities");
        }
    }
}
