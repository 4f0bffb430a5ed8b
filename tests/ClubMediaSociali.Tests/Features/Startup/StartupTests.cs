using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ClubMediaSociali.Tests.Features.Startup;

// In the shared collection because it redirects the process-wide standard error while it runs.
[Collection(ClubCollection.Name)]
public sealed class StartupTests(ClubFixture fixture)
{
    [Fact]
    public void Outside_development_a_missing_connection_string_stops_the_app_with_a_clear_message()
    {
        var error = RefusedStart(builder => builder.UseEnvironment("Production").UseSetting("ConnectionStrings:Club", ""));

        Assert.Contains("ConnectionStrings__Club", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_made_by_the_migrations_squashed_away_is_refused_with_a_clear_message()
    {
        // A database as the nineteen migrations before the squash left it: their history, not the one this version starts.
        var old = new NpgsqlConnectionStringBuilder(fixture.Database.ConnectionString) { Database = "club_old_history" }.ConnectionString;
        await using (var admin = new NpgsqlConnection(fixture.Database.ConnectionString))
        {
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand("DROP DATABASE IF EXISTS club_old_history", admin);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand("CREATE DATABASE club_old_history", admin);
            await create.ExecuteNonQueryAsync();
        }

        await using (var db = new ClubDbContext(new DbContextOptionsBuilder<ClubDbContext>().UseClubPostgres(old).Options))
        {
            await db.Database.ExecuteSqlRawAsync("""
                CREATE TABLE __ef_migrations_history (migration_id varchar(150) PRIMARY KEY, product_version varchar(32) NOT NULL);
                INSERT INTO __ef_migrations_history VALUES ('20261124022336_InitialSchema', '10.0.0'), ('20261124024937_AddMemberDirectoryIndexes', '10.0.0');
                """);
            Assert.True(await ClubDatabase.HoldsAnotherHistoryAsync(db));
        }

        await using (var current = fixture.Database.CreateDbContext())
        {
            Assert.False(await ClubDatabase.HoldsAnotherHistoryAsync(current));
        }

        var error = RefusedStart(builder => builder
            .UseEnvironment("Production")
            .UseSetting("ConnectionStrings:Club", old)
            .UseSetting("Site:BaseUrl", "https://club.example.it")
            .UseSetting("Smtp:Host", "127.0.0.1")
            .UseSetting("Database:MigrateOnStartup", "true"));
        NpgsqlConnection.ClearAllPools();

        Assert.True(error.Contains("squashed into one", StringComparison.Ordinal), error);
    }

    /// <summary>Starts the real app configured by <paramref name="configure"/>, expects it to refuse, and returns what it wrote to standard error.</summary>
    private static string RefusedStart(Action<IWebHostBuilder> configure)
    {
        var originalError = Console.Error;
        using var captured = new StringWriter();
        Console.SetError(captured);
        try
        {
            using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(configure);
            Assert.ThrowsAny<Exception>(() => app.CreateClient());
        }
        finally
        {
            Console.SetError(originalError);
        }

        return captured.ToString();
    }
}
