using Hangfire;
using Hangfire.PostgreSql;

namespace ClubMediaSociali.Web.Infrastructure.Jobs;

/// <summary>
/// Scheduled work on Hangfire with its storage in the Club's PostgreSQL (schema "hangfire"): with several app
/// instances each recurring job still runs once per schedule. `Jobs:Enabled=false` (the tests) keeps the
/// storage and dashboard but starts no server, so nothing runs behind a test's back.
/// </summary>
internal static class ClubJobs
{
    private static readonly TimeZoneInfo Rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    public static IServiceCollection AddClubJobs(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(
                options => options.UseNpgsqlConnection(connectionString),
                new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true }));
        services.AddScoped<OpportunityExpiryJob>();
        services.AddScoped<NotificationEmailJob>();
        services.AddScoped<DigestJob>();
        if (configuration.GetValue("Jobs:Enabled", true))
        {
            services.AddHangfireServer(options => options.WorkerCount = 2);
            services.AddHostedService<RecurringJobsRegistration>();
        }

        return services;
    }

    /// <summary>Declares the recurring jobs once the database is migrated and the host starts.</summary>
    private sealed class RecurringJobsRegistration(IRecurringJobManager jobs) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            var rome = new RecurringJobOptions { TimeZone = Rome };
            jobs.AddOrUpdate<OpportunityExpiryJob>("opportunity-expiry", job => job.RunAsync(CancellationToken.None), "*/15 * * * *", rome);
            jobs.AddOrUpdate<NotificationEmailJob>("notification-emails", job => job.RunAsync(CancellationToken.None), "*/5 * * * *", rome);
            jobs.AddOrUpdate<DigestJob>("digests", job => job.RunAsync(CancellationToken.None), "0 * * * *", rome);
            jobs.AddOrUpdate<Application.Common.Limits.Allowances>("allowance-purge", allowances => allowances.PurgeAsync(CancellationToken.None), "17 * * * *", rome);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
