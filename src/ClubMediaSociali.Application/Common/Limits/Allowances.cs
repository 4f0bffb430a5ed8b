using ClubMediaSociali.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Common.Limits;

/// <summary>How many times one subject may do something in a window of time (fixed windows, aligned to the clock).</summary>
public sealed record Allowance(string Name, int Limit, TimeSpan Window);

/// <param name="RetryAt">When the window ends and the allowance is whole again.</param>
public readonly record struct Taken(bool Allowed, DateTimeOffset RetryAt);

/// <summary>One use counted in a window: the row every instance of the app shares.</summary>
public sealed class AllowanceUse
{
    public const int BucketMaxLength = 400;

    /// <summary>The allowance's name and the subject: "mail-recipient:anna@esempio.it".</summary>
    public string Bucket { get; set; } = "";

    public DateTimeOffset WindowStart { get; set; }

    public int Used { get; set; }
}

/// <summary>
/// Counted limits kept in PostgreSQL, so that every instance of the app shares them: mail sent to one address,
/// contributions by one member. A use is taken with one statement that counts only while under the limit, so
/// concurrent requests cannot overshoot it; inside a command's transaction, a use rolls back with the command.
/// </summary>
public sealed class Allowances(ClubDbContext db, TimeProvider clock)
{
    /// <summary>Windows older than this are deleted by <see cref="PurgeAsync"/>; no allowance spans more.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(2);

    public async Task<Taken> TryTakeAsync(Allowance allowance, string subject, CancellationToken cancellationToken)
    {
        var (bucket, start) = WindowOf(allowance, subject);
        if (allowance.Limit <= 0)
        {
            return new Taken(false, start + allowance.Window);
        }

        var used = await db.Database.SqlQuery<int>($"""
            INSERT INTO allowance_uses (bucket, window_start, used) VALUES ({bucket}, {start}, 1)
            ON CONFLICT (bucket, window_start) DO UPDATE SET used = allowance_uses.used + 1
            WHERE allowance_uses.used < {allowance.Limit}
            RETURNING used AS "Value"
            """).ToListAsync(cancellationToken);
        return new Taken(used.Count == 1, start + allowance.Window);
    }

    /// <summary>
    /// Gives a use back, for an attempt that turned out not to count (a contribution refused after it was taken),
    /// to the window it was taken from, even if a new one began meanwhile.
    /// </summary>
    public Task GiveBackAsync(Allowance allowance, string subject, Taken taken, CancellationToken cancellationToken)
    {
        var (bucket, _) = WindowOf(allowance, subject);
        var start = taken.RetryAt - allowance.Window;
        return db.AllowanceUses.Where(u => u.Bucket == bucket && u.WindowStart == start && u.Used > 0)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.Used, u => u.Used - 1), cancellationToken);
    }

    public Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow() - KeptFor;
        return db.AllowanceUses.Where(u => u.WindowStart < before).ExecuteDeleteAsync(cancellationToken);
    }

    private (string Bucket, DateTimeOffset Start) WindowOf(Allowance allowance, string subject)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var window = (long)allowance.Window.TotalMilliseconds;
        var bucket = $"{allowance.Name}:{subject}";
        return (bucket.Length <= AllowanceUse.BucketMaxLength ? bucket : bucket[..AllowanceUse.BucketMaxLength], DateTimeOffset.FromUnixTimeMilliseconds(now - (now % window)));
    }
}
