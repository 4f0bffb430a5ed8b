using ClubMediaSociali.Application.Common.Events;

namespace ClubMediaSociali.Application.Features.Connections;

/// <summary>A member asked another to connect, with an optional message.</summary>
public sealed record ConnectionRequested(Guid RequesterId, Guid RecipientId, string? Message, DateTimeOffset At) : IDomainEvent;

/// <summary>A member accepted another's request: they are contacts now.</summary>
public sealed record ConnectionAccepted(Guid RequesterId, Guid AccepterId, DateTimeOffset At) : IDomainEvent;
