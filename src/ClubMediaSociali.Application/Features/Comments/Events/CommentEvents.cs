using ClubMediaSociali.Application.Common.Events;

namespace ClubMediaSociali.Application.Features.Comments;

/// <summary>A comment became visible to everyone: posted without hold, or approved by a moderator.</summary>
public sealed record CommentPublished(Guid CommentId, DateTimeOffset At) : IDomainEvent;

/// <summary>A moderator removed a comment, saying why.</summary>
public sealed record CommentRemoved(Guid CommentId, string? Reason, DateTimeOffset At) : IDomainEvent;
