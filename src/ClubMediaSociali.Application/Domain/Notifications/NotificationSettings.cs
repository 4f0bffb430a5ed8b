namespace ClubMediaSociali.Application.Domain.Notifications;

/// <summary>How a member wants one category of notifications: in the site only, also by email, or not at all.</summary>
public enum NotificationChannel
{
    InSite = 0,
    Email = 1,
    Off = 2,
}

/// <summary>A member's choice for one category; categories without a row are <see cref="NotificationChannel.InSite"/>.</summary>
public class NotificationSetting
{
    public Guid MemberId { get; init; }

    public required string Category { get; init; }

    public NotificationChannel Channel { get; set; }
}

/// <summary>The categories members choose for: the part of a notification's kind before the dot.</summary>
public static class NotificationCategories
{
    public static IReadOnlyList<string> All { get; } = ["connection", "comment", "idea", "practice", "opportunity", "company", "badge"];

    public static string Of(string kind) => kind.IndexOf('.', StringComparison.Ordinal) is > 0 and var dot ? kind[..dot] : kind;
}

/// <summary>How often a member wants the digest email; anything but <see cref="Off"/> needs their recorded consent.</summary>
public enum DigestFrequency
{
    Off = 0,
    Daily = 1,
    Weekly = 2,
}
