using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClubMediaSociali.Application.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddOpportunities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "author_id",
                table: "opportunities",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "budget_max",
                table: "opportunities",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "budget_min",
                table: "opportunities",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "closed_at",
                table: "opportunities",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "closed_because",
                table: "opportunities",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "company_id",
                table: "opportunities",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "deadline",
                table: "opportunities",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "description_html",
                table: "opportunities",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "description_markdown",
                table: "opportunities",
                type: "character varying(10000)",
                maxLength: 10000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "kind",
                table: "opportunities",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "published_at",
                table: "opportunities",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "region",
                table: "opportunities",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "remote",
                table: "opportunities",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "removed_reason",
                table: "opportunities",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "response_count",
                table: "opportunities",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int[]>(
                name: "role_ids",
                table: "opportunities",
                type: "integer[]",
                nullable: false,
                defaultValue: new int[0]);

            migrationBuilder.AddColumn<string[]>(
                name: "skills",
                table: "opportunities",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                table: "opportunities",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.CreateTable(
                name: "opportunity_responses",
                columns: table => new
                {
                    opportunity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    message = table.Column<string>(type: "character varying(3000)", maxLength: 3000, nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_opportunity_responses", x => new { x.opportunity_id, x.member_id });
                    table.ForeignKey(
                        name: "fk_opportunity_responses_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_opportunity_responses_opportunities_opportunity_id",
                        column: x => x.opportunity_id,
                        principalTable: "opportunities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_author_id",
                table: "opportunities",
                column: "author_id");

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_company_id_status",
                table: "opportunities",
                columns: new[] { "company_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_deadline",
                table: "opportunities",
                column: "deadline",
                filter: "status = 1");

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_open",
                table: "opportunities",
                columns: new[] { "published_at", "id" },
                filter: "status = 1");

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_role_ids",
                table: "opportunities",
                column: "role_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_skills",
                table: "opportunities",
                column: "skills")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_opportunity_responses_member_id_created_at",
                table: "opportunity_responses",
                columns: new[] { "member_id", "created_at" });

            migrationBuilder.AddForeignKey(
                name: "fk_opportunities_companies_company_id",
                table: "opportunities",
                column: "company_id",
                principalTable: "companies",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_opportunities_members_author_id",
                table: "opportunities",
                column: "author_id",
                principalTable: "members",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            // Italian full-text search over title and description, accents ignored, as for practices.
            migrationBuilder.Sql("""
                ALTER TABLE opportunities ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('italian', club_unaccent(coalesce(title, ''))), 'A') ||
                    setweight(to_tsvector('italian', club_unaccent(coalesce(description_markdown, ''))), 'C')
                ) STORED;
                """);
            migrationBuilder.Sql("CREATE INDEX ix_opportunities_search_vector ON opportunities USING gin (search_vector);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_opportunities_search_vector;");
            migrationBuilder.Sql("ALTER TABLE opportunities DROP COLUMN IF EXISTS search_vector;");
            migrationBuilder.DropForeignKey(
                name: "fk_opportunities_companies_company_id",
                table: "opportunities");

            migrationBuilder.DropForeignKey(
                name: "fk_opportunities_members_author_id",
                table: "opportunities");

            migrationBuilder.DropTable(
                name: "opportunity_responses");

            migrationBuilder.DropIndex(
                name: "ix_opportunities_author_id",
                table: "opportunities");

            migrationBuilder.DropIndex(
                name: "ix_opportunities_company_id_status",
                table: "opportunities");

            migrationBuilder.DropIndex(
                name: "ix_opportunities_deadline",
                table: "opportunities");

            migrationBuilder.DropIndex(
                name: "ix_opportunities_open",
                table: "opportunities");

            migrationBuilder.DropIndex(
                name: "ix_opportunities_role_ids",
                table: "opportunities");

            migrationBuilder.DropIndex(
                name: "ix_opportunities_skills",
                table: "opportunities");

            migrationBuilder.DropColumn(
                name: "author_id",
                table: "opportunities");

            migrationBuilder.DropColumn(
                name: "budget_max",
                table: "opportunities");

            migrationBuilder.DropColumn(
                name: "budget_min",
                table: "opportunities");

            migrationBuilder.DropColumn(
                name: "closed_at",
                table: "opportunities");

            migrationBuilder.DropColumn(
                name: "closed_because",
                table: "opportunities");

            migrationBuilder.DropColumn(
                name: "company_id",
                table: "opportunities");

            migrationBuilder.DropColumn(
                name: "deadline",
                table: "opportunities");

            migrationBuilder.DropColumn(
                name: "description_html",
                table: "opportunities");

            migrationBuilder.DropColumn(
                name: "description_markdown",
                table: "opportunities");

            migrationBuilder.DropColumn(
                name: "kind",
                table: "opportunities");

            migrationBuilder.DropColumn(
                name: "published_at",
                table: "opportunities");

            migrationBuilder.DropColumn(
                name: "region",
                table: "opportunities");

            migrationBuilder.DropColumn(
                name: "remote",
                table: "opportunities");

            migrationBuilder.DropColumn(
                name: "removed_reason",
                table: "opportunities");

            migrationBuilder.DropColumn(
                name: "response_count",
                table: "opportunities");

            migrationBuilder.DropColumn(
                name: "role_ids",
                table: "opportunities");

            migrationBuilder.DropColumn(
                name: "skills",
                table: "opportunities");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "opportunities");
        }
    }
}
