using ClubMediaSociali.Application.Common.Events;

namespace ClubMediaSociali.Application.Features.Companies;

/// <summary>A member asked to represent a company.</summary>
public sealed record CompanyJoinRequested(Guid CompanyId, Guid MemberId, DateTimeOffset At) : IDomainEvent;

/// <summary>A representative accepted or declined a member's request to represent the company.</summary>
public sealed record CompanyJoinDecided(Guid CompanyId, Guid MemberId, bool Accepted, DateTimeOffset At) : IDomainEvent;
