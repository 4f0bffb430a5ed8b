using ClubMediaSociali.Application.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace ClubMediaSociali.Web.Infrastructure.Health;

/// <summary>
/// Ready when PostgreSQL answers a query within a few seconds. It bypasses EF's retrying strategy
/// on purpose: a readiness probe must answer quickly, not retry for half a minute. A connection pooled
/// before PostgreSQL restarted is dead without knowing it: the probe then empties its pool and asks once
/// more on a new connection, so a database that is back is reported ready on the first probe.
/// </summary>
internal sealed class DatabaseHealthCheck(ClubDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Timeout = 3 }.ConnectionString;
        Exception? failure = null;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            try
            {
                await connection.OpenAsync(cancellationToken);
                await using var command = new NpgsqlCommand("SELECT 1", connection) { CommandTimeout = 3 };
                await command.ExecuteScalarAsync(cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                failure = ex;
                NpgsqlConnection.ClearPool(connection);
            }
        }

        return HealthCheckResult.Unhealthy("The database does not answer.", failure);
    }
}
