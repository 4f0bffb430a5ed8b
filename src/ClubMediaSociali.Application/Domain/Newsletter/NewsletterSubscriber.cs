namespace ClubMediaSociali.Application.Domain.Newsletter;

/// <summary>
/// Someone (member or visitor) who asked for the Club's email updates. The consent is explicit,
/// separate from any other, and remembers which version of the privacy notice was accepted.
/// </summary>
public class NewsletterSubscriber
{
    public const int EmailMaxLength = 254;
    public const int NameMaxLength = 80;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Lower-cased, trimmed address: the unique key.</summary>
    public required string Email { get; init; }

    public string? Name { get; set; }

    public required string PrivacyPolicyVersion { get; set; }

    public DateTimeOffset ConsentedAt { get; set; }

    /// <summary>When the subscriber opened the confirmation link; nothing is sent to an unconfirmed address.</summary>
    public DateTimeOffset? ConfirmedAt { get; set; }

    /// <summary>The culture the subscriber used, so mail can be sent in their language.</summary>
    public required string Culture { get; set; }
}
