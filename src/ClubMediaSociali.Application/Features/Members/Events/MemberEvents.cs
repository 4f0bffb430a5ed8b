using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Features.Reputation;

namespace ClubMediaSociali.Application.Features.Members;

/// <summary>A member saved their profile.</summary>
public sealed record ProfileUpdated(Guid MemberId) : IDomainEvent;

/// <summary>A complete profile may earn its member a badge.</summary>
public sealed class AwardProfileBadges(ReputationLedger reputation) : IEffect<ProfileUpdated>
{
    public Task RunAsync(ProfileUpdated updated, CancellationToken cancellationToken) => reputation.AwardBadgesAsync(updated.MemberId, cancellationToken);
}
