namespace ClubMediaSociali.Application.Domain.Notifications;

/// <summary>
/// Something a member should know (their practice was published, an idea they follow changed...).
/// Records now; the notifications feature shows them and sends them by email and in digests.
/// </summary>
public class Notification
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MemberId { get; init; }

    /// <summary>Stable code ("practice.published"...), turned into text in the reader's language when shown.</summary>
    public required string Kind { get; init; }

    public required string Subject { get; init; }

    public string? Note { get; init; }

    public required string Link { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ReadAt { get; set; }

    /// <summary>When the email job looked at it, and sent it if the member wants its category by email.</summary>
    public DateTimeOffset? EmailCheckedAt { get; set; }
}
