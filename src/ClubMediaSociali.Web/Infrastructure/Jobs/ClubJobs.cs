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

    public const string OpportunityExpiry = "opportunity-expiry";
    public const string NotificationEmails = "notification-emails";
    public const string Digests = "digests";
    public const string AllowancePurge = "allowance-purge";
    public const string SpamTracesPurge = "spam-traces-purge";
    public const string NewsletterDraft = "newsletter-draft";
    public const string NewsletterSend = "newsletter-send";
    public const string UnusedUploadsPurge = "unused-uploads-purge";
    public const string MessageMails = "message-mails";
    public const string EventReminders = "event-reminders";
    public const string HeldEvents = "held-events";

    /// <summary>The recurring jobs and their schedules (Rome time), which /admin describes one by one.</summary>
    public static readonly IReadOnlyList<(string Id, string Cron)> Schedule =
    [
        (OpportunityExpiry, "*/15 * * * *"),
        (NotificationEmails, "*/5 * * * *"),
        (Digests, "0 * * * *"),
        (AllowancePurge, "17 * * * *"),
        (SpamTracesPurge, "43 * * * *"),
        (NewsletterDraft, "0 7 * * 1"),
        (NewsletterSend, "* * * * *"),
        (UnusedUploadsPurge, "29 3 * * *"),
        (MessageMails, "* * * * *"),
        (EventReminders, "* * * * *"),
        (HeldEvents, "*/15 * * * *"),
    ];

    private static string CronOf(string id) => Schedule.Single(job => job.Id == id).Cron;

    public static IServiceCollection AddClubJobs(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        JobTracing.Register();
        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseDashboardJavaScript(typeof(ClubJobs).Assembly, "ClubMediaSociali.Web.Infrastructure.Jobs.hangfire-it.js")
            .UsePostgreSqlStorage(
                options => options.UseNpgsqlConnection(connectionString),
                new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true }));
        services.AddScoped<OpportunityExpiryJob>();
        services.AddScoped<NotificationEmailJob>();
        services.AddScoped<DigestJob>();
        services.AddScoped<NewsletterJob>();
        services.AddScoped<MessageMailJob>();
        services.AddScoped<EventReminderJob>();
        services.AddScoped<HeldEventsJob>();
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
            jobs.AddOrUpdate<OpportunityExpiryJob>(OpportunityExpiry, job => job.RunAsync(CancellationToken.None), CronOf(OpportunityExpiry), rome);
            jobs.AddOrUpdate<NotificationEmailJob>(NotificationEmails, job => job.RunAsync(CancellationToken.None), CronOf(NotificationEmails), rome);
            jobs.AddOrUpdate<DigestJob>(Digests, job => job.RunAsync(CancellationToken.None), CronOf(Digests), rome);
            jobs.AddOrUpdate<MessageMailJob>(MessageMails, job => job.RunAsync(CancellationToken.None), CronOf(MessageMails), rome);
            jobs.AddOrUpdate<EventReminderJob>(EventReminders, job => job.RunAsync(CancellationToken.None), CronOf(EventReminders), rome);
            jobs.AddOrUpdate<HeldEventsJob>(HeldEvents, job => job.RunAsync(CancellationToken.None), CronOf(HeldEvents), rome);
            jobs.AddOrUpdate<Application.Common.Limits.Allowances>(AllowancePurge, allowances => allowances.PurgeAsync(CancellationToken.None), CronOf(AllowancePurge), rome);
            jobs.AddOrUpdate<Application.Features.Moderation.ContentScreening>(
                SpamTracesPurge, screening => screening.PurgeAsync(CancellationToken.None), CronOf(SpamTracesPurge), rome);
            jobs.AddOrUpdate<NewsletterJob>(NewsletterDraft, job => job.PrepareAsync(CancellationToken.None), CronOf(NewsletterDraft), rome);
            jobs.AddOrUpdate<NewsletterJob>(NewsletterSend, job => job.SendAsync(CancellationToken.None), CronOf(NewsletterSend), rome);
            jobs.AddOrUpdate<Application.Features.Media.MediaStore>(
                UnusedUploadsPurge, store => store.PurgeUnusedAsync(CancellationToken.None), CronOf(UnusedUploadsPurge), rome);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
