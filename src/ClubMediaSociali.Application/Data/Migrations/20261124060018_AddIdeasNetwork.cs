using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClubMediaSociali.Application.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddIdeasNetwork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The ranking formulas of IdeaRanking, for the vote statement to store new scores itself.
            migrationBuilder.Sql("""
                CREATE FUNCTION club_idea_hot(votes_for integer, votes_against integer, posted_at timestamptz)
                RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                    SELECT sign(votes_for - votes_against)::double precision * log(greatest(abs(votes_for - votes_against), 1)::double precision)
                         + (extract(epoch FROM posted_at)::double precision - 1134028003) / 45000
                $$;
                CREATE FUNCTION club_idea_wilson(votes_for integer, votes_against integer)
                RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                    SELECT CASE WHEN votes_for + votes_against = 0 THEN 0::double precision ELSE
                        (p + z * z / (2 * n) - z * sqrt((p * (1 - p) + z * z / (4 * n)) / n)) / (1 + z * z / n) END
                    FROM (SELECT votes_for::double precision / nullif(votes_for + votes_against, 0) AS p,
                                 (votes_for + votes_against)::double precision AS n,
                                 1.959963984540054::double precision AS z) AS v
                $$;
                """);

            migrationBuilder.DropIndex(
                name: "ix_ideas_status_created_at",
                table: "ideas");

            migrationBuilder.AddColumn<Guid>(
                name: "source_idea_id",
                table: "practices",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "author_id",
                table: "ideas",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "body_html",
                table: "ideas",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "body_markdown",
                table: "ideas",
                type: "character varying(10000)",
                maxLength: 10000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "comment_count",
                table: "ideas",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "duplicate_of_id",
                table: "ideas",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "engaged_at",
                table: "ideas",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "hot_score",
                table: "ideas",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<Guid>(
                name: "practice_id",
                table: "ideas",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int[]>(
                name: "role_ids",
                table: "ideas",
                type: "integer[]",
                nullable: false,
                defaultValue: new int[0]);

            migrationBuilder.AddColumn<string[]>(
                name: "tags",
                table: "ideas",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                table: "ideas",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<int>(
                name: "votes_against",
                table: "ideas",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "votes_for",
                table: "ideas",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<double>(
                name: "wilson_score",
                table: "ideas",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.CreateTable(
                name: "idea_decisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    idea_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_status = table.Column<int>(type: "integer", nullable: false),
                    to_status = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    decided_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idea_decisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_idea_decisions_asp_net_users_decided_by_id",
                        column: x => x.decided_by_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_idea_decisions_ideas_idea_id",
                        column: x => x.idea_id,
                        principalTable: "ideas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "idea_followers",
                columns: table => new
                {
                    idea_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idea_followers", x => new { x.idea_id, x.member_id });
                    table.ForeignKey(
                        name: "fk_idea_followers_asp_net_users_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_idea_followers_ideas_idea_id",
                        column: x => x.idea_id,
                        principalTable: "ideas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "idea_votes",
                columns: table => new
                {
                    idea_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    value = table.Column<short>(type: "smallint", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idea_votes", x => new { x.idea_id, x.member_id });
                    table.ForeignKey(
                        name: "fk_idea_votes_asp_net_users_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_idea_votes_ideas_idea_id",
                        column: x => x.idea_id,
                        principalTable: "ideas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_practices_source_idea_id",
                table: "practices",
                column: "source_idea_id");

            migrationBuilder.CreateIndex(
                name: "ix_ideas_author_id_created_at",
                table: "ideas",
                columns: new[] { "author_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_ideas_discussed",
                table: "ideas",
                columns: new[] { "comment_count", "id" },
                filter: "status <> 6");

            migrationBuilder.CreateIndex(
                name: "ix_ideas_duplicate_of_id",
                table: "ideas",
                column: "duplicate_of_id");

            migrationBuilder.CreateIndex(
                name: "ix_ideas_hot",
                table: "ideas",
                columns: new[] { "hot_score", "id" },
                filter: "status <> 6");

            migrationBuilder.CreateIndex(
                name: "ix_ideas_new",
                table: "ideas",
                columns: new[] { "created_at", "id" },
                filter: "status <> 6");

            migrationBuilder.CreateIndex(
                name: "ix_ideas_tags",
                table: "ideas",
                column: "tags")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_ideas_title_trgm",
                table: "ideas",
                column: "title")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_ideas_wilson",
                table: "ideas",
                columns: new[] { "wilson_score", "id" },
                filter: "status <> 6");

            migrationBuilder.CreateIndex(
                name: "ix_idea_decisions_at_id",
                table: "idea_decisions",
                columns: new[] { "at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_idea_decisions_decided_by_id",
                table: "idea_decisions",
                column: "decided_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_idea_decisions_idea_id_at",
                table: "idea_decisions",
                columns: new[] { "idea_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_idea_followers_member_id",
                table: "idea_followers",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "ix_idea_votes_member_id_at",
                table: "idea_votes",
                columns: new[] { "member_id", "at" });

            migrationBuilder.AddForeignKey(
                name: "fk_ideas_asp_net_users_author_id",
                table: "ideas",
                column: "author_id",
                principalTable: "members",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_ideas_ideas_duplicate_of_id",
                table: "ideas",
                column: "duplicate_of_id",
                principalTable: "ideas",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_practices_ideas_source_idea_id",
                table: "practices",
                column: "source_idea_id",
                principalTable: "ideas",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION club_idea_hot(integer, integer, timestamptz); DROP FUNCTION club_idea_wilson(integer, integer);");

            migrationBuilder.DropForeignKey(
                name: "fk_ideas_asp_net_users_author_id",
                table: "ideas");

            migrationBuilder.DropForeignKey(
                name: "fk_ideas_ideas_duplicate_of_id",
                table: "ideas");

            migrationBuilder.DropForeignKey(
                name: "fk_practices_ideas_source_idea_id",
                table: "practices");

            migrationBuilder.DropTable(
                name: "idea_decisions");

            migrationBuilder.DropTable(
                name: "idea_followers");

            migrationBuilder.DropTable(
                name: "idea_votes");

            migrationBuilder.DropIndex(
                name: "ix_practices_source_idea_id",
                table: "practices");

            migrationBuilder.DropIndex(
                name: "ix_ideas_author_id_created_at",
                table: "ideas");

            migrationBuilder.DropIndex(
                name: "ix_ideas_discussed",
                table: "ideas");

            migrationBuilder.DropIndex(
                name: "ix_ideas_duplicate_of_id",
                table: "ideas");

            migrationBuilder.DropIndex(
                name: "ix_ideas_hot",
                table: "ideas");

            migrationBuilder.DropIndex(
                name: "ix_ideas_new",
                table: "ideas");

            migrationBuilder.DropIndex(
                name: "ix_ideas_tags",
                table: "ideas");

            migrationBuilder.DropIndex(
                name: "ix_ideas_title_trgm",
                table: "ideas");

            migrationBuilder.DropIndex(
                name: "ix_ideas_wilson",
                table: "ideas");

            migrationBuilder.DropColumn(
                name: "source_idea_id",
                table: "practices");

            migrationBuilder.DropColumn(
                name: "author_id",
                table: "ideas");

            migrationBuilder.DropColumn(
                name: "body_html",
                table: "ideas");

            migrationBuilder.DropColumn(
                name: "body_markdown",
                table: "ideas");

            migrationBuilder.DropColumn(
                name: "comment_count",
                table: "ideas");

            migrationBuilder.DropColumn(
                name: "duplicate_of_id",
                table: "ideas");

            migrationBuilder.DropColumn(
                name: "engaged_at",
                table: "ideas");

            migrationBuilder.DropColumn(
                name: "hot_score",
                table: "ideas");

            migrationBuilder.DropColumn(
                name: "practice_id",
                table: "ideas");

            migrationBuilder.DropColumn(
                name: "role_ids",
                table: "ideas");

            migrationBuilder.DropColumn(
                name: "tags",
                table: "ideas");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "ideas");

            migrationBuilder.DropColumn(
                name: "votes_against",
                table: "ideas");

            migrationBuilder.DropColumn(
                name: "votes_for",
                table: "ideas");

            migrationBuilder.DropColumn(
                name: "wilson_score",
                table: "ideas");

            migrationBuilder.CreateIndex(
                name: "ix_ideas_status_created_at",
                table: "ideas",
                columns: new[] { "status", "created_at" });
        }
    }
}
