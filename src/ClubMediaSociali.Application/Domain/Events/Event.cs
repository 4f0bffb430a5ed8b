using ClubMediaSociali.Application.Domain.Members;

namespace ClubMediaSociali.Application.Domain.Events;

/// <summary>
/// A meetup, webinar, workshop, fair stand or networking aperitivo, organised by the Club (its staff), by a company
/// (its representatives) or by a member from trust level "esperto". Its times are instants (UTC) with the zone it
/// happens in (<see cref="TimeZone"/>, an IANA name): 18:00 in Rome stays 18:00 in Rome across the change to summer
/// time, and calendars are told the zone. One address and one calendar UID for ever; each change a registrant
/// should hear of raises <see cref="Sequence"/>, as calendars expect.
/// </summary>
public class Event
{
    public const int TitleMaxLength = 160;
    public const int DescriptionMaxLength = 10_000;
    public const int PlaceMaxLength = 200;
    public const int UrlMaxLength = 500;
    public const int QuestionMaxLength = 300;
    public const int PriceNoteMaxLength = 200;
    public const int MaxRoles = 5;
    public const int MaxSpeakers = 10;
    public const string DefaultTimeZone = "Europe/Rome";

    /// <summary>The longest an event lasts (a fair of several days): the upcoming list reads from this far back.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(14);

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public EventOrganizer OrganizedBy { get; init; }

    /// <summary>The organising company (its representatives manage the event); none for the Club's or a member's.</summary>
    public Guid? CompanyId { get; init; }

    /// <summary>Who created it; for a member's event, the one who manages it. Null once their account is deleted.</summary>
    public Guid? CreatedById { get; set; }

    public EventKind Kind { get; set; }

    public required string Title { get; set; }

    public string DescriptionMarkdown { get; set; } = "";

    public string DescriptionHtml { get; set; } = "";

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    /// <summary>The IANA zone the event happens in (<see cref="DefaultTimeZone"/> unless set).</summary>
    public string TimeZone { get; set; } = DefaultTimeZone;

    public bool Online { get; set; }

    /// <summary>Where to join an online event: shown to registered members only.</summary>
    public string? OnlineUrl { get; set; }

    public string? Venue { get; set; }

    public string? Address { get; set; }

    public string? City { get; set; }

    public ItalianRegion? Region { get; set; }

    /// <summary>Places; none means no limit.</summary>
    public int? Capacity { get; set; }

    /// <summary>Registrations close then (at the start when not set).</summary>
    public DateTimeOffset? RegistrationDeadline { get; set; }

    /// <summary>Free, or an indicative price told in <see cref="PriceNote"/>: the Club takes no payments.</summary>
    public bool Free { get; set; } = true;

    public string? PriceNote { get; set; }

    /// <summary>The professional roles it is for.</summary>
    public int[] RoleIds { get; set; } = [];

    public string[] Tags { get; set; } = [];

    /// <summary>Members who speak, linked to their profiles, in the organiser's order.</summary>
    public Guid[] SpeakerIds { get; set; } = [];

    /// <summary>An optional question each registrant answers (their company size, what they hope to learn).</summary>
    public string? Question { get; set; }

    public EventStatus Status { get; set; }

    /// <summary>The iCalendar SEQUENCE: raised by every change of time, place or status.</summary>
    public int Sequence { get; set; }

    /// <summary>Registered members, kept by every registration and cancellation under the event's row lock.</summary>
    public int RegisteredCount { get; set; }

    public int WaitingCount { get; set; }

    /// <summary>The last number given to a registration: the order the database took them in, and the waiting list's.</summary>
    public long LastNumber { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    /// <summary>What the organisers share from the start on: slides, the recording, other links.</summary>
    public EventMaterial[] Materials { get; set; } = [];

    /// <summary>When its organiser and speakers were given their points for a held event (or it was found to fall short).</summary>
    public DateTimeOffset? ReputationCheckedAt { get; set; }

    /// <summary>The practice draft made from the event (and its materials), credited to its speakers.</summary>
    public Guid? PracticeId { get; set; }

    /// <summary>Whether places are left.</summary>
    public bool HasRoom => Capacity is not { } capacity || RegisteredCount < capacity;

    /// <summary>Registrations are open until the deadline (or the start), unless it was cancelled.</summary>
    public bool RegistrationOpen(DateTimeOffset now) => Status == EventStatus.Scheduled && now < (RegistrationDeadline ?? StartsAt);
}

/// <summary>A link the organisers share: the slides, the recording, anything else worth keeping.</summary>
public sealed record EventMaterial(MaterialKind Kind, string Title, string Url)
{
    public const int Max = 10;
    public const int TitleMaxLength = 120;
}

public enum MaterialKind
{
    Slides = 0,
    Recording = 1,
    Other = 2,
}

public enum EventKind
{
    Meetup = 0,
    Webinar = 1,
    Workshop = 2,
    Fair = 3,
    Networking = 4,
}

public enum EventOrganizer
{
    Club = 0,
    Company = 1,
    Member = 2,
}

public enum EventStatus
{
    Scheduled = 0,
    Cancelled = 1,
}

/// <summary>
/// A member's place at an event, one row per member and event for ever (the primary key decides a double click):
/// registered, waiting (in <see cref="Number"/> order) or cancelled; registering again reuses the row with a new number.
/// </summary>
public class EventRegistration
{
    public const int AnswerMaxLength = 500;

    public Guid EventId { get; init; }

    public Guid MemberId { get; init; }

    public RegistrationStatus Status { get; set; }

    /// <summary>The order the database took the registration in: who waits first is promoted first.</summary>
    public long Number { get; set; }

    /// <summary>The answer to the event's question, if it has one.</summary>
    public string? Answer { get; set; }

    /// <summary>Shown to the other registrants in "chi partecipa" (their choice, off by default).</summary>
    public bool ShowMe { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }

    public DateTimeOffset? PromotedAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    public DateTimeOffset? CheckedInAt { get; set; }

    /// <summary>When the reminder the day before went (once; cleared when the event moves).</summary>
    public DateTimeOffset? DayReminderAt { get; set; }

    /// <summary>When the reminder the hour before went (once; cleared when the event moves).</summary>
    public DateTimeOffset? HourReminderAt { get; set; }
}

public enum RegistrationStatus
{
    Registered = 0,
    Waiting = 1,
    Cancelled = 2,
}
