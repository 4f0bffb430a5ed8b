using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace ClubMediaSociali.Application.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddBenchFortunes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "fortunes",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    message = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fortunes", x => x.id);
                });

            migrationBuilder.InsertData(
                table: "fortunes",
                columns: new[] { "id", "message" },
                values: new object[,]
                {
                    { 1, "Chi pubblica ogni giorno senza ascoltare, parla da solo." },
                    { 2, "Un buon piano editoriale si scrive a matita." },
                    { 3, "<script>alert('un commento che vuole troppo')</script>" },
                    { 4, "La community migliore è quella che risponde prima di te." },
                    { 5, "Ogni crisi sui social comincia con un messaggio ignorato." },
                    { 6, "Il dato più utile è quello che qualcuno legge davvero." },
                    { 7, "Meglio tre canali curati che dieci abbandonati." },
                    { 8, "Un marchio si riconosce anche da come chiede scusa." },
                    { 9, "Le idee migliori arrivano dai commenti che non volevi leggere." },
                    { 10, "Chi misura tutto non ha tempo per capire niente." },
                    { 11, "Una fotografia onesta vale più di cento filtri." },
                    { 12, "Àncora, perché e città: anche gli accenti vanno serviti bene." }
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "fortunes");
        }
    }
}
