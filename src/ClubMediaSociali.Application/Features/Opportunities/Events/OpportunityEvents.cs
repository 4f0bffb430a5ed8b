using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Domain.Opportunities;

namespace ClubMediaSociali.Application.Features.Opportunities;

/// <summary>A representative published an opportunity: it is open to responses.</summary>
public sealed record OpportunityOpened(Guid OpportunityId, DateTimeOffset At) : IDomainEvent;

/// <summary>A member responded to a company's opportunity.</summary>
public sealed record OpportunityResponded(Guid OpportunityId, Guid MemberId, DateTimeOffset At) : IDomainEvent;

/// <summary>A representative moved a response to a new state (in review, selected, not selected).</summary>
public sealed record ResponseStatusChanged(Guid OpportunityId, Guid ApplicantId, ResponseStatus Status, DateTimeOffset At) : IDomainEvent;

/// <summary>A moderator removed an opportunity, saying why.</summary>
public sealed record OpportunityRemoved(Guid OpportunityId, string Reason, DateTimeOffset At) : IDomainEvent;
