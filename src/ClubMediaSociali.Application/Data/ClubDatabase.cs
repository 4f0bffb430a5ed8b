using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace ClubMediaSociali.Application.Data;

/// <summary>How every part of the Club (web app, tests, design-time tools) talks to PostgreSQL.</summary>
public static class ClubDatabase
{
    public const string ConnectionStringName = "Club";

    public static TBuilder UseClubPostgres<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options
            .UseNpgsql(Tuned(connectionString), npgsql =>
            {
                npgsql.MigrationsHistoryTable("__ef_migrations_history");
                // Few, short retries: a page should fail fast with a friendly error rather than hang.
                npgsql.EnableRetryOnFailure(maxRetryCount: 3, maxRetryDelay: TimeSpan.FromSeconds(2), errorCodesToAdd: null);
            })
            .UseSnakeCaseNamingConvention();
        return options;
    }

    /// <summary>Brings the schema up to the latest migration.</summary>
    public static async Task MigrateAsync(ClubDbContext db, CancellationToken cancellationToken = default)
    {
        // Creating the history table first spares a fresh database an error in the log:
        // Migrate reads that table before it creates it.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>
    /// True when the database holds a migration history of another lineage: one that does not start with
    /// this version's first migration, such as the nineteen migrations squashed into one on 2026-12-04
    /// (ADR-009). Such a database cannot be brought up to date; it must be recreated.
    /// </summary>
    public static async Task<bool> HoldsAnotherHistoryAsync(ClubDbContext db, CancellationToken cancellationToken = default)
    {
        if (!await db.GetService<IHistoryRepository>().ExistsAsync(cancellationToken))
        {
            return false;
        }

        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        return applied.Count > 0 && !applied.Contains(db.Database.GetMigrations().First());
    }

    /// <summary>
    /// The driver's performance advice, unless the connection string says otherwise: statements used
    /// more than once are prepared on the server (pages send the same few queries all day), and a
    /// connection going back to the pool skips the DISCARD ALL round trip, since the Club keeps no
    /// session state (settings are only ever SET LOCAL, inside a transaction).
    /// </summary>
    public static string Tuned(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }
}
