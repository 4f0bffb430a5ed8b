using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClubMediaSociali.Application.Data.Migrations
{
    /// <inheritdoc />
    public partial class TextFingerprintBands : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "band0",
                table: "text_fingerprints",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "band1",
                table: "text_fingerprints",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "band2",
                table: "text_fingerprints",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "band3",
                table: "text_fingerprints",
                type: "integer",
                nullable: false,
                defaultValue: 0);

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
            migrationBuilder.DropIndex(
                name: "ix_text_fingerprints_band0",
                table: "text_fingerprints");

            migrationBuilder.DropIndex(
                name: "ix_text_fingerprints_band1",
                table: "text_fingerprints");

            migrationBuilder.DropIndex(
                name: "ix_text_fingerprints_band2",
                table: "text_fingerprints");

            migrationBuilder.DropIndex(
                name: "ix_text_fingerprints_band3",
                table: "text_fingerprints");

            migrationBuilder.DropIndex(
                name: "ix_text_fingerprints_exact",
                table: "text_fingerprints");

            migrationBuilder.DropColumn(
                name: "band0",
                table: "text_fingerprints");

            migrationBuilder.DropColumn(
                name: "band1",
                table: "text_fingerprints");

            migrationBuilder.DropColumn(
                name: "band2",
                table: "text_fingerprints");

            migrationBuilder.DropColumn(
                name: "band3",
                table: "text_fingerprints");
        }
    }
}
