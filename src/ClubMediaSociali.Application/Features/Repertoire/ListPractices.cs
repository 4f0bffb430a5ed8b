using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Repertoire;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Repertoire;

/// <summary>Published practices, newest first, filtered by kind and level; keyset pages on (published_at, id).</summary>
public sealed record ListPractices : IQuery<PracticePage>
{
    public const int PageSize = 20;

    public PracticeKind? Kind { get; init; }

    public PracticeLevel? Level { get; init; }

    public string? After { get; init; }
}

public sealed record PracticePage(IReadOnlyList<PracticeCard> Practices, string? NextCursor);

public sealed record PracticeCard(
    Guid Id, PracticeKind Kind, string Title, string Summary, PracticeLevel Level, string[] Tags, string? AuthorName, DateTimeOffset PublishedAt);

public sealed class ListPracticesHandler(ClubDbContext db) : IQueryHandler<ListPractices, PracticePage>
{
    public async ValueTask<PracticePage> Handle(ListPractices query, CancellationToken cancellationToken)
    {
        var practices = db.Practices.AsNoTracking().Where(p => p.Status == PracticeStatus.Published);
        if (query.Kind is { } kind)
        {
            practices = practices.Where(p => p.Kind == kind);
        }

        if (query.Level is { } level)
        {
            practices = practices.Where(p => p.Level == level);
        }

        if (KeysetCursor.Parse(query.After) is { } after)
        {
            practices = practices.Where(p => p.PublishedAt < after.At || (p.PublishedAt == after.At && p.Id.CompareTo(after.Id) < 0));
        }

        var rows = await practices
            .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
            .Take(ListPractices.PageSize + 1)
            .Select(p => new PracticeCard(
                p.Id, p.Kind, p.Title, p.Summary, p.Level, p.Tags,
                db.Users.Where(m => m.Id == p.AuthorId && m.DeletedAt == null).Select(m => m.DisplayName).FirstOrDefault(),
                p.PublishedAt!.Value))
            .ToListAsync(cancellationToken);
        var page = rows.Take(ListPractices.PageSize).ToList();
        var next = rows.Count > ListPractices.PageSize ? new KeysetCursor(page[^1].PublishedAt, page[^1].Id).ToString() : null;
        return new PracticePage(page, next);
    }
}

/// <summary>What the moderators have to review, oldest first, and a member's own practices in every state.</summary>
public sealed record GetReviewQueue : IQuery<IReadOnlyList<PracticeInReview>>;

public sealed record PracticeInReview(Guid Id, PracticeKind Kind, string Title, string? AuthorName, DateTimeOffset SubmittedAt);

public sealed class GetReviewQueueHandler(ClubDbContext db) : IQueryHandler<GetReviewQueue, IReadOnlyList<PracticeInReview>>
{
    public async ValueTask<IReadOnlyList<PracticeInReview>> Handle(GetReviewQueue query, CancellationToken cancellationToken) =>
        await db.Practices.AsNoTracking()
            .Where(p => p.Status == PracticeStatus.Submitted)
            .OrderBy(p => p.SubmittedAt)
            .Take(200)
            .Select(p => new PracticeInReview(p.Id, p.Kind, p.Title,
                db.Users.Where(m => m.Id == p.AuthorId && m.DeletedAt == null).Select(m => m.DisplayName).FirstOrDefault(), p.SubmittedAt!.Value))
            .ToListAsync(cancellationToken);
}

/// <summary>How many practices wait for review: the badge moderators see on the repertoire.</summary>
public sealed record CountReviewQueue : IQuery<int>;

public sealed class CountReviewQueueHandler(ClubDbContext db) : IQueryHandler<CountReviewQueue, int>
{
    public async ValueTask<int> Handle(CountReviewQueue query, CancellationToken cancellationToken) =>
        await db.Practices.CountAsync(p => p.Status == PracticeStatus.Submitted, cancellationToken);
}

public sealed record GetMyPractices(Guid AuthorId) : IQuery<IReadOnlyList<MyPractice>>;

public sealed record MyPractice(Guid Id, PracticeKind Kind, string Title, PracticeStatus Status, DateTimeOffset UpdatedAt);

public sealed class GetMyPracticesHandler(ClubDbContext db) : IQueryHandler<GetMyPractices, IReadOnlyList<MyPractice>>
{
    public async ValueTask<IReadOnlyList<MyPractice>> Handle(GetMyPractices query, CancellationToken cancellationToken) =>
        await db.Practices.AsNoTracking()
            .Where(p => p.AuthorId == query.AuthorId)
            .OrderByDescending(p => p.UpdatedAt)
            .Take(200)
            .Select(p => new MyPractice(p.Id, p.Kind, p.Title, p.Status, p.UpdatedAt))
            .ToListAsync(cancellationToken);
}
