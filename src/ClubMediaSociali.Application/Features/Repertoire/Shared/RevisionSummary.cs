using ClubMediaSociali.Application.Domain.Repertoire;

namespace ClubMediaSociali.Application.Features.Repertoire;

public sealed record RevisionSummary(
    int Number, RevisionStatus Status, string? ModeratorNote, DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt, DateTimeOffset? DecidedAt)
{
    /// <summary>The row version, for the moderator's decision form (set where a single revision is shown).</summary>
    public uint Version { get; init; }
}
