using ClubMediaSociali.Application.Common.Email;
using ClubMediaSociali.Tests.Infrastructure;

namespace ClubMediaSociali.Tests.Features.Accounts;

/// <summary>The real SMTP path: MailKit talks to an SMTP server (Debian's aiosmtpd) that stores what it receives.</summary>
public sealed class SmtpDeliveryTests
{
    [Fact]
    public async Task Mail_is_delivered_over_smtp_with_its_extra_headers()
    {
        await using var sink = await SmtpSink.StartAsync();

        await sink.Sender().SendAsync(new EmailMessage("marta@esempio.it", "Conferma il tuo indirizzo email", "Apri http://localhost/conferma", "<p>Apri</p>")
        {
            Headers = new Dictionary<string, string> { ["List-Unsubscribe"] = "<http://localhost/via>" },
        });

        var message = Assert.Single(sink.Received());
        Assert.Equal("Conferma il tuo indirizzo email", message.Subject);
        Assert.Equal("marta@esempio.it", message.To.Mailboxes.Single().Address);
        Assert.Equal("club@club.example", message.From.Mailboxes.Single().Address);
        Assert.Contains("http://localhost/conferma", message.TextBody, StringComparison.Ordinal);
        Assert.Equal("<http://localhost/via>", message.Headers["List-Unsubscribe"]);
    }
}
