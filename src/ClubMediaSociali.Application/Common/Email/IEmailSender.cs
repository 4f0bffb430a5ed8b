namespace ClubMediaSociali.Application.Common.Email;

/// <summary>A message to one person. Both bodies say the same thing; mail clients pick one.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string HtmlBody)
{
    /// <summary>Extra headers, such as List-Unsubscribe on mail members can stop receiving.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}

/// <summary>Sends mail: over SMTP, or into a pickup folder during local development.</summary>
public interface IClubEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
