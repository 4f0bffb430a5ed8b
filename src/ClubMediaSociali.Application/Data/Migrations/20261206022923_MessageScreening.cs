using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClubMediaSociali.Application.Data.Migrations
{
    /// <inheritdoc />
    public partial class MessageScreening : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "screening",
                table: "messages",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "screening",
                table: "messages");
        }
    }
}
