using ClubMediaSociali.Application.Common.Links;

namespace ClubMediaSociali.Application.Domain.Notifications;

/// <summary>Which state a notification carries, shown by its label in the reader's language.</summary>
public enum NotificationState
{
    None = 0,

    /// <summary>The idea's new <see cref="Ideas.IdeaStatus"/>.</summary>
    IdeaStatus = 1,

    /// <summary>The response's new <see cref="Opportunities.ResponseStatus"/>.</summary>
    ResponseStatus = 2,
}

/// <summary>
/// One kind of notification: its stable name ("comment.new", stored with each notification), the
/// preference category members choose for (the part before the dot), the kinds of page it leads to
/// and the state it carries. Its sentence is written by the web layer once per kind (NotificationTexts),
/// and its link from its target (ClubLinks).
/// </summary>
public sealed record NotificationKind(string Category, string Event, IReadOnlyList<TargetKind> Targets, NotificationState State = NotificationState.None)
{
    public string Name => $"{Category}.{Event}";

    public override string ToString() => Name;
}

/// <summary>Every kind of notification the Club sends, in one list.</summary>
public static class NotificationKinds
{
    /// <summary>The pages that take comments.</summary>
    private static readonly TargetKind[] CommentThread = [TargetKind.Practice, TargetKind.Idea, TargetKind.IdeaDecision];

    public static readonly NotificationKind CommentNew = new(NotificationCategories.Comment, "new", CommentThread);
    public static readonly NotificationKind CommentReply = new(NotificationCategories.Comment, "reply", CommentThread);
    public static readonly NotificationKind CommentRemoved = new(NotificationCategories.Comment, "removed", CommentThread);
    public static readonly NotificationKind IdeaComment = new(NotificationCategories.Idea, "comment", [TargetKind.Idea]);
    public static readonly NotificationKind IdeaStatus = new(NotificationCategories.Idea, "status", [TargetKind.Idea], NotificationState.IdeaStatus);
    public static readonly NotificationKind IdeaPracticeDraft = new(NotificationCategories.Idea, "practice_draft", [TargetKind.PracticeEdit]);
    public static readonly NotificationKind PracticePublished = new(NotificationCategories.Practice, "published", [TargetKind.Practice]);
    public static readonly NotificationKind PracticeChangesRequested = new(NotificationCategories.Practice, "changes_requested", [TargetKind.Practice]);
    public static readonly NotificationKind PracticeRejected = new(NotificationCategories.Practice, "rejected", [TargetKind.Practice]);
    public static readonly NotificationKind PracticeFeatured = new(NotificationCategories.Practice, "featured", [TargetKind.Practice]);
    public static readonly NotificationKind PracticeArchived = new(NotificationCategories.Practice, "archived", [TargetKind.Practice]);
    public static readonly NotificationKind PracticeRestored = new(NotificationCategories.Practice, "restored", [TargetKind.Practice]);
    public static readonly NotificationKind PracticeRevisionPublished = new(NotificationCategories.Practice, "revision_published", [TargetKind.PracticeRevision]);
    public static readonly NotificationKind PracticeRevisionChangesRequested = new(NotificationCategories.Practice, "revision_changes_requested", [TargetKind.PracticeRevision]);
    public static readonly NotificationKind PracticeRevisionRejected = new(NotificationCategories.Practice, "revision_rejected", [TargetKind.PracticeRevision]);
    public static readonly NotificationKind CompanyJoinRequest = new(NotificationCategories.Company, "join_request", [TargetKind.Company]);
    public static readonly NotificationKind CompanyJoinAccepted = new(NotificationCategories.Company, "join_accepted", [TargetKind.Company]);
    public static readonly NotificationKind CompanyJoinDeclined = new(NotificationCategories.Company, "join_declined", [TargetKind.Company]);
    public static readonly NotificationKind OpportunityResponse = new(NotificationCategories.Opportunity, "response", [TargetKind.OpportunityResponses]);
    public static readonly NotificationKind OpportunityResponseStatus = new(NotificationCategories.Opportunity, "response_status", [TargetKind.Opportunity], NotificationState.ResponseStatus);
    public static readonly NotificationKind OpportunityRemoved = new(NotificationCategories.Opportunity, "removed", [TargetKind.Opportunity]);
    public static readonly NotificationKind EventPromoted = new(NotificationCategories.Event, "promoted", [TargetKind.Event]);
    public static readonly NotificationKind EventChanged = new(NotificationCategories.Event, "changed", [TargetKind.Event]);
    public static readonly NotificationKind EventCancelled = new(NotificationCategories.Event, "cancelled", [TargetKind.Event]);
    public static readonly NotificationKind ConnectionRequest = new(NotificationCategories.Connection, "request", [TargetKind.Contacts]);
    public static readonly NotificationKind ConnectionAccepted = new(NotificationCategories.Connection, "accepted", [TargetKind.Member]);
    /// <summary>A text mentions the member with "@handle"; the subject is the title of what it is on.</summary>
    public static readonly NotificationKind Mention = new(
        NotificationCategories.Mention, "new", [TargetKind.Practice, TargetKind.Idea, TargetKind.IdeaDecision, TargetKind.Opportunity]);

    public static readonly NotificationKind BadgeEarned = new(NotificationCategories.Badge, "earned", [TargetKind.Badge]);

    /// <summary>A moderator removed one of the member's pictures or files; the subject is its name, the note the reason.</summary>
    public static readonly NotificationKind FileRemoved = new(
        NotificationCategories.Files, "removed", [TargetKind.Member, TargetKind.Company, TargetKind.Practice, TargetKind.Idea, TargetKind.Opportunity]);

    public static IReadOnlyList<NotificationKind> All { get; } =
    [
        CommentNew, CommentReply, CommentRemoved, IdeaComment, IdeaStatus, IdeaPracticeDraft,
        PracticePublished, PracticeChangesRequested, PracticeRejected, PracticeFeatured, PracticeArchived, PracticeRestored,
        PracticeRevisionPublished, PracticeRevisionChangesRequested, PracticeRevisionRejected,
        CompanyJoinRequest, CompanyJoinAccepted, CompanyJoinDeclined,
        OpportunityResponse, OpportunityResponseStatus, OpportunityRemoved,
        EventPromoted, EventChanged, EventCancelled,
        ConnectionRequest, ConnectionAccepted, Mention, BadgeEarned, FileRemoved,
    ];

    private static readonly Dictionary<string, NotificationKind> ByName = All.ToDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>The kind stored under this name; null for a name no longer sent.</summary>
    public static NotificationKind? Find(string name) => ByName.GetValueOrDefault(name);
}
