using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Web.Infrastructure.LocalPostgres;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Respawn;

namespace ClubMediaSociali.Tests.Infrastructure;

/// <summary>
/// The database of one test run: a throwaway PostgreSQL cluster in a temporary folder (or the
/// server named by CLUB_TEST_CONNECTION_STRING), migrated once and wiped between tests by Respawn.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string ExternalConnectionVariable = "CLUB_TEST_CONNECTION_STRING";

    private Respawner? _respawner;

    private TestDatabase(string connectionString, LocalPostgresCluster? cluster)
    {
        ConnectionString = connectionString;
        Cluster = cluster;
    }

    public string ConnectionString { get; }

    /// <summary>The cluster this run started; null when an external server is used.</summary>
    public LocalPostgresCluster? Cluster { get; }

    public static async Task<TestDatabase> StartAsync()
    {
        var database = Environment.GetEnvironmentVariable(ExternalConnectionVariable) is { Length: > 0 } external
            ? new TestDatabase(external, cluster: null)
            : await StartLocalAsync();
        await database.MigrateAsync();
        return database;
    }

    /// <summary>Starts a throwaway cluster with only the default database: for tests that stop and start their own server.</summary>
    public static Task<LocalPostgresCluster> StartThrowawayClusterAsync() =>
        LocalPostgresCluster.StartAsync(NewClusterFolder(), durable: false);

    /// <summary>Stops a cluster from <see cref="StartThrowawayClusterAsync"/> and deletes its temporary folder.</summary>
    public static async Task DestroyThrowawayClusterAsync(LocalPostgresCluster cluster)
    {
        var folder = Path.GetDirectoryName(cluster.DataDirectory)!;
        await cluster.DestroyAsync();
        Directory.Delete(folder, recursive: true);
    }

    private static async Task<TestDatabase> StartLocalAsync()
    {
        var cluster = await StartThrowawayClusterAsync();
        await cluster.EnsureDatabaseAsync("club_tests");
        return new TestDatabase(cluster.ConnectionString("club_tests"), cluster);
    }

    // Not Directory.CreateTempSubdirectory: its folder is private to the current user, and the
    // `postgres` user (used when tests run as root) must be able to enter it.
    private static string NewClusterFolder() =>
        Path.Combine(Path.GetTempPath(), $"club-tests-{Guid.NewGuid():N}", "postgres");

    public ClubDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<ClubDbContext>().UseClubPostgres(ConnectionString).Options);

    /// <summary>
    /// Wipes every table but the reference data. Where a running app (the browser tests') still works off the
    /// previous test's events, the wipe and the app's outbox can wait on each other: the dispatcher holds its
    /// batch of messages in one transaction while an effect, in another, waits for a row the wipe has locked,
    /// a wait PostgreSQL cannot see as a deadlock. So the wipe waits for a lock at most a few seconds, gives its
    /// locks back by rolling back, and tries again once the app has finished.
    /// </summary>
    public async Task ResetAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await WipeAsync();
                return;
            }
            catch (PostgresException ex) when (attempt < ResetAttempts && ex.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.LockNotAvailable)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
    }

    private const int ResetAttempts = 10;

    private async Task WipeAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using (var wait = new NpgsqlCommand("SET lock_timeout = '3s'", connection))
        {
            await wait.ExecuteNonQueryAsync();
        }

        _respawner ??= await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            // Reference data written by migrations stays: every test starts with the role taxonomy.
            TablesToIgnore = ["__ef_migrations_history", "data_protection_keys", "professional_role_groups", "professional_roles", "roles"],
        });
        await _respawner.ResetAsync(connection);
    }

    private async Task MigrateAsync()
    {
        await using var db = CreateDbContext();
        await db.Database.MigrateAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (Cluster is not null)
        {
            await DestroyThrowawayClusterAsync(Cluster);
        }
    }
}
