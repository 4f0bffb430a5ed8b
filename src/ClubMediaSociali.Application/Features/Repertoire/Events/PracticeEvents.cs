using ClubMediaSociali.Application.Common.Events;

namespace ClubMediaSociali.Application.Features.Repertoire;

/// <summary>
/// A moderator decided on a practice or one of its revisions (published, asked for changes, rejected,
/// featured, archived, restored). <paramref name="Action"/> is the audit log's code of the decision (<see cref="Domain.Moderation.AuditActions"/>);
/// <paramref name="Notice"/> the name of the notification its author gets, if any.
/// </summary>
public sealed record PracticeDecided(Guid PracticeId, int? Revision, string Action, string? Notice, string? Note, DateTimeOffset At) : IDomainEvent;

/// <summary>A member marked a practice useful.</summary>
public sealed record PracticeMarkedUseful(Guid PracticeId, Guid MemberId) : IDomainEvent;
