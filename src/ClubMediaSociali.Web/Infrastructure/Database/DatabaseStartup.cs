using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Data.DemoContent;
using ClubMediaSociali.Web.Infrastructure.LocalPostgres;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ClubMediaSociali.Web.Infrastructure.Database;

/// <summary>
/// Finds the database at start-up. Development with no connection string gets a private cluster
/// under .data/postgres, migrated and filled with demo content; every other environment must name
/// a reachable database or the app refuses to start with a message saying why.
/// </summary>
internal static class DatabaseStartup
{
    public static async Task<ClubDatabaseTarget> ResolveAsync(WebApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetConnectionString(ClubDatabase.ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new ClubDatabaseTarget(configured, LocalCluster: null);
        }

        if (!builder.Environment.IsDevelopment())
        {
            throw new StartupException(
                $"No database is configured. Set ConnectionStrings__{ClubDatabase.ConnectionStringName} " +
                $"(for example \"Host=db;Database=club;Username=club;Password=...\"). Only the Development " +
                "environment starts a local PostgreSQL by itself.");
        }

        var dataDirectory = ClubPaths.LocalData(builder.Environment.ContentRootPath, "postgres");
        try
        {
            var cluster = await LocalPostgresCluster.StartAsync(dataDirectory, durable: true);
            await cluster.EnsureDatabaseAsync("club");
            await RecreateIfAnotherHistoryAsync(cluster);
            return new ClubDatabaseTarget(cluster.ConnectionString("club"), cluster);
        }
        catch (LocalPostgresException ex)
        {
            throw new StartupException(ex.Message, ex);
        }
    }

    /// <summary>Applies migrations where wanted, loads demo content for local runs, and fails clearly when the database is unreachable.</summary>
    public static async Task PrepareAsync(WebApplication app, ClubDatabaseTarget target)
    {
        if (target.LocalCluster is { } cluster)
        {
            app.Lifetime.ApplicationStopped.Register(() => cluster.StopAsync().GetAwaiter().GetResult());
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClubDbContext>();
        var migrate = target.LocalCluster is not null || app.Configuration.GetValue<bool>("Database:MigrateOnStartup");
        if (migrate)
        {
            try
            {
                if (await ClubDatabase.HoldsAnotherHistoryAsync(db))
                {
                    throw new StartupException(
                        "The database holds a migration history this version does not continue (its migrations were squashed into one " +
                        "on 2026-12-04, see docs/decisions/ADR-009). Create a new database, or restore a backup made by this version.");
                }

                await ClubDatabase.MigrateAsync(db);
            }
            catch (NpgsqlException ex)
            {
                throw new StartupException($"The database could not be reached to apply migrations: {ex.Message}", ex);
            }
        }
        else if (!await CanConnectAsync(db))
        {
            throw new StartupException(
                $"The database named by ConnectionStrings__{ClubDatabase.ConnectionStringName} cannot be reached. " +
                "Check that PostgreSQL is running and that host, port, user and password are right.");
        }

        if (target.LocalCluster is not null || app.Configuration.GetValue<bool>("Database:SeedDemoContent"))
        {
            await scope.ServiceProvider.GetRequiredService<DemoContentSeeder>().SeedAsync();
            if (app.Environment.IsDevelopment())
            {
                var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ClubMediaSociali.DemoAccounts");
                foreach (var (email, role) in DemoContentSeeder.StaffAccounts)
                {
                    logger.LogInformation("Demo account {Email} ({Role}), password: {Password}", email, role, DemoContentSeeder.DemoPassword);
                }

                logger.LogInformation("Demo members: giulia.ferrari@{Domain} and 11 more, same password; sent mail: /dev/posta", DemoContentSeeder.EmailDomain);
            }
        }
    }

    /// <summary>
    /// The local cluster's database, made by migrations this version no longer has, is dropped and made again
    /// before anything uses it (it gets fresh demo content); any other database is the operator's to recreate.
    /// </summary>
    private static async Task RecreateIfAnotherHistoryAsync(LocalPostgresCluster cluster)
    {
        await using (var db = new ClubDbContext(new DbContextOptionsBuilder<ClubDbContext>().UseClubPostgres(cluster.ConnectionString("club")).Options))
        {
            if (!await ClubDatabase.HoldsAnotherHistoryAsync(db))
            {
                return;
            }
        }

        Console.WriteLine("The local database under .data was made by migrations this version no longer has (squashed into one, ADR-009): it is recreated, with fresh demo content.");
        NpgsqlConnection.ClearAllPools();
        await cluster.RecreateDatabaseAsync("club");
    }

    private static async Task<bool> CanConnectAsync(ClubDbContext db)
    {
        try
        {
            await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
            await connection.OpenAsync();
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }
}

internal sealed record ClubDatabaseTarget(string ConnectionString, LocalPostgresCluster? LocalCluster);

/// <summary>A start-up problem the person running the site can fix; its message says how.</summary>
public sealed class StartupException : Exception
{
    public StartupException()
    {
    }

    public StartupException(string message) : base(message)
    {
    }

    public StartupException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
