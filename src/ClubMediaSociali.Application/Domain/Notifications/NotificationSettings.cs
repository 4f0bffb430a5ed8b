namespace ClubMediaSociali.Application.Domain.Notifications;

/// <summary>How a member wants one category of notifications: in the site only, also by email, or not at all.</summary>
public enum NotificationChannel
{
    InSite = 0,
    Email = 1,
    Off = 2,
}

/// <summary>A member's choice for one category; categories without a row take <see cref="NotificationCategories.DefaultChannel"/>.</summary>
public class NotificationSetting
{
    public Guid MemberId { get; init; }

    public required string Category { get; init; }

    public NotificationChannel Channel { get; set; }
}

/// <summary>The categories members choose for: the part of a notification's kind before the dot.</summary>
public static class NotificationCategories
{
    public const string Connection = "connection";
    public const string Comment = "comment";
    public const string Mention = "mention";
    public const string Idea = "idea";
    public const string Practice = "practice";
    public const string Opportunity = "opportunity";
    public const string Company = "company";
    public const string Badge = "badge";
    public const string Files = "media";

    /// <summary>The events a member registered for: a place that frees up for them, a change of time or place, a cancellation.</summary>
    public const string Event = "event";

    public static IReadOnlyList<string> All { get; } = [Connection, Comment, Mention, Idea, Practice, Opportunity, Company, Event, Badge, Files];

    /// <summary>
    /// The channel of a category the member has not chosen for: in the site, except the events they registered for,
    /// whose changes also go by mail (web calendars refresh a subscribed feed only every 12 to 24 hours).
    /// </summary>
    public static NotificationChannel DefaultChannel(string category) => category == Event ? NotificationChannel.Email : NotificationChannel.InSite;

    public static string Of(string kind) => NotificationKinds.Find(kind)?.Category ?? kind;
}

/// <summary>How often a member wants the digest email; anything but <see cref="Off"/> needs their recorded consent.</summary>
public enum DigestFrequency
{
    Off = 0,
    Daily = 1,
    Weekly = 2,
}
