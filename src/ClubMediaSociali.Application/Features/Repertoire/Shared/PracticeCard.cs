using ClubMediaSociali.Application.Domain.Repertoire;

namespace ClubMediaSociali.Application.Features.Repertoire;

public sealed record PracticeCard(
    Guid Id, PracticeKind Kind, string Title, string Summary, PracticeLevel Level, string[] Tags, string? AuthorName,
    DateTimeOffset PublishedAt, int UsefulCount, bool Featured, Guid? AuthorId, string? AuthorPhoto);
