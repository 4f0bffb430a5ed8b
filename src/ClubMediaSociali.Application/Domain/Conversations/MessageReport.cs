namespace ClubMediaSociali.Application.Domain.Conversations;

/// <summary>
/// A participant's report of a message, or of a whole conversation, to the moderators. It holds a snapshot of what
/// was reported and of the messages around it, as the reporter saw them: moderators read that and nothing else of the
/// conversation, each reading is audited, and later edits or deletions do not change the evidence.
/// </summary>
public class MessageReport
{
    public const int ReasonMaxLength = 500;

    /// <summary>The messages kept around a reported one (half before, half after), or the newest of a reported conversation.</summary>
    public const int Around = 10;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ConversationId { get; init; }

    /// <summary>The reported message; none when the whole conversation is reported.</summary>
    public Guid? MessageId { get; init; }

    public Guid ReporterId { get; init; }

    public string Reason { get; init; } = "";

    public DateTimeOffset At { get; init; }

    /// <summary>The lines as the reporter saw them (<see cref="ReportedLine"/>, as JSON).</summary>
    public required string Snapshot { get; init; }

    public DateTimeOffset? ClosedAt { get; set; }

    public Guid? ClosedById { get; set; }

    /// <summary>Whether the moderator acted on it (a warning, a suspension) or found nothing to do.</summary>
    public bool? ActedOn { get; set; }
}

/// <summary>
/// One message of a report's snapshot; <see cref="AuthorId"/> lets a moderator act on its author. Its files are named
/// here, and the moderators reading the report may open them (while their author has not deleted them).
/// </summary>
public sealed record ReportedLine(
    long Seq, Guid AuthorId, string AuthorName, string Text, DateTimeOffset At, bool Deleted, bool Reported, IReadOnlyList<ReportedFile>? Files = null);

/// <summary>A document or picture of a reported message.</summary>
public sealed record ReportedFile(Guid Id, string FileName, bool Picture);
