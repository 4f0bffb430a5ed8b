using System.Globalization;
using ClubMediaSociali.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tools.LargeData;

/// <summary>What <c>seed</c> answers: the club was seeded, or the database already held members and was left alone.</summary>
public abstract record SeedOutcome
{
    public sealed record Seeded : SeedOutcome;

    public sealed record Refused(int Members) : SeedOutcome;
}

/// <summary>
/// The version and size of the seed a database holds, kept in the tools' own schema <c>bench</c> (never
/// in the Club's): bench/ compares it with what it wants and seeds a new database when they differ, so a
/// seeder that learnt to write something new is never silently missing from a benchmark.
/// </summary>
public static class SeedRecord
{
    /// <summary>Raise it whenever what <see cref="LargeDataSeeder"/> writes changes.</summary>
    public const int Version = 7;

    public static string Describe(int version, LargeDataSize size) =>
        string.Create(CultureInfo.InvariantCulture,
            $"version {version}: {size.Members} members, {size.Practices} practices, {size.Ideas} ideas, {size.Votes} votes, {size.Companies} companies, {size.Opportunities} opportunities, {size.Activities} activities, {size.Conversations} conversations, {size.Messages} messages, {size.Events} events");

    public static async Task WriteAsync(ClubDbContext db, LargeDataSize size, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync(
            "CREATE SCHEMA IF NOT EXISTS bench; CREATE TABLE IF NOT EXISTS bench.seed (description text NOT NULL, seeded_at timestamptz NOT NULL); DELETE FROM bench.seed",
            cancellationToken);
        await db.Database.ExecuteSqlAsync($"INSERT INTO bench.seed (description, seeded_at) VALUES ({Describe(Version, size)}, now())", cancellationToken);
    }

    /// <summary>The recorded seed, or null when the database holds none (a new database, or one seeded before seeds were recorded).</summary>
    public static async Task<string?> ReadAsync(ClubDbContext db, CancellationToken cancellationToken)
    {
        var recorded = await db.Database.SqlQueryRaw<string>("SELECT to_regclass('bench.seed')::text AS \"Value\"").SingleAsync(cancellationToken);
        return recorded is null
            ? null
            : await db.Database.SqlQueryRaw<string>("SELECT description AS \"Value\" FROM bench.seed").SingleOrDefaultAsync(cancellationToken);
    }
}
