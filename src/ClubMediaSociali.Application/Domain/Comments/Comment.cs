namespace ClubMediaSociali.Application.Domain.Comments;

/// <summary>
/// A comment in a thread attached to a practice (and later to ideas, decisions and opportunities).
/// Replies go one level deep: a reply's parent is always a top-level comment.
/// </summary>
public class Comment
{
    public const int BodyMaxLength = 5000;
    public const int ReasonMaxLength = 500;

    /// <summary>The flag weight that hides a comment until a moderator looks at it: three members, or one leader.</summary>
    public const int FlagsToHide = 3;

    /// <summary>How long the author can still edit.</summary>
    public static readonly TimeSpan EditWindow = TimeSpan.FromMinutes(15);

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public CommentThreadKind ThreadKind { get; init; }

    public Guid ThreadId { get; init; }

    public Guid? ParentId { get; init; }

    public Guid? AuthorId { get; init; }

    public string BodyMarkdown { get; set; } = "";

    public string BodyHtml { get; set; } = "";

    public CommentStatus Status { get; set; }

    /// <summary>The weight of the flags received: one per member, more for trusted members (see TrustLevels.FlagWeight).</summary>
    public int FlagCount { get; set; }

    public string? RemovedReason { get; set; }

    public Guid? RemovedById { get; set; }

    /// <summary>Whether it passed the spam defence; only clear contributions are public (see <see cref="Moderation.Screening"/>).</summary>
    public Moderation.Screening Screening { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? EditedAt { get; set; }
}

public enum CommentThreadKind
{
    Practice = 0,
    Idea = 1,
    Decision = 2,
    Opportunity = 3,

    /// <summary>An event's page: its registrants and organisers write, before and after it.</summary>
    Event = 4,
}

public enum CommentStatus
{
    Visible = 0,

    /// <summary>Contains links and the author has not published anything yet: waits for a moderator.</summary>
    Held = 1,

    /// <summary>Flagged by enough members: hidden until a moderator reviews it.</summary>
    Hidden = 2,

    Removed = 3,

    DeletedByAuthor = 4,
}

/// <summary>A member's report that a comment breaks the rules. One per member and comment.</summary>
public class CommentFlag
{
    public Guid CommentId { get; init; }

    public Guid MemberId { get; init; }

    public required string Reason { get; init; }

    public DateTimeOffset At { get; init; }
}
