using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace ClubMediaSociali.Application.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "text", nullable: true),
                    xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "ideas",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ideas", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "newsletter_subscribers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    privacy_policy_version = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    consented_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_newsletter_subscribers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "opportunities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_opportunities", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "practices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_practices", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "professional_role_groups",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    name_it = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    name_en = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_professional_role_groups", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "roles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "professional_roles",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:IdentitySequenceOptions", "'1000', '1', '', '', 'False', '1'")
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    group_id = table.Column<int>(type: "integer", nullable: false),
                    name_it = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    name_en = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_professional_roles", x => x.id);
                    table.ForeignKey(
                        name: "fk_professional_roles_professional_role_groups_group_id",
                        column: x => x.group_id,
                        principalTable: "professional_role_groups",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "role_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    role_id = table.Column<Guid>(type: "uuid", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_role_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_role_claims_asp_net_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "members",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    display_name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    handle = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    joined_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    primary_role_id = table.Column<int>(type: "integer", nullable: false),
                    secondary_role_ids = table.Column<int[]>(type: "integer[]", nullable: false),
                    headline = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: true),
                    bio_markdown = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    bio_html = table.Column<string>(type: "text", nullable: true),
                    company_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    city = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    region = table.Column<int>(type: "integer", nullable: true),
                    website_url = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    linked_in_url = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    x_url = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    facebook_url = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    instagram_url = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    you_tube_url = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    skills = table.Column<string[]>(type: "text[]", nullable: false),
                    offers_tags = table.Column<string[]>(type: "text[]", nullable: false),
                    offers_text = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: true),
                    seeks_tags = table.Column<string[]>(type: "text[]", nullable: false),
                    seeks_text = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: true),
                    visibility = table.Column<int>(type: "integer", nullable: false),
                    show_email_to_contacts = table.Column<bool>(type: "boolean", nullable: false),
                    culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    password_hash = table.Column<string>(type: "text", nullable: true),
                    security_stamp = table.Column<string>(type: "text", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true),
                    phone_number = table.Column<string>(type: "text", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    access_failed_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_members_professional_roles_primary_role_id",
                        column: x => x.primary_role_id,
                        principalTable: "professional_roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "consent_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    granted = table.Column<bool>(type: "boolean", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consent_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_consent_records_asp_net_users_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "member_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_member_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_member_claims_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "member_logins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    provider_key = table.Column<string>(type: "text", nullable: false),
                    provider_display_name = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_member_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_member_logins_members_user_id",
                        column: x => x.user_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "member_roles",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_member_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_member_roles_asp_net_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_member_roles_members_user_id",
                        column: x => x.user_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "member_tokens",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_member_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_member_tokens_members_user_id",
                        column: x => x.user_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "professional_role_groups",
                columns: new[] { "id", "key", "name_en", "name_it", "sort_order" },
                values: new object[,]
                {
                    { 1, "comunicazione-marketing", "Communication and marketing", "Comunicazione e marketing", 1 },
                    { 2, "social-media", "Social media", "Social media", 2 },
                    { 3, "aziende", "Companies", "Aziende", 3 },
                    { 4, "piattaforme", "Platforms", "Piattaforme", 4 },
                    { 5, "consulenza", "Consulting", "Consulenza", 5 },
                    { 6, "ricerca-formazione", "Research and training", "Ricerca e formazione", 6 },
                    { 7, "giornalismo", "Journalism and blogging", "Giornalismo e blog", 7 },
                    { 8, "tecnologia", "Technology", "Tecnologia", 8 }
                });

            migrationBuilder.InsertData(
                table: "professional_roles",
                columns: new[] { "id", "group_id", "key", "name_en", "name_it", "sort_order" },
                values: new object[,]
                {
                    { 1, 1, "marketing", "Marketing", "Marketing", 1 },
                    { 2, 1, "brand", "Brand management", "Brand management", 2 },
                    { 3, 1, "relazioni-pubbliche", "Public relations", "Relazioni pubbliche", 3 },
                    { 4, 1, "pubblicita", "Advertising", "Pubblicità", 4 },
                    { 5, 1, "comunicazione-interna", "Internal communication", "Comunicazione interna", 5 },
                    { 6, 2, "social-media-manager", "Social media manager", "Social media manager", 6 },
                    { 7, 2, "community-manager", "Community manager", "Community manager", 7 },
                    { 8, 2, "content-creator", "Content creator", "Content creator", 8 },
                    { 9, 2, "analista-social", "Social media analyst", "Analista dei social media", 9 },
                    { 10, 3, "imprenditore", "Entrepreneur or SME owner", "Imprenditore o titolare di PMI", 10 },
                    { 11, 3, "risorse-umane", "HR and recruiting", "Risorse umane e selezione", 11 },
                    { 12, 4, "rappresentante-piattaforma", "Platform representative", "Rappresentante di piattaforma", 12 },
                    { 13, 5, "consulente", "Consultant", "Consulente", 13 },
                    { 14, 6, "ricercatore", "Researcher", "Ricercatore", 14 },
                    { 15, 6, "formatore", "Trainer", "Formatore", 15 },
                    { 16, 7, "giornalista", "Journalist", "Giornalista", 16 },
                    { 17, 7, "blogger", "Blogger", "Blogger", 17 },
                    { 18, 8, "sviluppatore", "Developer", "Sviluppatore", 18 },
                    { 19, 8, "product-manager", "Product manager", "Product manager", 19 }
                });

            migrationBuilder.CreateIndex(
                name: "ix_consent_records_member_id_recorded_at",
                table: "consent_records",
                columns: new[] { "member_id", "recorded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_ideas_status_created_at",
                table: "ideas",
                columns: new[] { "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_member_claims_user_id",
                table: "member_claims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_member_logins_user_id",
                table: "member_logins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_member_roles_role_id",
                table: "member_roles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "members",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "ix_members_handle",
                table: "members",
                column: "handle",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_members_joined_at",
                table: "members",
                column: "joined_at");

            migrationBuilder.CreateIndex(
                name: "ix_members_offers_tags",
                table: "members",
                column: "offers_tags")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_members_primary_role_id",
                table: "members",
                column: "primary_role_id");

            migrationBuilder.CreateIndex(
                name: "ix_members_secondary_role_ids",
                table: "members",
                column: "secondary_role_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_members_seeks_tags",
                table: "members",
                column: "seeks_tags")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_members_skills",
                table: "members",
                column: "skills")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "members",
                column: "normalized_user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_newsletter_subscribers_email",
                table: "newsletter_subscribers",
                column: "email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_status_created_at",
                table: "opportunities",
                columns: new[] { "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_practices_status_published_at",
                table: "practices",
                columns: new[] { "status", "published_at" });

            migrationBuilder.CreateIndex(
                name: "ix_professional_role_groups_key",
                table: "professional_role_groups",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_professional_roles_group_id",
                table: "professional_roles",
                column: "group_id");

            migrationBuilder.CreateIndex(
                name: "ix_professional_roles_key",
                table: "professional_roles",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_role_claims_role_id",
                table: "role_claims",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "roles",
                column: "normalized_name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "consent_records");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "ideas");

            migrationBuilder.DropTable(
                name: "member_claims");

            migrationBuilder.DropTable(
                name: "member_logins");

            migrationBuilder.DropTable(
                name: "member_roles");

            migrationBuilder.DropTable(
                name: "member_tokens");

            migrationBuilder.DropTable(
                name: "newsletter_subscribers");

            migrationBuilder.DropTable(
                name: "opportunities");

            migrationBuilder.DropTable(
                name: "practices");

            migrationBuilder.DropTable(
                name: "role_claims");

            migrationBuilder.DropTable(
                name: "members");

            migrationBuilder.DropTable(
                name: "roles");

            migrationBuilder.DropTable(
                name: "professional_roles");

            migrationBuilder.DropTable(
                name: "professional_role_groups");
        }
    }
}
