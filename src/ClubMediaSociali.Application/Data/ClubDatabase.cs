using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Data;

/// <summary>How every part of the Club (web app, tests, design-time tools) talks to PostgreSQL.</summary>
public static class ClubDatabase
{
    public const string ConnectionStringName = "Club";

    public static TBuilder UseClubPostgres<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options
            .UseNpgsql(connectionString, npgsql =>
            {
                npgsql.MigrationsHistoryTable("__ef_migrations_history");
                // Few, short retries: a page should fail fast with a friendly error rather than hang.
                npgsql.EnableRetryOnFailure(maxRetryCount: 3, maxRetryDelay: TimeSpan.FromSeconds(2), errorCodesToAdd: null);
            })
            .UseSnakeCaseNamingConvention();
        return options;
    }
}
