using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using Npgsql;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ClubMediaSociali.Web.Infrastructure.Telemetry;

/// <summary>
/// Traces and metrics with OpenTelemetry, off unless configured: over OTLP to a collector when
/// <c>Telemetry:Otlp:Endpoint</c> is set (traces and metrics), and as a Prometheus scrape page at
/// <see cref="ScrapePath"/> answered only to the addresses in <c>Telemetry:Prometheus:AllowedAddresses</c> (metrics).
/// Requests (ASP.NET Core), SQL (Npgsql, and EF Core's own meter), scheduled jobs (Hangfire, through
/// <see cref="Jobs.JobTracing"/>), the live connections (SignalR) and the runtime (GC, thread pool) are measured.
/// </summary>
internal static class ClubTelemetry
{
    public const string ServiceName = "club-media-sociali";
    public const string ScrapePath = "/metrics";

    /// <summary>The Club's own spans and instruments (the scheduled jobs).</summary>
    public static readonly ActivitySource Source = new("ClubMediaSociali");
    public static readonly Meter Meter = new("ClubMediaSociali");

    private static readonly string[] Meters =
    [
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.Diagnostics", "Microsoft.AspNetCore.RateLimiting", "Microsoft.AspNetCore.Http.Connections",
        "Microsoft.AspNetCore.Authentication", "Microsoft.AspNetCore.Identity",
        "Microsoft.EntityFrameworkCore", "System.Runtime", "System.Net.Http", Meter.Name,
    ];

    private static readonly string[] Sources = ["Microsoft.AspNetCore.SignalR.Server", Source.Name];

    public static IServiceCollection AddClubTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = configuration["Telemetry:Otlp:Endpoint"];
        var scraped = AllowedScrapers(configuration).Count > 0;
        if (string.IsNullOrWhiteSpace(otlp) && !scraped)
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                configuration["Telemetry:ServiceName"] ?? ServiceName, serviceInstanceId: Environment.MachineName))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddNpgsqlInstrumentation().AddMeter(Meters);
                if (scraped)
                {
                    metrics.AddPrometheusExporter();
                }

                if (!string.IsNullOrWhiteSpace(otlp))
                {
                    metrics.AddOtlpExporter(options => Configure(options, configuration, otlp, "v1/metrics"));
                }
            });
        if (!string.IsNullOrWhiteSpace(otlp))
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options =>
                {
                    // Health probes and static files every few seconds are noise beside the pages.
                    options.Filter = context => !context.Request.Path.StartsWithSegments("/health")
                        && !context.Request.Path.StartsWithSegments("/lib")
                        && !context.Request.Path.StartsWithSegments("/css")
                        && !context.Request.Path.StartsWithSegments("/js");
                    options.RecordException = true;
                })
                .AddNpgsql()
                .AddSource(Sources)
                .SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(configuration.GetValue("Telemetry:Otlp:SampleRatio", 1.0))))
                .AddOtlpExporter(options => Configure(options, configuration, otlp, "v1/traces")));
        }

        return services;
    }

    /// <summary>
    /// The Prometheus scrape page, answered only to the configured addresses (after the trusted proxies' forwarded
    /// address is applied); anyone else is told there is no such page.
    /// </summary>
    public static IApplicationBuilder UseClubMetricsEndpoint(this IApplicationBuilder app, IConfiguration configuration)
    {
        var allowed = AllowedScrapers(configuration);
        if (allowed.Count > 0)
        {
            app.UseOpenTelemetryPrometheusScrapingEndpoint(context =>
                context.Request.Path == ScrapePath
                && context.Connection.RemoteIpAddress is { } address
                && allowed.Any(network => network.Contains(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address)));
        }

        return app;
    }

    /// <summary>Addresses or networks, comma-separated: "127.0.0.1, 10.0.0.0/8".</summary>
    internal static IReadOnlyList<IPNetwork> AllowedScrapers(IConfiguration configuration) =>
        [.. (configuration["Telemetry:Prometheus:AllowedAddresses"] ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(entry => entry.Contains('/', StringComparison.Ordinal)
                ? IPNetwork.Parse(entry)
                : new IPNetwork(IPAddress.Parse(entry), IPAddress.Parse(entry).AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128))];

    /// <summary>OTLP over gRPC (the collector's port 4317) unless <c>Telemetry:Otlp:Protocol</c> is "http" (port 4318, one path per signal).</summary>
    private static void Configure(OtlpExporterOptions options, IConfiguration configuration, string endpoint, string httpPath)
    {
        var http = string.Equals(configuration["Telemetry:Otlp:Protocol"], "http", StringComparison.OrdinalIgnoreCase);
        options.Protocol = http ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
        options.Endpoint = http ? new Uri(new Uri(endpoint.TrimEnd('/') + "/"), httpPath) : new Uri(endpoint);
        if (configuration["Telemetry:Otlp:Headers"] is { Length: > 0 } headers)
        {
            options.Headers = headers;
        }
    }
}
