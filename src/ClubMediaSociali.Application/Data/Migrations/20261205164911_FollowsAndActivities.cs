using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClubMediaSociali.Application.Data.Migrations
{
    /// <inheritdoc />
    public partial class FollowsAndActivities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "activities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    subject_kind = table.Column<int>(type: "integer", nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    part = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    company_id = table.Column<Guid>(type: "uuid", nullable: true),
                    tags = table.Column<string[]>(type: "text[]", nullable: false),
                    role_ids = table.Column<int[]>(type: "integer[]", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activities", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "company_follows",
                columns: table => new
                {
                    follower_id = table.Column<Guid>(type: "uuid", nullable: false),
                    company_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_company_follows", x => new { x.follower_id, x.company_id });
                    table.ForeignKey(
                        name: "fk_company_follows_asp_net_users_follower_id",
                        column: x => x.follower_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_company_follows_companies_company_id",
                        column: x => x.company_id,
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "member_follows",
                columns: table => new
                {
                    follower_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_member_follows", x => new { x.follower_id, x.member_id });
                    table.ForeignKey(
                        name: "fk_member_follows_members_follower_id",
                        column: x => x.follower_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_member_follows_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "role_follows",
                columns: table => new
                {
                    follower_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role_id = table.Column<int>(type: "integer", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_role_follows", x => new { x.follower_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_role_follows_members_follower_id",
                        column: x => x.follower_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_role_follows_professional_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "professional_roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tag_follows",
                columns: table => new
                {
                    follower_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tag = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tag_follows", x => new { x.follower_id, x.tag });
                    table.ForeignKey(
                        name: "fk_tag_follows_members_follower_id",
                        column: x => x.follower_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_activities_actor_id_at",
                table: "activities",
                columns: new[] { "actor_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_activities_at",
                table: "activities",
                columns: new[] { "at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_activities_company_id_at",
                table: "activities",
                columns: new[] { "company_id", "at" },
                filter: "company_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_activities_role_ids",
                table: "activities",
                column: "role_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_activities_subject_id_at",
                table: "activities",
                columns: new[] { "subject_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_activities_tags",
                table: "activities",
                column: "tags")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_company_follows_company_id_at",
                table: "company_follows",
                columns: new[] { "company_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_member_follows_member_id_at",
                table: "member_follows",
                columns: new[] { "member_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_role_follows_role_id_at",
                table: "role_follows",
                columns: new[] { "role_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_tag_follows_tag_at",
                table: "tag_follows",
                columns: new[] { "tag", "at" });

            // The lines of what was there before the bacheca, so that it is not empty on the day it arrives.
            migrationBuilder.Sql(Features.Home.ActivityBackfill.Sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activities");

            migrationBuilder.DropTable(
                name: "company_follows");

            migrationBuilder.DropTable(
                name: "member_follows");

            migrationBuilder.DropTable(
                name: "role_follows");

            migrationBuilder.DropTable(
                name: "tag_follows");
        }
    }
}
