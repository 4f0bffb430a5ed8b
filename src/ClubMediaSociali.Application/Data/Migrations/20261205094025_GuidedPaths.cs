using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClubMediaSociali.Application.Data.Migrations
{
    /// <inheritdoc />
    public partial class GuidedPaths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_draft",
                table: "learning_paths",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "learning_path_progress",
                columns: table => new
                {
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    path_id = table.Column<Guid>(type: "uuid", nullable: false),
                    done_practice_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_learning_path_progress", x => new { x.member_id, x.path_id });
                    table.ForeignKey(
                        name: "fk_learning_path_progress_asp_net_users_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_learning_path_progress_learning_paths_path_id",
                        column: x => x.path_id,
                        principalTable: "learning_paths",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "learning_path_steps",
                columns: table => new
                {
                    path_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    practice_id = table.Column<Guid>(type: "uuid", nullable: false),
                    note = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_learning_path_steps", x => new { x.path_id, x.number });
                    table.ForeignKey(
                        name: "fk_learning_path_steps_learning_paths_path_id",
                        column: x => x.path_id,
                        principalTable: "learning_paths",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_learning_path_steps_practices_practice_id",
                        column: x => x.practice_id,
                        principalTable: "practices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            // The practices of each existing path become its steps, in the same order, with no note yet;
            // a practice deleted since then is left out.
            migrationBuilder.Sql("""
                INSERT INTO learning_path_steps (path_id, number, practice_id, note)
                SELECT p.id, row_number() OVER (PARTITION BY p.id ORDER BY x.ordinality), x.practice_id, ''
                FROM learning_paths p
                CROSS JOIN LATERAL unnest(p.practice_ids) WITH ORDINALITY AS x(practice_id, ordinality)
                WHERE EXISTS (SELECT 1 FROM practices WHERE practices.id = x.practice_id)
                """);

            migrationBuilder.DropColumn(
                name: "practice_ids",
                table: "learning_paths");

            migrationBuilder.CreateIndex(
                name: "ix_learning_path_progress_path_id",
                table: "learning_path_progress",
                column: "path_id");

            migrationBuilder.CreateIndex(
                name: "ix_learning_path_steps_practice_id",
                table: "learning_path_steps",
                column: "practice_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "learning_path_progress");

            migrationBuilder.DropTable(
                name: "learning_path_steps");

            migrationBuilder.DropColumn(
                name: "is_draft",
                table: "learning_paths");

            migrationBuilder.AddColumn<Guid[]>(
                name: "practice_ids",
                table: "learning_paths",
                type: "uuid[]",
                nullable: false,
                defaultValue: new Guid[0]);
        }
    }
}
