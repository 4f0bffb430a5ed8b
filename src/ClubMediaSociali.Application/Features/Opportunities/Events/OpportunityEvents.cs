using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Domain.Opportunities;

namespace ClubMediaSociali.Application.Features.Opportunities;

/// <summary>A member responded to a company's opportunity.</summary>
public sealed record OpportunityResponded(Guid OpportunityId, Guid MemberId, DateTimeOffset At) : IDomainEvent;

/// <summary>A representative moved a response to a new state (in review, selected, not selected).</summary>
public sealed record ResponseStatusChanged(Guid OpportunityId, Guid ApplicantId, ResponseStatus Status, DateTimeOffset At) : IDomainEvent;

/// <summary>A moderator removed an opportunity, saying why.</summary>
public sealed record OpportunityRemoved(Guid OpportunityId, string Reason, DateTimeOffset At) : IDomainEvent;
