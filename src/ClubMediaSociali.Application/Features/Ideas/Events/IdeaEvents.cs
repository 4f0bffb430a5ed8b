using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Domain.Ideas;

namespace ClubMediaSociali.Application.Features.Ideas;

/// <summary>A member posted a new idea (seen by others once it is clear of screening).</summary>
public sealed record IdeaPosted(Guid IdeaId, DateTimeOffset At) : IDomainEvent;

/// <summary>A moderator moved an idea to a new status, with the public reason of the decision log.</summary>
public sealed record IdeaStatusChanged(Guid IdeaId, IdeaStatus Status, string Reason, Guid ModeratorId, DateTimeOffset At) : IDomainEvent;

/// <summary>A moderator turned an idea into a practice draft for its author to complete.</summary>
public sealed record IdeaTurnedIntoPractice(Guid IdeaId, Guid PracticeId, Guid ModeratorId, DateTimeOffset At) : IDomainEvent;

/// <summary>A member voted for or against an idea, or changed their vote (not when they withdrew it).</summary>
public sealed record IdeaVoted(Guid IdeaId, Guid VoterId, bool For) : IDomainEvent;
