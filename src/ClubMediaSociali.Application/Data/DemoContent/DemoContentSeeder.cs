using ClubMediaSociali.Application.Common.Content;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Application.Data.DemoContent;

/// <summary>
/// Italian demo content for local development, one seeder per area, each writing what that area's handlers
/// would (through the same domain factories). Idempotent: each item is keyed by a stable value (a member's
/// email, a title), so running it again adds only what is missing. Later features add their own area.
/// </summary>
public sealed class DemoContentSeeder(
    DemoMembersSeeder members,
    DemoRepertoireSeeder repertoire,
    DemoIdeasSeeder ideas,
    DemoBusinessSeeder business,
    DemoConnectionsSeeder connections,
    DemoPicturesSeeder pictures,
    DemoEventsSeeder events,
    ClubDbContext db,
    TimeProvider clock)
{
    public const string EmailDomain = "club.example";

    /// <summary>The password of every demo account: local development only, printed at start-up.</summary>
    public const string DemoPassword = "girasole arancione sul tetto";

    public static readonly (string Email, string Role)[] StaffAccounts =
    [
        ($"admin@{EmailDomain}", StaffRoles.Admin),
        ($"moderatore@{EmailDomain}", StaffRoles.Moderator),
    ];

    public static IServiceCollection Register(IServiceCollection services) => services
        .AddScoped<DemoContentSeeder>().AddScoped<DemoMembersSeeder>().AddScoped<DemoRepertoireSeeder>().AddScoped<DemoIdeasSeeder>()
        .AddScoped<DemoBusinessSeeder>().AddScoped<DemoConnectionsSeeder>().AddScoped<DemoPicturesSeeder>().AddScoped<DemoEventsSeeder>();

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await members.SeedAsync(cancellationToken);
        await repertoire.SeedAsync(cancellationToken);
        await ideas.SeedAsync(cancellationToken);
        await business.SeedAsync(cancellationToken);
        await events.SeedAsync(cancellationToken);
        await connections.SeedAsync(cancellationToken);
        await Features.Home.ActivityBackfill.RunAsync(db, cancellationToken);
        await SeedFollowsAsync(cancellationToken);
        await pictures.SeedAsync(cancellationToken);
        await SeedReputationAsync(cancellationToken);
    }

    /// <summary>The reputation the demo content earned, and the badges it brings.</summary>
    /// <summary>Every demo member follows their own role and the two tags most used in the repertoire, so each bacheca has news.</summary>
    private async Task SeedFollowsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO role_follows (follower_id, role_id, at)
            SELECT id, primary_role_id, {now} FROM members WHERE primary_role_id IS NOT NULL AND deleted_at IS NULL
            ON CONFLICT DO NOTHING
            """, cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO tag_follows (follower_id, tag, at)
            SELECT m.id, t.tag, {now}
            FROM members m CROSS JOIN (SELECT unnest(tags) AS tag FROM practices GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 2) t
            WHERE m.deleted_at IS NULL
            ON CONFLICT DO NOTHING
            """, cancellationToken);
    }

    private async Task SeedReputationAsync(CancellationToken cancellationToken)
    {
        await Features.Reputation.ReputationRebuild.RunAsync(db, cancellationToken);
        var ledger = new Features.Reputation.ReputationLedger(db, clock);
        foreach (var member in await db.Users.Where(m => m.DeletedAt == null).Select(m => m.Id).ToListAsync(cancellationToken))
        {
            await ledger.AwardBadgesAsync(member, cancellationToken);
        }
    }
}

/// <summary>What the demo seeders share.</summary>
internal static class DemoSeeding
{
    public static Task<Dictionary<string, Guid>> MembersByHandleAsync(ClubDbContext db, CancellationToken cancellationToken) =>
        db.Users.Where(m => m.Handle != null).ToDictionaryAsync(m => m.Handle!, m => m.Id, cancellationToken);

    /// <summary>A visible comment, rendered as the comment handlers render it.</summary>
    public static Comment Comment(MarkdownRenderer markdown, CommentThreadKind kind, Guid threadId, Guid? parentId, Guid? authorId, string body, DateTimeOffset at) => new()
    {
        ThreadKind = kind,
        ThreadId = threadId,
        ParentId = parentId,
        AuthorId = authorId,
        BodyMarkdown = body,
        BodyHtml = markdown.ToSafeHtml(body),
        Status = CommentStatus.Visible,
        CreatedAt = at,
    };
}
