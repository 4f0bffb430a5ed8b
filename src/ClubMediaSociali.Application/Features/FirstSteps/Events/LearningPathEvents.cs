using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Domain.Reputation;
using ClubMediaSociali.Application.Features.Reputation;

namespace ClubMediaSociali.Application.Features.FirstSteps;

/// <summary>A member read every step of a path, for the first time.</summary>
public sealed record LearningPathCompleted(Guid PathId, Guid MemberId, DateTimeOffset At) : IDomainEvent;

/// <summary>A completed path earns the member its points once, and with them the badge of the first path.</summary>
public sealed class AwardPathCompletion(ReputationLedger reputation) : IEffect<LearningPathCompleted>
{
    public Task RunAsync(LearningPathCompleted completed, CancellationToken cancellationToken) =>
        reputation.AwardAsync(completed.MemberId, ReputationReasons.PathCompleted, completed.PathId, cancellationToken);
}
