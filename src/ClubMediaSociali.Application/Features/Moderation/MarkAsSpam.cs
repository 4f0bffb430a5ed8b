using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Domain.Moderation;
using Mediator;

namespace ClubMediaSociali.Application.Features.Moderation;

/// <summary>
/// A moderator marks a member as a spammer, from one of their contributions (whose domains join the marked list)
/// or from their profile: see <see cref="SpamMarking"/>. Answers the domains added.
/// </summary>
[ChangesPages(PublicPages.Everything)]
public sealed record MarkAsSpam : ICommand<Result<IReadOnlyList<string>>>
{
    public Guid MemberId { get; init; }

    /// <summary>The contribution the moderator marked, when there is one.</summary>
    public ContentKind? Kind { get; init; }

    public Guid? TargetId { get; init; }
}

public sealed class MarkAsSpamHandler(ICurrentMember currentMember, SpamMarking marking, TimeProvider clock)
    : ICommandHandler<MarkAsSpam, Result<IReadOnlyList<string>>>
{
    public async ValueTask<Result<IReadOnlyList<string>>> Handle(MarkAsSpam command, CancellationToken cancellationToken) =>
        await marking.MarkAsync(command.MemberId, currentMember.RequiredId, command.Kind, command.TargetId, clock.GetUtcNow(), cancellationToken);
}
