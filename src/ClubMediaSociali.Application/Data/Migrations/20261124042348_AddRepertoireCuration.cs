using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClubMediaSociali.Application.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddRepertoireCuration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "useful_count",
                table: "practices",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "comments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    thread_kind = table.Column<int>(type: "integer", nullable: false),
                    thread_id = table.Column<Guid>(type: "uuid", nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    author_id = table.Column<Guid>(type: "uuid", nullable: true),
                    body_markdown = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    body_html = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    flag_count = table.Column<int>(type: "integer", nullable: false),
                    removed_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    removed_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    edited_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_comments", x => x.id);
                    table.ForeignKey(
                        name: "fk_comments_asp_net_users_author_id",
                        column: x => x.author_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_comments_comments_parent_id",
                        column: x => x.parent_id,
                        principalTable: "comments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "glossary_terms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    term = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    slug = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    definition = table.Column<string>(type: "character varying(1500)", maxLength: 1500, nullable: false),
                    related_practice_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_glossary_terms", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "learning_paths",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slug = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    title = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    intro = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    practice_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_learning_paths", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "method_progress",
                columns: table => new
                {
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    practice_id = table.Column<Guid>(type: "uuid", nullable: false),
                    done_steps = table.Column<int[]>(type: "integer[]", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_method_progress", x => new { x.member_id, x.practice_id });
                    table.ForeignKey(
                        name: "fk_method_progress_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_method_progress_practices_practice_id",
                        column: x => x.practice_id,
                        principalTable: "practices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "practice_revisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    practice_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    author_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    content = table.Column<string>(type: "jsonb", nullable: false),
                    moderator_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    decided_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_practice_revisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_practice_revisions_members_author_id",
                        column: x => x.author_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_practice_revisions_practices_practice_id",
                        column: x => x.practice_id,
                        principalTable: "practices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "practice_useful_marks",
                columns: table => new
                {
                    practice_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_practice_useful_marks", x => new { x.practice_id, x.member_id });
                    table.ForeignKey(
                        name: "fk_practice_useful_marks_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_practice_useful_marks_practices_practice_id",
                        column: x => x.practice_id,
                        principalTable: "practices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "saved_practices",
                columns: table => new
                {
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    practice_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_saved_practices", x => new { x.member_id, x.practice_id });
                    table.ForeignKey(
                        name: "fk_saved_practices_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_saved_practices_practices_practice_id",
                        column: x => x.practice_id,
                        principalTable: "practices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "comment_flags",
                columns: table => new
                {
                    comment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_comment_flags", x => new { x.comment_id, x.member_id });
                    table.ForeignKey(
                        name: "fk_comment_flags_asp_net_users_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_comment_flags_comments_comment_id",
                        column: x => x.comment_id,
                        principalTable: "comments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_practices_status_useful_count_id",
                table: "practices",
                columns: new[] { "status", "useful_count", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_comment_flags_member_id",
                table: "comment_flags",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "ix_comments_author_id",
                table: "comments",
                column: "author_id");

            migrationBuilder.CreateIndex(
                name: "ix_comments_parent_id",
                table: "comments",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_comments_status_created_at",
                table: "comments",
                columns: new[] { "status", "created_at" },
                filter: "status IN (1, 2)");

            migrationBuilder.CreateIndex(
                name: "ix_comments_thread_kind_thread_id_created_at",
                table: "comments",
                columns: new[] { "thread_kind", "thread_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_glossary_terms_slug",
                table: "glossary_terms",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_learning_paths_position",
                table: "learning_paths",
                column: "position");

            migrationBuilder.CreateIndex(
                name: "ix_learning_paths_slug",
                table: "learning_paths",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_method_progress_practice_id",
                table: "method_progress",
                column: "practice_id");

            migrationBuilder.CreateIndex(
                name: "ix_practice_revisions_author_id",
                table: "practice_revisions",
                column: "author_id");

            migrationBuilder.CreateIndex(
                name: "ix_practice_revisions_practice_id_number",
                table: "practice_revisions",
                columns: new[] { "practice_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_practice_revisions_status_submitted_at",
                table: "practice_revisions",
                columns: new[] { "status", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_practice_useful_marks_member_id",
                table: "practice_useful_marks",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "ix_saved_practices_member_id_at",
                table: "saved_practices",
                columns: new[] { "member_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_saved_practices_practice_id",
                table: "saved_practices",
                column: "practice_id");
                    // Tags join the search text (weight B, like the summary). array_to_string is only stable,
            // so an immutable wrapper lets the generated column use it.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION club_tags_text(text[]) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                AS $$ SELECT array_to_string($1, ' ') $$;
                """);
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_practices_search_vector;");
            migrationBuilder.Sql("ALTER TABLE practices DROP COLUMN search_vector;");
            migrationBuilder.Sql("""
                ALTER TABLE practices ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('italian', club_unaccent(coalesce(title, ''))), 'A') ||
                    setweight(to_tsvector('italian', club_unaccent(coalesce(summary, ''))), 'B') ||
                    setweight(to_tsvector('italian', club_unaccent(coalesce(club_tags_text(tags), ''))), 'B') ||
                    setweight(to_tsvector('italian', club_unaccent(coalesce(body_markdown, ''))), 'C')
                ) STORED;
                """);
            migrationBuilder.Sql("CREATE INDEX ix_practices_search_vector ON practices USING gin (search_vector);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_practices_search_vector;");
            migrationBuilder.Sql("ALTER TABLE practices DROP COLUMN search_vector;");
            migrationBuilder.Sql("""
                ALTER TABLE practices ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('italian', club_unaccent(coalesce(title, ''))), 'A') ||
                    setweight(to_tsvector('italian', club_unaccent(coalesce(summary, ''))), 'B') ||
                    setweight(to_tsvector('italian', club_unaccent(coalesce(body_markdown, ''))), 'C')
                ) STORED;
                """);
            migrationBuilder.Sql("CREATE INDEX ix_practices_search_vector ON practices USING gin (search_vector);");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS club_tags_text(text[]);");

            migrationBuilder.DropTable(
                name: "comment_flags");

            migrationBuilder.DropTable(
                name: "glossary_terms");

            migrationBuilder.DropTable(
                name: "learning_paths");

            migrationBuilder.DropTable(
                name: "method_progress");

            migrationBuilder.DropTable(
                name: "practice_revisions");

            migrationBuilder.DropTable(
                name: "practice_useful_marks");

            migrationBuilder.DropTable(
                name: "saved_practices");

            migrationBuilder.DropTable(
                name: "comments");

            migrationBuilder.DropIndex(
                name: "ix_practices_status_useful_count_id",
                table: "practices");

            migrationBuilder.DropColumn(
                name: "useful_count",
                table: "practices");
        }
    }
}
