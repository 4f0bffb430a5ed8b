using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Domain.Comments;

namespace ClubMediaSociali.Application.Features.Comments;

/// <summary>
/// What one member may do with one comment: the one rule, read by the thread (as <see cref="CommentAbilities"/>)
/// and by the commands (as refusals). Everyone reads visible comments; authors also read their own held or
/// hidden ones, moderators every one. Authors edit within <see cref="Comment.EditWindow"/> and delete their
/// own; members flag others' visible comments once; confirmed members reply where the thread is open;
/// moderators decide.
/// </summary>
public static class CommentPermissions
{
    public static CommentAbilities For(
        ICurrentMember member, Guid? authorId, CommentStatus status, DateTimeOffset createdAt, bool flagged, bool threadOpen, DateTimeOffset now) => new(
        CanRead: CanRead(member, authorId, status),
        CanEdit: EditRefusal(member, authorId, status, createdAt, now) is null,
        CanDelete: DeleteRefusal(member, authorId, status) is null,
        CanFlag: member.IsSignedIn && status == CommentStatus.Visible && FlagRefusal(member, authorId, status) is null && !flagged,
        CanReply: member.IsConfirmed && threadOpen && status == CommentStatus.Visible,
        CanModerate: member.IsModerator && status != CommentStatus.Removed);

    public static bool CanRead(ICurrentMember member, Guid? authorId, CommentStatus status) =>
        status == CommentStatus.Visible || member.IsModerator || (member.Is(authorId) && status is CommentStatus.Held or CommentStatus.Hidden);

    public static Error? EditRefusal(ICurrentMember member, Guid? authorId, CommentStatus status, DateTimeOffset createdAt, DateTimeOffset now) =>
        status is not (CommentStatus.Visible or CommentStatus.Held) ? CommentErrors.NotFound
        : !member.Is(authorId) ? CommentErrors.NotYours
        : now - createdAt > Comment.EditWindow ? CommentErrors.TooLate
        : null;

    public static Error? DeleteRefusal(ICurrentMember member, Guid? authorId, CommentStatus status) =>
        status is CommentStatus.DeletedByAuthor or CommentStatus.Removed ? CommentErrors.NotFound
        : !member.Is(authorId) ? CommentErrors.NotYours
        : null;

    /// <summary>A hidden comment may still be flagged by those who come to it from a link; a second flag by the same member counts once.</summary>
    public static Error? FlagRefusal(ICurrentMember member, Guid? authorId, CommentStatus status) =>
        status is not (CommentStatus.Visible or CommentStatus.Hidden) ? CommentErrors.NotFound
        : member.Is(authorId) ? CommentErrors.OwnComment
        : null;
}

/// <summary>The answers of <see cref="CommentPermissions"/> for the viewer of one comment.</summary>
public sealed record CommentAbilities(bool CanRead, bool CanEdit, bool CanDelete, bool CanFlag, bool CanReply, bool CanModerate)
{
    public static CommentAbilities None { get; } = new(false, false, false, false, false, false);
}
