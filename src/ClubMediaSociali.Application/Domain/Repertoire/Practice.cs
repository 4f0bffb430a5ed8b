namespace ClubMediaSociali.Application.Domain.Repertoire;

/// <summary>
/// An item of the community of practice's repertoire. This first cut holds what the home page
/// needs; the repertoire feature adds kinds, bodies, curation and search.
/// </summary>
public class Practice
{
    public const int TitleMaxLength = 160;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Title { get; set; }

    public PracticeStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? PublishedAt { get; set; }
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
