using System.Net.Sockets;
using ClubMediaSociali.Application.Common.Email;
using Hangfire;

namespace ClubMediaSociali.Web.Infrastructure.Email;

/// <summary>
/// Sends at once over SMTP. When the mail server does not answer (down, refusing, timing out), the message
/// waits in the job queue instead, stored in PostgreSQL so it survives a restart, and Hangfire retries it
/// with growing pauses; the member's action (joining, subscribing, resetting a password) still succeeds.
/// </summary>
internal sealed class DeferringEmailSender(SmtpEmailSender smtp, IBackgroundJobClient jobs, ILogger<DeferringEmailSender> logger) : IClubEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        try
        {
            await smtp.SendAsync(message, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or SocketException or TimeoutException or MailKit.ProtocolException
            or MailKit.CommandException or MailKit.Security.AuthenticationException or MailKit.Security.SslHandshakeException)
        {
            var job = jobs.Enqueue<DeferredMail>(mail => mail.SendAsync(message, CancellationToken.None));
            logger.LogWarning(ex, "Mail {Subject} could not be sent now; queued as job {JobId} to be retried", message.Subject, job);
        }
    }
}

/// <summary>A message the mail server did not take at first; Hangfire retries it until it does.</summary>
internal sealed class DeferredMail(SmtpEmailSender smtp)
{
    [AutomaticRetry(Attempts = 20)]
    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken) => smtp.SendAsync(message, cancellationToken);
}
