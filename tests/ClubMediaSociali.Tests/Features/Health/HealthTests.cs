using System.Net;
using ClubMediaSociali.Tests.Infrastructure;
using ClubMediaSociali.Web.Infrastructure.LocalPostgres;

namespace ClubMediaSociali.Tests.Features.Health;

/// <summary>Runs its own PostgreSQL, because it stops it: the shared database stays up for the other tests.</summary>
public sealed class HealthTests
{
    [Fact]
    public Task Ready_fails_while_the_database_is_down_and_recovers_when_it_is_back() =>
        WithOwnDatabaseAsync(async (cluster, client) =>
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);

            await cluster.StopAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);

            await cluster.StartAgainAsync();
            Assert.Equal(HttpStatusCode.OK, await EventuallyAsync(client, "/health/ready", HttpStatusCode.OK));
        });

    [Fact]
    public Task Ready_passes_on_the_first_probe_after_a_restart_nobody_saw() =>
        WithOwnDatabaseAsync(async (cluster, client) =>
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);

            // No probe while it is down: the pool still holds the connection from before the restart.
            await cluster.StopAsync();
            await cluster.StartAgainAsync();

            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
        });

    private static async Task WithOwnDatabaseAsync(Func<LocalPostgresCluster, HttpClient, Task> test)
    {
        var cluster = await TestDatabase.StartThrowawayClusterAsync();
        try
        {
            await using var app = new ClubAppFactory(cluster.ConnectionString("postgres"));
            using var client = app.CreateClient();
            await test(cluster, client);
        }
        finally
        {
            await TestDatabase.DestroyThrowawayClusterAsync(cluster);
        }
    }

    // PostgreSQL may take a moment to accept connections after it starts.
    private static async Task<HttpStatusCode> EventuallyAsync(HttpClient client, string url, HttpStatusCode wanted)
    {
        var status = HttpStatusCode.InternalServerError;
        for (var attempt = 0; attempt < 20 && status != wanted; attempt++)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            status = response.StatusCode;
            if (status != wanted)
            {
                await Task.Delay(250);
            }
        }

        return status;
    }
}
