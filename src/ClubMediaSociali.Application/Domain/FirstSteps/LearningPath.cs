namespace ClubMediaSociali.Application.Domain.FirstSteps;

/// <summary>
/// "Primi passi": a guided reading of published practices, step by step, composed by moderators for
/// people who are new to a subject (the first one is for people new to social media). A draft is seen
/// by moderators only; members and visitors see published paths.
/// </summary>
public class LearningPath
{
    public const int TitleMaxLength = 160;
    public const int IntroMaxLength = 2000;
    public const int MaxSteps = 30;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Slug { get; set; }

    public required string Title { get; set; }

    public string Intro { get; set; } = "";

    /// <summary>Seen by moderators only until it is published.</summary>
    public bool IsDraft { get; set; }

    /// <summary>Where the path appears among the others, lowest first.</summary>
    public int Position { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>One step of a path: a published practice and the moderator's note on why it comes here.</summary>
public class LearningPathStep
{
    public const int NoteMaxLength = 400;

    public Guid PathId { get; init; }

    /// <summary>1 for the first step.</summary>
    public int Number { get; init; }

    public Guid PracticeId { get; init; }

    public string Note { get; init; } = "";
}

/// <summary>
/// How far a member has gone along a path: the practices they marked as read there. Kept by practice, so
/// a moderator who reorders the path does not lose anyone's progress.
/// </summary>
public class LearningPathProgress
{
    public Guid MemberId { get; init; }

    public Guid PathId { get; init; }

    public Guid[] DonePracticeIds { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When every step was first done; it stays even if the path later grows.</summary>
    public DateTimeOffset? CompletedAt { get; set; }
}

/// <summary>A reading time a person can plan around: about 1,200 characters a minute, rounded up (so never under a minute).</summary>
public static class ReadingTime
{
    public const int CharactersPerMinute = 1200;
}

/// <summary>A word of the trade explained plainly, with the practices that show it at work.</summary>
public class GlossaryTerm
{
    public const int TermMaxLength = 80;
    public const int DefinitionMaxLength = 1500;
    public const int MaxRelated = 10;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Term { get; set; }

    public required string Slug { get; set; }

    public required string Definition { get; set; }

    public Guid[] RelatedPracticeIds { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; }
}
