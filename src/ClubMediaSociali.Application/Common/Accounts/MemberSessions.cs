using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Members;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Common.Accounts;

/// <summary>
/// The rows behind signed-in browsers (<see cref="MemberSession"/>): started at each sign-in, ended from the account
/// page, by signing out or by a new password. Each instance keeps the ended ones in memory and asks only for what
/// ended since it last asked, so no request queries its own session.
/// </summary>
public sealed class MemberSessions(ClubDbContext db, TimeProvider clock)
{
    /// <summary>Ended sessions are remembered as long as a sign-in cookie can live, then forgotten with their rows.</summary>
    public static readonly TimeSpan Remembered = TimeSpan.FromDays(15);

    public async Task<Guid> StartAsync(Guid memberId, string method, string? userAgent, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7();
        var stored = method.Length > MemberSession.MethodMaxLength ? method[..MemberSession.MethodMaxLength] : method;
        var agent = userAgent is { Length: > MemberSession.UserAgentMaxLength } ? userAgent[..MemberSession.UserAgentMaxLength] : userAgent;
        // One statement of its own: nothing else the request's context tracks is saved with it.
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO member_sessions (id, member_id, method, user_agent, started_at, last_seen_at)
            VALUES ({id}, {memberId}, {stored}, {agent}, {now}, {now})
            """,
            cancellationToken);
        return id;
    }

    /// <summary>Ends the member's sessions that are still open, but <paramref name="keep"/>; returns the ids ended.</summary>
    public async Task<IReadOnlyList<Guid>> EndAsync(Guid memberId, Guid? only, Guid? keep, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var open = db.MemberSessions.Where(s => s.MemberId == memberId && s.EndedAt == null);
        if (only is { } id)
        {
            open = open.Where(s => s.Id == id);
        }

        if (keep is { } kept)
        {
            open = open.Where(s => s.Id != kept);
        }

        var ids = await open.Select(s => s.Id).ToListAsync(cancellationToken);
        if (ids.Count > 0)
        {
            await db.MemberSessions.Where(s => ids.Contains(s.Id) && s.EndedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), cancellationToken);
        }

        return ids;
    }

    /// <summary>The sessions ended at or after <paramref name="since"/>, with when (what an instance adds to what it refuses).</summary>
    public async Task<IReadOnlyList<(Guid Id, DateTimeOffset EndedAt)>> EndedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        (await db.MemberSessions.AsNoTracking()
            .Where(s => s.EndedAt >= since)
            .Select(s => new { s.Id, EndedAt = s.EndedAt!.Value })
            .ToListAsync(cancellationToken))
        .Select(s => (s.Id, s.EndedAt)).ToList();

    /// <summary>Writes when sessions were last seen, in one statement for all of them (an instance batches a minute's requests).</summary>
    public Task<int> SeenAsync(IReadOnlyCollection<KeyValuePair<Guid, DateTimeOffset>> seen, CancellationToken cancellationToken)
    {
        var ids = seen.Select(s => s.Key).ToArray();
        var times = seen.Select(s => s.Value).ToArray();
        return db.Database.ExecuteSqlAsync(
            $"""
            UPDATE member_sessions s SET last_seen_at = v.seen
            FROM unnest({ids}, {times}) AS v(id, seen)
            WHERE s.id = v.id AND s.last_seen_at < v.seen
            """,
            cancellationToken);
    }

    /// <summary>Deletes sessions ended, or silent, for longer than a cookie can live.</summary>
    public Task<int> ForgetOldAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow() - Remembered;
        return db.MemberSessions.Where(s => s.EndedAt < before || s.LastSeenAt < before).ExecuteDeleteAsync(cancellationToken);
    }
}
