using ClubMediaSociali.Application.Common.Links;

namespace ClubMediaSociali.Application.Domain.Newsletter;

public enum EditionStatus
{
    /// <summary>Prepared from the week's best; moderators write its introduction.</summary>
    Draft = 0,

    /// <summary>Waiting for its time; the job starts it then.</summary>
    Scheduled = 1,

    /// <summary>Its mails are leaving, a few at a time.</summary>
    Sending = 2,

    /// <summary>Every subscriber had theirs; it is in the public archive.</summary>
    Sent = 3,
}

/// <summary>What a section of an edition is about.</summary>
public enum EditionSection
{
    RisingIdeas = 0,
    Decisions = 1,
    NewPractices = 2,
    Opportunities = 3,
}

/// <summary>One link of an edition: what it is, its title as written in the Club, where it leads; a decision carries the new status.</summary>
public sealed record EditionItem(EditionSection Section, string Title, TargetKind Kind, string Key, int? State = null)
{
    public Target Target => new(Kind, Key);
}

/// <summary>
/// One edition of the Club's updates: the best of a week (rising ideas, decisions, new practices, open
/// opportunities), fixed when it is prepared, with a title and an introduction in Italian and in English
/// written by a moderator. It goes once to every confirmed subscriber, in their language, and then stays
/// readable in the archive under its number.
/// </summary>
public class NewsletterEdition
{
    public const int TitleMaxLength = 160;
    public const int IntroMaxLength = 3000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Given when sending starts: the editions people received are numbered 1, 2, 3…</summary>
    public int? Number { get; set; }

    /// <summary>The first day (Rome) of the week the edition covers; one edition per week.</summary>
    public DateOnly WeekOf { get; init; }

    public required string TitleIt { get; set; }

    public required string TitleEn { get; set; }

    public string IntroIt { get; set; } = "";

    public string IntroEn { get; set; } = "";

    public EditionItem[] Items { get; set; } = [];

    public EditionStatus Status { get; set; }

    public DateTimeOffset? ScheduledFor { get; set; }

    public DateTimeOffset? SendingStartedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Confirmed subscribers when sending started.</summary>
    public int Recipients { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// One subscriber's copy of one edition. Written for every confirmed subscriber when sending starts; a
/// sender claims a few at a time (skipping those another instance holds) and marks each as sent once the
/// mail server took it. A claim left by a stopped instance is taken up again after <see cref="ClaimLifetime"/>.
/// Leaving the newsletter deletes the subscriber and, with them, their copies.
/// </summary>
public class NewsletterDelivery
{
    public static readonly TimeSpan ClaimLifetime = TimeSpan.FromMinutes(5);

    public Guid EditionId { get; init; }

    public Guid SubscriberId { get; init; }

    public DateTimeOffset? ClaimedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }
}
