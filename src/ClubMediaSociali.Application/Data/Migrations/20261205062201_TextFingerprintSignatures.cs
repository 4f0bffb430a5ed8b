using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClubMediaSociali.Application.Data.Migrations
{
    /// <inheritdoc />
    public partial class TextFingerprintSignatures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "similar",
                table: "text_fingerprints");

            migrationBuilder.AddColumn<int[]>(
                name: "signature",
                table: "text_fingerprints",
                type: "integer[]",
                nullable: false,
                defaultValue: new int[0]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "signature",
                table: "text_fingerprints");

            migrationBuilder.AddColumn<long>(
                name: "similar",
                table: "text_fingerprints",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
        }
    }
}
