using System.Collections.Concurrent;
using System.Net;
using System.Text;
using ClubMediaSociali.Tests.Infrastructure;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace ClubMediaSociali.Tests.Features.Startup;

/// <summary>
/// An operator sees the Club's requests, SQL and jobs: spans go over OTLP to the collector the settings name (here a
/// small OTLP/HTTP receiver on a real port), and metrics are scraped from /metrics by the addresses allowed, no one else.
/// </summary>
public sealed class TelemetryTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task The_scrape_page_answers_the_allowed_addresses_only()
    {
        var peer = new Peer(IPAddress.Loopback);
        await using var app = new ClubAppFactory(
            Fixture.Database.ConnectionString,
            new Dictionary<string, string> { ["Telemetry:Prometheus:AllowedAddresses"] = "192.0.2.0/24, 2001:db8::1" },
            services => services.AddSingleton<IStartupFilter>(peer));
        using var http = app.CreateClient();

        peer.Address = IPAddress.Parse("198.51.100.7");
        using var page = await http.GetAsync(new Uri("/idee", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var refused = await http.GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.DoesNotContain("http_server_request_duration", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        peer.Address = IPAddress.Parse("192.0.2.44");
        using var scraped = await http.GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, scraped.StatusCode);
        var metrics = await scraped.Content.ReadAsStringAsync();
        Assert.Contains("http_server_request_duration_seconds_bucket{", metrics, StringComparison.Ordinal);
        Assert.Contains("http_route=\"idee\"", metrics, StringComparison.Ordinal);
        // SQL from Npgsql's own meter, the GC from the runtime's.
        Assert.Contains("db_client_operation_duration", metrics, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_", metrics, StringComparison.Ordinal);

        peer.Address = IPAddress.Parse("2001:db8::2");
        using var neighbour = await http.GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, neighbour.StatusCode);
    }

    [Fact]
    public async Task Without_settings_there_is_no_scrape_page()
    {
        using var http = Fixture.Factory.CreateClient();
        using var answer = await http.GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
    }

    [Fact]
    public async Task Requests_their_sql_and_jobs_reach_the_collector_over_otlp()
    {
        await using var collector = await OtlpReceiver.StartAsync();
        await using var app = new ClubAppFactory(Fixture.Database.ConnectionString, new Dictionary<string, string>
        {
            ["Telemetry:Otlp:Endpoint"] = collector.Address,
            ["Telemetry:Otlp:Protocol"] = "http",
        });
        using var http = app.CreateClient();
        using var page = await http.GetAsync(new Uri("/idee?ordine=nuove", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        // A job as Hangfire runs it: queued, fetched by a server, performed through the Club's filters.
        var storage = app.Services.GetRequiredService<JobStorage>();
        new BackgroundJobClient(storage).Create(Job.FromExpression(() => TracedJob.Touch()), new EnqueuedState("telemetria"));
        using (var server = new BackgroundJobServer(new BackgroundJobServerOptions { Queues = ["telemetria"], WorkerCount = 1 }, storage))
        {
            await TracedJob.Touched.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await Task.Delay(200); // the filter closes the span just after the job returns
        }

        Assert.True(app.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
        var traces = collector.Received("/v1/traces");
        Assert.Contains("GET idee", traces, StringComparison.Ordinal);
        Assert.Contains("Npgsql", traces, StringComparison.Ordinal);
        Assert.Contains("job TracedJob.Touch", traces, StringComparison.Ordinal);
    }

    /// <summary>The job: Hangfire calls it by its type and method, as it calls the Club's own.</summary>
    public static class TracedJob
    {
        public static readonly TaskCompletionSource Touched = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public static void Touch() => Touched.TrySetResult();
    }

    /// <summary>
    /// A collector's OTLP/HTTP port: it keeps what is posted, per path, as text (protobuf carries names and values as
    /// plain UTF-8, which is all the test reads).
    /// </summary>
    private sealed class OtlpReceiver : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ConcurrentQueue<(string Path, byte[] Body)> _posts = new();

        private OtlpReceiver(WebApplication app) => _app = app;

        public string Address => _app.Urls.First();

        public static async Task<OtlpReceiver> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var receiver = new OtlpReceiver(app);
            app.MapPost("/v1/{signal}", async (HttpContext context) =>
            {
                using var body = new MemoryStream();
                await context.Request.Body.CopyToAsync(body);
                receiver._posts.Enqueue((context.Request.Path, body.ToArray()));
                context.Response.ContentType = "application/x-protobuf";
            });
            await app.StartAsync();
            return receiver;
        }

        public string Received(string path) =>
            string.Concat(_posts.Where(post => post.Path == path).Select(post => Encoding.UTF8.GetString(post.Body)));

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
