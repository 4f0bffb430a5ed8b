namespace ClubMediaSociali.Application.Domain.Network;

/// <summary>The kinds of text that may mention members with "@handle".</summary>
public enum MentionPlace
{
    Comment = 1,
    Idea = 2,
    Practice = 3,
}

/// <summary>
/// A member told that a text mentions them: one row per text and member, so that an edit tells only the members
/// it adds, and the day's count per writer bounds how many people one member can call on.
/// </summary>
public class Mention
{
    public MentionPlace Place { get; init; }

    public Guid SourceId { get; init; }

    public Guid MemberId { get; init; }

    public Guid AuthorId { get; init; }

    public DateTimeOffset At { get; init; }
}

/// <summary>How many members one text, and one writer in a day, may call on; newcomers fewer, as spam starts there.</summary>
public static class MentionLimits
{
    public const int PerText = 10;
    public const int PerTextForNewcomers = 3;
    public const int PerDay = 50;
    public const int PerDayForNewcomers = 10;
}
