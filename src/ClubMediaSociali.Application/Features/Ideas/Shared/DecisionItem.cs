using ClubMediaSociali.Application.Domain.Ideas;

namespace ClubMediaSociali.Application.Features.Ideas;

/// <summary>A line of the decision log.</summary>
public sealed record DecisionItem(
    Guid Id, Guid IdeaId, string IdeaTitle, IdeaStatus FromStatus, IdeaStatus ToStatus, string Reason, string? DecidedBy, DateTimeOffset At, int Comments);
