using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Ideas;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Ideas;

/// <summary>
/// Ideas whose titles look like the one being typed (trigram similarity), so a member can join an
/// existing discussion instead of opening a duplicate.
/// </summary>
public sealed record FindSimilarIdeas(string Title) : IQuery<IReadOnlyList<SimilarIdea>>
{
    public const int Limit = 5;

    /// <summary>pg_trgm's own default threshold for "similar".</summary>
    public const double MinimumSimilarity = 0.3;
}

public sealed record SimilarIdea(Guid Id, string Title, IdeaStatus Status, int VotesFor, int VotesAgainst);

public sealed class FindSimilarIdeasHandler(ClubDbContext db) : IQueryHandler<FindSimilarIdeas, IReadOnlyList<SimilarIdea>>
{
    public async ValueTask<IReadOnlyList<SimilarIdea>> Handle(FindSimilarIdeas query, CancellationToken cancellationToken)
    {
        var title = query.Title.Trim();
        if (title.Length < 4)
        {
            return [];
        }

        if (title.Length > Idea.TitleMaxLength)
        {
            title = title[..Idea.TitleMaxLength];
        }

        var duplicate = (int)IdeaStatus.Duplicate;
        // The nearest titles by trigram distance (1 - similarity) straight from the GiST index, then only
        // those at least as similar as pg_trgm's default threshold (0.3).
        var rows = await db.Database.SqlQuery<Row>($"""
            SELECT id, title, status, votes_for, votes_against FROM (
                SELECT id, title, status, votes_for, votes_against, title <-> {title} AS distance
                FROM ideas
                WHERE status <> {duplicate}
                ORDER BY title <-> {title}
                LIMIT {FindSimilarIdeas.Limit}) nearest
            WHERE distance <= {1 - FindSimilarIdeas.MinimumSimilarity}
            ORDER BY distance, id DESC
            """).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new SimilarIdea(r.Id, r.Title, (IdeaStatus)r.Status, r.VotesFor, r.VotesAgainst))];
    }

    private sealed record Row(Guid Id, string Title, int Status, int VotesFor, int VotesAgainst);
}
