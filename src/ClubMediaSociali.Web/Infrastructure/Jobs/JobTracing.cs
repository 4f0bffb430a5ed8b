using System.Diagnostics;
using System.Diagnostics.Metrics;
using ClubMediaSociali.Web.Infrastructure.Telemetry;
using Hangfire.Server;

namespace ClubMediaSociali.Web.Infrastructure.Jobs;

/// <summary>
/// A span around every job Hangfire runs ("job DigestJob.RunAsync": its name, id and outcome) and a histogram of
/// job durations by job and outcome, so that a slow or failing schedule shows beside the requests. The SQL a job runs
/// is traced under its span.
/// </summary>
internal sealed class JobTracing : IServerFilter
{
    private const string ActivityKey = "club.activity";
    private const string StartedKey = "club.started";

    private static readonly Histogram<double> Durations = ClubTelemetry.Meter.CreateHistogram<double>(
        "club.jobs.duration", unit: "s", description: "How long each run of a scheduled or queued job took.");

    private static readonly Lock Registering = new();

    /// <summary>
    /// Adds the filter to Hangfire's filters once per process (they are global: an app built twice in one process, as
    /// the tests do, would otherwise trace every job twice).
    /// </summary>
    public static void Register()
    {
        lock (Registering)
        {
            if (!Hangfire.GlobalJobFilters.Filters.Any(filter => filter.Instance is JobTracing))
            {
                Hangfire.GlobalJobFilters.Filters.Add(new JobTracing());
            }
        }
    }

    public void OnPerforming(PerformingContext context)
    {
        var name = NameOf(context);
        var activity = ClubTelemetry.Source.StartActivity($"job {name}", ActivityKind.Internal);
        activity?.SetTag("job.name", name);
        activity?.SetTag("job.id", context.BackgroundJob.Id);
        context.Items[ActivityKey] = activity;
        context.Items[StartedKey] = Stopwatch.GetTimestamp();
    }

    public void OnPerformed(PerformedContext context)
    {
        var outcome = context.Exception is null ? "done" : context.Canceled ? "cancelled" : "failed";
        if (context.Items.TryGetValue(StartedKey, out var started) && started is long timestamp)
        {
            Durations.Record(Stopwatch.GetElapsedTime(timestamp).TotalSeconds,
                new KeyValuePair<string, object?>("job.name", NameOf(context)), new KeyValuePair<string, object?>("job.outcome", outcome));
        }

        if (context.Items.TryGetValue(ActivityKey, out var item) && item is Activity activity)
        {
            activity.SetTag("job.outcome", outcome);
            if (context.Exception is { } exception && !context.ExceptionHandled)
            {
                activity.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            }

            activity.Dispose();
        }
    }

    private static string NameOf(PerformContext context) =>
        $"{context.BackgroundJob.Job.Type.Name}.{context.BackgroundJob.Job.Method.Name}";
}
