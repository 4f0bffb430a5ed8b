namespace ClubMediaSociali.Application.Domain.Network;

/// <summary>What happened, as the bacheca tells it.</summary>
public enum ActivityKind
{
    PracticePublished = 1,
    IdeaPosted = 2,
    IdeaDecided = 3,
    CommentPosted = 4,
    OpportunityOpened = 5,
    BadgeEarned = 6,
    ContactsConnected = 7,
}

/// <summary>What an activity is about: the page it leads to.</summary>
public enum ActivitySubject
{
    Practice = 1,
    Idea = 2,
    Opportunity = 3,
    Member = 4,
}

/// <summary>
/// One line of the Club's activity, written once by an effect when something happens (ADR-016) and read by every
/// member whose follows match it: by its actor (a contact, a followed member), its company, its tags, its roles or its
/// subject (a followed idea). Its subject is checked again when it is read, so held, removed or deleted content never
/// shows, whatever was true when the line was written.
/// </summary>
public class Activity
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public ActivityKind Kind { get; init; }

    /// <summary>The member who did it; null when the Club did (a decision on an idea).</summary>
    public Guid? ActorId { get; init; }

    public ActivitySubject SubjectKind { get; init; }

    /// <summary>The item (practice, idea, opportunity) or, for two members now in contact, the other member.</summary>
    public Guid SubjectId { get; init; }

    /// <summary>A part of the subject: the comment's id, the badge's key, the idea's new status.</summary>
    public string? Part { get; init; }

    /// <summary>The subject's title when it happened (a practice, an idea, an opportunity).</summary>
    public string Title { get; init; } = "";

    public Guid? CompanyId { get; init; }

    public string[] Tags { get; init; } = [];

    public int[] RoleIds { get; init; } = [];

    public DateTimeOffset At { get; init; }
}
