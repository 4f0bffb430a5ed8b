using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Domain.Ideas;

namespace ClubMediaSociali.Application.Features.Ideas;

/// <summary>
/// What one member may do with one idea: the one rule, read by the queries (as <see cref="IdeaAbilities"/>
/// flags for the pages) and by the commands (as refusals). Confirmed members vote on others' open ideas
/// and follow live ones; the author edits until the first vote or comment, so nobody votes on one text
/// and finds another; moderators edit and decide at any time. Duplicates are closed to everyone.
/// </summary>
public static class IdeaPermissions
{
    public static IdeaAbilities For(ICurrentMember member, Guid? authorId, IdeaStatus status, DateTimeOffset? engagedAt) => new(
        IsAuthor: member.Is(authorId),
        CanVote: VoteRefusal(member, authorId, status) is null,
        CanFollow: member.IsConfirmed && status != IdeaStatus.Duplicate,
        CanDecide: member.IsModerator && status != IdeaStatus.Duplicate,
        EditRefusal: EditRefusal(member, authorId, status, engagedAt));

    public static Error? EditRefusal(ICurrentMember member, Guid? authorId, IdeaStatus status, DateTimeOffset? engagedAt) =>
        status == IdeaStatus.Duplicate ? IdeaErrors.NotFound
        : member.IsModerator ? null
        : !member.Is(authorId) || !member.IsConfirmed ? IdeaErrors.NotYours
        : engagedAt is not null ? IdeaErrors.Locked
        : null;

    public static Error? VoteRefusal(ICurrentMember member, Guid? authorId, IdeaStatus status) =>
        !member.IsConfirmed ? IdeaErrors.NotYours
        : member.Is(authorId) ? IdeaErrors.OwnIdea
        : !Idea.IsOpenStatus(status) ? IdeaErrors.Closed
        : null;
}

/// <summary>The answers of <see cref="IdeaPermissions"/> for the viewer of one idea.</summary>
public sealed record IdeaAbilities(bool IsAuthor, bool CanVote, bool CanFollow, bool CanDecide, Error? EditRefusal)
{
    public bool CanEdit => EditRefusal is null;

    /// <summary>What a visitor may do: read.</summary>
    public static IdeaAbilities None { get; } = new(false, false, false, false, IdeaErrors.NotYours);
}
