using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ClubMediaSociali.Application.Common.Email;
using ClubMediaSociali.Web.Infrastructure.Email;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ClubMediaSociali.Tests.Features.Accounts;

/// <summary>The real SMTP path: MailKit talks to an SMTP server (Debian's aiosmtpd) that stores what it receives.</summary>
public sealed class SmtpDeliveryTests
{
    [Fact]
    public async Task Mail_is_delivered_over_smtp()
    {
        var maildir = Path.Combine(Path.GetTempPath(), $"club-maildir-{Guid.NewGuid():N}");
        var port = FreePort();
        using var server = Process.Start(new ProcessStartInfo("/usr/bin/python3")
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", maildir },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        try
        {
            await WaitForPortAsync(port);
            var sender = new SmtpEmailSender(
                Options.Create(new EmailOptions { Host = "127.0.0.1", Port = port, UseStartTls = false, FromAddress = "club@club.example" }),
                NullLogger<SmtpEmailSender>.Instance);

            await sender.SendAsync(new EmailMessage("marta@esempio.it", "Conferma il tuo indirizzo email", "Apri http://localhost/conferma", "<p>Apri</p>"));

            var delivered = Directory.GetFiles(Path.Combine(maildir, "new"));
            var message = await MimeMessage.LoadAsync(Assert.Single(delivered));
            Assert.Equal("Conferma il tuo indirizzo email", message.Subject);
            Assert.Equal("marta@esempio.it", message.To.Mailboxes.Single().Address);
            Assert.Equal("club@club.example", message.From.Mailboxes.Single().Address);
            Assert.Contains("http://localhost/conferma", message.TextBody, StringComparison.Ordinal);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            if (Directory.Exists(maildir))
            {
                Directory.Delete(maildir, recursive: true);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForPortAsync(int port)
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
