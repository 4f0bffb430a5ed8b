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
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            // Written by hand (the model cannot say them): the functions the search columns and the idea
            // scores use, then (at the end) the search columns themselves.
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS unaccent;
                CREATE OR REPLACE FUNCTION club_unaccent(text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
                CREATE OR REPLACE FUNCTION club_tags_text(text[]) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                AS $$ SELECT array_to_string($1, ' ') $$;
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

            migrationBuilder.CreateTable(
                name: "companies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    slug = table.Column<string>(type: "character varying(90)", maxLength: 90, nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    sector = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    size = table.Column<int>(type: "integer", nullable: false),
                    region = table.Column<int>(type: "integer", nullable: false),
                    website_url = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    channels = table.Column<string[]>(type: "text[]", nullable: false),
                    description_markdown = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    description_html = table.Column<string>(type: "text", nullable: false),
                    verified = table.Column<bool>(type: "boolean", nullable: false),
                    founding_partner = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_companies", x => x.id);
                });

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
                name: "newsletter_subscribers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    privacy_policy_version = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    consented_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_newsletter_subscribers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    dispatched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
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
                name: "outbox_effects",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    effect = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    done_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_effects", x => new { x.message_id, x.effect });
                    table.ForeignKey(
                        name: "fk_outbox_effects_outbox_messages_message_id",
                        column: x => x.message_id,
                        principalTable: "outbox_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
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
                    reputation = table.Column<int>(type: "integer", nullable: false),
                    digest_frequency = table.Column<int>(type: "integer", nullable: false),
                    last_digest_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_visit_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    previous_visit_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    contacts_visibility = table.Column<int>(type: "integer", nullable: false),
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
                name: "audit_log",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    action = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    target_type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    target_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    details = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_log", x => x.id);
                    table.ForeignKey(
                        name: "fk_audit_log_asp_net_users_actor_id",
                        column: x => x.actor_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

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
                name: "company_members",
                columns: table => new
                {
                    company_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    message = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_company_members", x => new { x.company_id, x.member_id });
                    table.ForeignKey(
                        name: "fk_company_members_asp_net_users_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_company_members_companies_company_id",
                        column: x => x.company_id,
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "connections",
                columns: table => new
                {
                    low_id = table.Column<Guid>(type: "uuid", nullable: false),
                    high_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requester_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    message = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_connections", x => new { x.low_id, x.high_id });
                    table.CheckConstraint("ck_connections_pair_order", "low_id < high_id");
                    table.ForeignKey(
                        name: "fk_connections_asp_net_users_high_id",
                        column: x => x.high_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_connections_asp_net_users_low_id",
                        column: x => x.low_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "ideas",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    body_markdown = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    body_html = table.Column<string>(type: "text", nullable: false),
                    tags = table.Column<string[]>(type: "text[]", nullable: false),
                    role_ids = table.Column<int[]>(type: "integer[]", nullable: false),
                    author_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    votes_for = table.Column<int>(type: "integer", nullable: false),
                    votes_against = table.Column<int>(type: "integer", nullable: false),
                    comment_count = table.Column<int>(type: "integer", nullable: false),
                    hot_score = table.Column<double>(type: "double precision", nullable: false),
                    wilson_score = table.Column<double>(type: "double precision", nullable: false),
                    engaged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    duplicate_of_id = table.Column<Guid>(type: "uuid", nullable: true),
                    practice_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ideas", x => x.id);
                    table.ForeignKey(
                        name: "fk_ideas_asp_net_users_author_id",
                        column: x => x.author_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_ideas_ideas_duplicate_of_id",
                        column: x => x.duplicate_of_id,
                        principalTable: "ideas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "member_badges",
                columns: table => new
                {
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    badge_key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    awarded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_member_badges", x => new { x.member_id, x.badge_key });
                    table.ForeignKey(
                        name: "fk_member_badges_asp_net_users_member_id",
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

            migrationBuilder.CreateTable(
                name: "notification_settings",
                columns: table => new
                {
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    channel = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notification_settings", x => new { x.member_id, x.category });
                    table.ForeignKey(
                        name: "fk_notification_settings_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    state = table.Column<int>(type: "integer", nullable: true),
                    target_kind = table.Column<int>(type: "integer", nullable: false),
                    target_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    target_part = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    email_checked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => x.id);
                    table.ForeignKey(
                        name: "fk_notifications_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "opportunities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    company_id = table.Column<Guid>(type: "uuid", nullable: true),
                    author_id = table.Column<Guid>(type: "uuid", nullable: true),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    description_markdown = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    description_html = table.Column<string>(type: "text", nullable: false),
                    role_ids = table.Column<int[]>(type: "integer[]", nullable: false),
                    skills = table.Column<string[]>(type: "text[]", nullable: false),
                    region = table.Column<int>(type: "integer", nullable: true),
                    remote = table.Column<bool>(type: "boolean", nullable: false),
                    budget_min = table.Column<int>(type: "integer", nullable: true),
                    budget_max = table.Column<int>(type: "integer", nullable: true),
                    deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    closed_because = table.Column<int>(type: "integer", nullable: true),
                    removed_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    response_count = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_opportunities", x => x.id);
                    table.ForeignKey(
                        name: "fk_opportunities_companies_company_id",
                        column: x => x.company_id,
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_opportunities_members_author_id",
                        column: x => x.author_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "reputation_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    points = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    source_id = table.Column<Guid>(type: "uuid", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_votes = table.Column<bool>(type: "boolean", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reputation_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_reputation_events_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
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

            migrationBuilder.CreateTable(
                name: "practices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    body_markdown = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    body_html = table.Column<string>(type: "text", nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    channels = table.Column<string[]>(type: "text[]", nullable: false),
                    target_role_ids = table.Column<int[]>(type: "integer[]", nullable: false),
                    tags = table.Column<string[]>(type: "text[]", nullable: false),
                    author_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    featured = table.Column<bool>(type: "boolean", nullable: false),
                    useful_count = table.Column<int>(type: "integer", nullable: false),
                    moderator_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    resource_url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    resource_format = table.Column<int>(type: "integer", nullable: true),
                    story_organisation = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: true),
                    story_sector = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    story_year = table.Column<int>(type: "integer", nullable: true),
                    story_outcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    steps = table.Column<string[]>(type: "text[]", nullable: false),
                    source_idea_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_practices", x => x.id);
                    table.ForeignKey(
                        name: "fk_practices_ideas_source_idea_id",
                        column: x => x.source_idea_id,
                        principalTable: "ideas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_practices_members_author_id",
                        column: x => x.author_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "opportunity_responses",
                columns: table => new
                {
                    opportunity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    message = table.Column<string>(type: "character varying(3000)", maxLength: 3000, nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", nullable: false)
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
                    xmin = table.Column<uint>(type: "xid", nullable: false),
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
                table: "roles",
                columns: new[] { "id", "concurrency_stamp", "name", "normalized_name" },
                values: new object[,]
                {
                    { new Guid("0193a000-0000-7000-8000-000000000001"), "moderator-v1", "Moderator", "MODERATOR" },
                    { new Guid("0193a000-0000-7000-8000-000000000002"), "admin-v1", "Admin", "ADMIN" }
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
                name: "ix_audit_log_actor_id",
                table: "audit_log",
                column: "actor_id");

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_at",
                table: "audit_log",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_target_type_target_id",
                table: "audit_log",
                columns: new[] { "target_type", "target_id" });

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
                name: "ix_companies_founding",
                table: "companies",
                column: "name",
                filter: "founding_partner");

            migrationBuilder.CreateIndex(
                name: "ix_companies_name_id",
                table: "companies",
                columns: new[] { "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_companies_slug",
                table: "companies",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_company_members_member_id_status",
                table: "company_members",
                columns: new[] { "member_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_connections_high_id_status",
                table: "connections",
                columns: new[] { "high_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_connections_requester_id_requested_at",
                table: "connections",
                columns: new[] { "requester_id", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_consent_records_member_id_recorded_at",
                table: "consent_records",
                columns: new[] { "member_id", "recorded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_glossary_terms_slug",
                table: "glossary_terms",
                column: "slug",
                unique: true);

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
                column: "title",
                filter: "status <> 6")
                .Annotation("Npgsql:IndexMethod", "gist")
                .Annotation("Npgsql:IndexOperators", new[] { "gist_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_ideas_wilson",
                table: "ideas",
                columns: new[] { "wilson_score", "id" },
                filter: "status <> 6");

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
                name: "ix_member_badges_badge_key_awarded_at",
                table: "member_badges",
                columns: new[] { "badge_key", "awarded_at" });

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
                name: "ix_members_display_name_trgm",
                table: "members",
                column: "display_name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_members_handle",
                table: "members",
                column: "handle",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_members_headline_trgm",
                table: "members",
                column: "headline")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_members_joined_at_id",
                table: "members",
                columns: new[] { "joined_at", "id" });

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
                name: "ix_members_region",
                table: "members",
                column: "region");

            migrationBuilder.CreateIndex(
                name: "ix_members_reputation_id",
                table: "members",
                columns: new[] { "reputation", "id" });

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
                name: "ix_method_progress_practice_id",
                table: "method_progress",
                column: "practice_id");

            migrationBuilder.CreateIndex(
                name: "ix_newsletter_subscribers_email",
                table: "newsletter_subscribers",
                column: "email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notifications_email_pending",
                table: "notifications",
                column: "created_at",
                filter: "email_checked_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_member_id_created_at",
                table: "notifications",
                columns: new[] { "member_id", "created_at" });

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
                name: "ix_opportunities_status_created_at",
                table: "opportunities",
                columns: new[] { "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_opportunity_responses_member_id_created_at",
                table: "opportunity_responses",
                columns: new[] { "member_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_waiting",
                table: "outbox_messages",
                columns: new[] { "due_at", "id" },
                filter: "dispatched_at IS NULL");

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
                name: "ix_practices_author_id_updated_at",
                table: "practices",
                columns: new[] { "author_id", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_practices_channels",
                table: "practices",
                column: "channels")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_practices_featured",
                table: "practices",
                columns: new[] { "published_at", "id" },
                filter: "featured AND status = 2");

            migrationBuilder.CreateIndex(
                name: "ix_practices_source_idea_id",
                table: "practices",
                column: "source_idea_id");

            migrationBuilder.CreateIndex(
                name: "ix_practices_status_published_at_id",
                table: "practices",
                columns: new[] { "status", "published_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_practices_status_submitted_at",
                table: "practices",
                columns: new[] { "status", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_practices_status_useful_count_id",
                table: "practices",
                columns: new[] { "status", "useful_count", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_practices_tags",
                table: "practices",
                column: "tags")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_practices_target_role_ids",
                table: "practices",
                column: "target_role_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

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
                name: "ix_reputation_events_at",
                table: "reputation_events",
                column: "at")
                .Annotation("Npgsql:IndexInclude", new[] { "member_id", "points" });

            migrationBuilder.CreateIndex(
                name: "ix_reputation_events_member_id_at",
                table: "reputation_events",
                columns: new[] { "member_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_reputation_events_member_id_reason_source_id_actor_id",
                table: "reputation_events",
                columns: new[] { "member_id", "reason", "source_id", "actor_id" },
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

            migrationBuilder.CreateIndex(
                name: "ix_saved_practices_member_id_at",
                table: "saved_practices",
                columns: new[] { "member_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_saved_practices_practice_id",
                table: "saved_practices",
                column: "practice_id");

            // Full-text search: stored columns PostgreSQL computes from each row, with their GIN indexes.
            migrationBuilder.Sql("""
                ALTER TABLE practices ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('italian', club_unaccent(coalesce(title, ''))), 'A') ||
                    setweight(to_tsvector('italian', club_unaccent(coalesce(summary, ''))), 'B') ||
                    setweight(to_tsvector('italian', club_unaccent(coalesce(club_tags_text(tags), ''))), 'B') ||
                    setweight(to_tsvector('italian', club_unaccent(coalesce(body_markdown, ''))), 'C')
                ) STORED;
                CREATE INDEX ix_practices_search_vector ON practices USING gin (search_vector);
                ALTER TABLE opportunities ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('italian', club_unaccent(coalesce(title, ''))), 'A') ||
                    setweight(to_tsvector('italian', club_unaccent(coalesce(description_markdown, ''))), 'C')
                ) STORED;
                CREATE INDEX ix_opportunities_search_vector ON opportunities USING gin (search_vector);
                ALTER TABLE ideas ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('italian', club_unaccent(coalesce(title, ''))), 'A') ||
                    setweight(to_tsvector('italian', club_unaccent(coalesce(body_markdown, ''))), 'C')) STORED;
                CREATE INDEX ix_ideas_search_vector ON ideas USING gin (search_vector);
                ALTER TABLE members ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('italian', club_unaccent(coalesce(display_name, ''))), 'A') ||
                    setweight(to_tsvector('italian', club_unaccent(coalesce(headline, '') || ' ' || coalesce(company_name, ''))), 'B') ||
                    setweight(to_tsvector('italian', club_unaccent(coalesce(offers_text, '') || ' ' || coalesce(seeks_text, ''))), 'C')) STORED;
                CREATE INDEX ix_members_search_vector ON members USING gin (search_vector);
                ALTER TABLE companies ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('italian', club_unaccent(coalesce(name, ''))), 'A') ||
                    setweight(to_tsvector('italian', club_unaccent(coalesce(sector, ''))), 'B') ||
                    setweight(to_tsvector('italian', club_unaccent(coalesce(description_markdown, ''))), 'C')) STORED;
                CREATE INDEX ix_companies_search_vector ON companies USING gin (search_vector);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_log");

            migrationBuilder.DropTable(
                name: "comment_flags");

            migrationBuilder.DropTable(
                name: "company_members");

            migrationBuilder.DropTable(
                name: "connections");

            migrationBuilder.DropTable(
                name: "consent_records");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "glossary_terms");

            migrationBuilder.DropTable(
                name: "idea_decisions");

            migrationBuilder.DropTable(
                name: "idea_followers");

            migrationBuilder.DropTable(
                name: "idea_votes");

            migrationBuilder.DropTable(
                name: "learning_paths");

            migrationBuilder.DropTable(
                name: "member_badges");

            migrationBuilder.DropTable(
                name: "member_claims");

            migrationBuilder.DropTable(
                name: "member_logins");

            migrationBuilder.DropTable(
                name: "member_roles");

            migrationBuilder.DropTable(
                name: "member_tokens");

            migrationBuilder.DropTable(
                name: "method_progress");

            migrationBuilder.DropTable(
                name: "newsletter_subscribers");

            migrationBuilder.DropTable(
                name: "notification_settings");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "opportunity_responses");

            migrationBuilder.DropTable(
                name: "outbox_effects");

            migrationBuilder.DropTable(
                name: "practice_revisions");

            migrationBuilder.DropTable(
                name: "practice_useful_marks");

            migrationBuilder.DropTable(
                name: "reputation_events");

            migrationBuilder.DropTable(
                name: "role_claims");

            migrationBuilder.DropTable(
                name: "saved_practices");

            migrationBuilder.DropTable(
                name: "comments");

            migrationBuilder.DropTable(
                name: "opportunities");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "roles");

            migrationBuilder.DropTable(
                name: "practices");

            migrationBuilder.DropTable(
                name: "companies");

            migrationBuilder.DropTable(
                name: "ideas");

            migrationBuilder.DropTable(
                name: "members");

            migrationBuilder.DropTable(
                name: "professional_roles");

            migrationBuilder.DropTable(
                name: "professional_role_groups");

            migrationBuilder.Sql("""
                DROP FUNCTION club_idea_wilson(integer, integer);
                DROP FUNCTION club_idea_hot(integer, integer, timestamptz);
                DROP FUNCTION club_tags_text(text[]);
                DROP FUNCTION club_unaccent(text);
                DROP EXTENSION unaccent;
                """);
        }
    }
}
