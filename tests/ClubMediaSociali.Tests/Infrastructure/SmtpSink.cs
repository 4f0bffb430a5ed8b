using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ClubMediaSociali.Web.Infrastructure.Email;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ClubMediaSociali.Tests.Infrastructure;

/// <summary>A real SMTP server (Debian's aiosmtpd) on a free local port, storing what it receives in a maildir.</summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly Process _server;
    private readonly string _maildir;

    private SmtpSink(Process server, string maildir, int port)
    {
        _server = server;
        _maildir = maildir;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The app's real SMTP sender, pointed at this server.</summary>
    public Application.Common.Email.IClubEmailSender Sender() => new SmtpEmailSender(
        Options.Create(new EmailOptions { Host = "127.0.0.1", Port = Port, UseStartTls = false, FromAddress = "club@club.example" }),
        NullLogger<SmtpEmailSender>.Instance);

    /// <summary>Starts the server on <paramref name="port"/>, or on a free port.</summary>
    public static async Task<SmtpSink> StartAsync(int? port = null)
    {
        var maildir = Path.Combine(Path.GetTempPath(), $"club-maildir-{Guid.NewGuid():N}");
        port ??= FreePort();
        var server = Process.Start(new ProcessStartInfo("/usr/bin/python3")
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", maildir },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        await WaitForPortAsync(port.Value);
        return new SmtpSink(server, maildir, port.Value);
    }

    public IReadOnlyList<MimeMessage> Received()
    {
        var folder = Path.Combine(_maildir, "new");
        return Directory.Exists(folder) ? Directory.GetFiles(folder).Order().Select(f => MimeMessage.Load(f)).ToList() : [];
    }

    public ValueTask DisposeAsync()
    {
        _server.Kill(entireProcessTree: true);
        _server.Dispose();
        if (Directory.Exists(_maildir))
        {
            Directory.Delete(_maildir, recursive: true);
        }

        return ValueTask.CompletedTask;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static async Task WaitForPortAsync(int port)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException("The SMTP server did not start.");
    }
}
