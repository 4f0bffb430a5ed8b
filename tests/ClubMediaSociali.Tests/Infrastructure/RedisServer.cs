using System.Diagnostics;

namespace ClubMediaSociali.Tests.Infrastructure;

/// <summary>A real Redis (Debian's redis-server, which the CI script installs) on a free local port, keeping nothing on disk.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly Process _server;

    private RedisServer(Process server, int port) => (_server, Port) = (server, port);

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        var port = SmtpSink.FreePort();
        var server = Process.Start(new ProcessStartInfo("redis-server")
        {
            ArgumentList = { "--bind", "127.0.0.1", "--port", $"{port}", "--save", "", "--appendonly", "no" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        await SmtpSink.WaitForPortAsync(port);
        return new RedisServer(server, port);
    }

    public ValueTask DisposeAsync()
    {
        _server.Kill(entireProcessTree: true);
        _server.Dispose();
        return ValueTask.CompletedTask;
    }
}
