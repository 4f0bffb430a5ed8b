using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Domain.Repertoire;

namespace ClubMediaSociali.Application.Features.Repertoire;

/// <summary>
/// What one member may do with one practice: the one rule, read by the queries (as <see cref="PracticeAbilities"/>)
/// and by the commands (as refusals). Published and archived practices are public; the rest, and the work
/// behind any practice (its history, the moderators' notes, the revision in progress), only its author and
/// moderators see. The author edits a draft or a sent-back practice; a published one is edited through a
/// revision, until that revision is submitted. Moderators review what is submitted and curate what is
/// public; members mark others' published practices useful.
/// </summary>
public static class PracticePermissions
{
    public static PracticeAbilities For(ICurrentMember member, Guid? authorId, PracticeStatus status, RevisionStatus? openRevision) => new(
        IsAuthor: member.Is(authorId),
        CanSeeWork: CanSeeWork(member, authorId),
        CanEdit: EditRefusal(member, authorId, status, openRevision) is null,
        CanSubmit: SubmitRefusal(member, authorId, status, openRevision) is null,
        CanReview: member.IsModerator && status == PracticeStatus.Submitted,
        CanCurate: member.IsModerator && status is PracticeStatus.Published or PracticeStatus.Archived,
        CanMark: MarkRefusal(member, authorId, status) is null,
        CanTrackSteps: member.IsSignedIn && status == PracticeStatus.Published);

    public static bool CanSee(ICurrentMember member, Guid? authorId, PracticeStatus status) =>
        status is PracticeStatus.Published or PracticeStatus.Archived || CanSeeWork(member, authorId);

    public static bool CanSeeWork(ICurrentMember member, Guid? authorId) => member.Is(authorId) || member.IsModerator;

    public static Error? EditRefusal(ICurrentMember member, Guid? authorId, PracticeStatus status, RevisionStatus? openRevision) =>
        !member.Is(authorId) ? PracticeErrors.NotYours
        : status is PracticeStatus.Draft or PracticeStatus.ChangesRequested ? null
        : status == PracticeStatus.Published && openRevision != RevisionStatus.Submitted ? null
        : PracticeErrors.NotEditable;

    public static Error? SubmitRefusal(ICurrentMember member, Guid? authorId, PracticeStatus status, RevisionStatus? openRevision) =>
        !member.Is(authorId) ? PracticeErrors.NotYours
        : status is PracticeStatus.Draft or PracticeStatus.ChangesRequested ? null
        : status == PracticeStatus.Published && openRevision is RevisionStatus.Draft or RevisionStatus.ChangesRequested ? null
        : PracticeErrors.NotEditable;

    /// <summary>A moderator reviews a submitted revision of a published practice.</summary>
    public static bool CanReviewRevision(ICurrentMember member, RevisionStatus revision) => member.IsModerator && revision == RevisionStatus.Submitted;

    /// <summary>Marking useful, saving to one's list: members, on others' published practices.</summary>
    public static Error? MarkRefusal(ICurrentMember member, Guid? authorId, PracticeStatus status) =>
        status != PracticeStatus.Published || !member.IsSignedIn ? PracticeErrors.NotFound
        : member.Is(authorId) ? PracticeErrors.OwnPractice
        : null;
}

/// <summary>The answers of <see cref="PracticePermissions"/> for the viewer of one practice.</summary>
public sealed record PracticeAbilities(
    bool IsAuthor, bool CanSeeWork, bool CanEdit, bool CanSubmit, bool CanReview, bool CanCurate, bool CanMark, bool CanTrackSteps);
