namespace ClubMediaSociali.Application.Domain.Repertoire;

/// <summary>
/// An item of the community of practice's repertoire: a resource, a story (case history), a
/// technique or a method. Written by a member, published only after a moderator's review.
/// </summary>
public class Practice
{
    public const int TitleMaxLength = 160;
    public const int SummaryMaxLength = 500;
    public const int BodyMaxLength = 20_000;
    public const int NoteMaxLength = 1000;
    public const int StepMaxLength = 500;
    public const int MaxSteps = 30;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public PracticeKind Kind { get; set; }

    public required string Title { get; set; }

    public string Summary { get; set; } = "";

    public string BodyMarkdown { get; set; } = "";

    public string BodyHtml { get; set; } = "";

    public PracticeLevel Level { get; set; }

    public string[] Channels { get; set; } = [];

    public int[] TargetRoleIds { get; set; } = [];

    public string[] Tags { get; set; } = [];

    /// <summary>The uploads attached to the published text (see <see cref="Media.Upload"/>), in the author's order.</summary>
    public Guid[] AttachmentIds { get; set; } = [];

    /// <summary>The member who wrote it. A deleted account keeps its row (as "Ex membro"), so this stays set.</summary>
    public Guid? AuthorId { get; set; }

    public PracticeStatus Status { get; set; }

    public bool Featured { get; set; }

    /// <summary>How many members marked it "utile"; changed in the same statement as the marks.</summary>
    public int UsefulCount { get; set; }

    /// <summary>The moderator's latest note to the author (changes requested, or the reason for a rejection).</summary>
    public string? ModeratorNote { get; set; }

    // Resource
    public string? ResourceUrl { get; set; }

    public ResourceFormat? ResourceFormat { get; set; }

    // Story
    public string? StoryOrganisation { get; set; }

    public string? StorySector { get; set; }

    public int? StoryYear { get; set; }

    public string? StoryOutcome { get; set; }

    /// <summary>Ordered steps of a technique or method.</summary>
    public string[] Steps { get; set; } = [];

    /// <summary>The idea of the network of ideas this practice grew from, if a moderator made it from one.</summary>
    public Guid? SourceIdeaId { get; set; }

    /// <summary>The event this practice grew from, if its organisers made it from one (with its materials).</summary>
    public Guid? SourceEventId { get; set; }

    /// <summary>Whether it passed the spam defence; only clear contributions are public (see <see cref="Moderation.Screening"/>).</summary>
    public Moderation.Screening Screening { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// PostgreSQL's row version (xmin): a form carries the one it was drawn from, and a decision on a row
    /// that changed since is refused rather than applied over someone else's.
    /// </summary>
    public uint Version { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }
}

public enum PracticeKind
{
    Resource = 0,
    Story = 1,
    Technique = 2,
    Method = 3,
}

public enum PracticeLevel
{
    Introductory = 0,
    Intermediate = 1,
    Advanced = 2,
}

public enum ResourceFormat
{
    Article = 0,
    Video = 1,
    Slides = 2,
    Tool = 3,
    Template = 4,
    Study = 5,
    Book = 6,
}

public enum PracticeStatus
{
    Draft = 0,
    Submitted = 1,
    Published = 2,
    ChangesRequested = 3,
    Rejected = 4,
    Archived = 5,
}

/// <summary>The channels a practice can concern; stored by key.</summary>
public static class PracticeChannels
{
    public static readonly IReadOnlyList<string> All =
        ["facebook", "linkedin", "x", "instagram", "youtube", "tiktok", "blog", "newsletter", "intranet", "flickr", "slideshare"];
}
