using ClubMediaSociali.Application.Domain.Repertoire;

namespace ClubMediaSociali.Application.Features.Repertoire;

public sealed record PracticeView(
    Practice Practice,
    string? AuthorName,
    string? AuthorHandle,
    IReadOnlyList<string> TargetRoles,
    PracticeAbilities May)
{
    public bool ViewerMarkedUseful { get; init; }

    public bool ViewerSaved { get; init; }

    public IReadOnlyList<int> DoneSteps { get; init; } = [];

    /// <summary>The revision being written or reviewed, shown to the author and to moderators.</summary>
    public RevisionSummary? OpenRevision { get; init; }

    /// <summary>How many versions the history holds (author and moderators only).</summary>
    public int Versions { get; init; }

    /// <summary>The author's photo (its source hash); null shows their initials.</summary>
    public string? AuthorPhoto { get; init; }

    /// <summary>The documents attached to the text shown, in the author's order.</summary>
    public IReadOnlyList<Media.AttachmentItem> Attachments { get; init; } = [];

    /// <summary>Set when this view shows an older or proposed version rather than the practice itself.</summary>
    public RevisionSummary? ShownRevision { get; init; }
}
