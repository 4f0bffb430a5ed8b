namespace ClubMediaSociali.Application.Domain.Repertoire;

/// <summary>
/// One version of a published practice. The first is written when the practice is published; later
/// ones are the author's edits, reviewed like a submission while the published version stays visible.
/// Kept for good: the author and the moderators can read the whole history.
/// </summary>
public class PracticeRevision
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PracticeId { get; init; }

    /// <summary>1 for the version first published, then 2, 3... per practice.</summary>
    public int Number { get; init; }

    public Guid? AuthorId { get; init; }

    public RevisionStatus Status { get; set; }

    public required PracticeContent Content { get; set; }

    public string? ModeratorNote { get; set; }

    public Guid? DecidedById { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// PostgreSQL's row version (xmin): a form carries the one it was drawn from, and a decision on a row
    /// that changed since is refused rather than applied over someone else's.
    /// </summary>
    public uint Version { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>
    /// Version 1, written when a practice is first published (by a moderator's decision, or for content
    /// loaded in bulk, by nobody): it opens the practice's history with the content as published.
    /// </summary>
    public static PracticeRevision FirstPublished(Practice practice, Guid? decidedById, DateTimeOffset publishedAt) => new()
    {
        PracticeId = practice.Id,
        Number = 1,
        AuthorId = practice.AuthorId,
        Status = RevisionStatus.Published,
        Content = PracticeContent.Of(practice),
        DecidedById = decidedById,
        CreatedAt = practice.CreatedAt,
        UpdatedAt = publishedAt,
        SubmittedAt = practice.SubmittedAt,
        DecidedAt = publishedAt,
    };
}

public enum RevisionStatus
{
    Draft = 0,
    Submitted = 1,
    Published = 2,
    ChangesRequested = 3,
    Rejected = 4,
}
