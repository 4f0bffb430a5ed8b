using Microsoft.EntityFrameworkCore;
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
