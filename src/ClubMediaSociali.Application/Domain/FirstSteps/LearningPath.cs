namespace ClubMediaSociali.Application.Domain.FirstSteps;

/// <summary>
/// "Primi passi": an ordered reading of published practices, composed by moderators for people who
/// are new to a subject (the first one is for people new to social media).
/// </summary>
public class LearningPath
{
    public const int TitleMaxLength = 160;
    public const int IntroMaxLength = 2000;
    public const int MaxPractices = 30;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Slug { get; set; }

    public required string Title { get; set; }

    public string Intro { get; set; } = "";

    /// <summary>The practices in reading order.</summary>
    public Guid[] PracticeIds { get; set; } = [];

    /// <summary>Where the path appears among the others, lowest first.</summary>
    public int Position { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
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
