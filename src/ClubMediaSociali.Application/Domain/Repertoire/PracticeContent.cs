namespace ClubMediaSociali.Application.Domain.Repertoire;

/// <summary>
/// Everything an author writes in a practice: what a revision proposes and what publishing it puts
/// in place. Kept as one value so a revision stores a whole version and history shows it as it was.
/// </summary>
public sealed record PracticeContent
{
    public PracticeKind Kind { get; init; }

    public string Title { get; init; } = "";

    public string Summary { get; init; } = "";

    public string BodyMarkdown { get; init; } = "";

    public string BodyHtml { get; init; } = "";

    public PracticeLevel Level { get; init; }

    public string[] Channels { get; init; } = [];

    public int[] TargetRoleIds { get; init; } = [];

    public string[] Tags { get; init; } = [];

    public string? ResourceUrl { get; init; }

    public ResourceFormat? ResourceFormat { get; init; }

    public string? StoryOrganisation { get; init; }

    public string? StorySector { get; init; }

    public int? StoryYear { get; init; }

    public string? StoryOutcome { get; init; }

    public string[] Steps { get; init; } = [];

    /// <summary>The uploads attached (the study, the slides), in the author's order.</summary>
    public Guid[] AttachmentIds { get; init; } = [];

    public static PracticeContent Of(Practice practice) => new()
    {
        Kind = practice.Kind,
        Title = practice.Title,
        Summary = practice.Summary,
        BodyMarkdown = practice.BodyMarkdown,
        BodyHtml = practice.BodyHtml,
        Level = practice.Level,
        Channels = practice.Channels,
        TargetRoleIds = practice.TargetRoleIds,
        Tags = practice.Tags,
        ResourceUrl = practice.ResourceUrl,
        ResourceFormat = practice.ResourceFormat,
        StoryOrganisation = practice.StoryOrganisation,
        StorySector = practice.StorySector,
        StoryYear = practice.StoryYear,
        StoryOutcome = practice.StoryOutcome,
        Steps = practice.Steps,
        AttachmentIds = practice.AttachmentIds,
    };

    public void ApplyTo(Practice practice)
    {
        practice.Kind = Kind;
        practice.Title = Title;
        practice.Summary = Summary;
        practice.BodyMarkdown = BodyMarkdown;
        practice.BodyHtml = BodyHtml;
        practice.Level = Level;
        practice.Channels = Channels;
        practice.TargetRoleIds = TargetRoleIds;
        practice.Tags = Tags;
        practice.ResourceUrl = ResourceUrl;
        practice.ResourceFormat = ResourceFormat;
        practice.StoryOrganisation = StoryOrganisation;
        practice.StorySector = StorySector;
        practice.StoryYear = StoryYear;
        practice.StoryOutcome = StoryOutcome;
        practice.Steps = Steps;
        practice.AttachmentIds = AttachmentIds;
    }
}
