using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Repertoire;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Repertoire;

public enum PracticeSort
{
    Newest = 0,
    MostUseful = 1,
}

/// <summary>
/// Published practices, filtered by kind, level, channel, role and tag, newest or most useful
/// first. Keyset pages on (published_at, id) or (useful_count, id), each with its index; the cursor is a
/// row-value comparison, (a, b) < (x, y), which PostgreSQL turns into one index range.
/// </summary>
public sealed record ListPractices : IQuery<PracticePage>
{
    public const int PageSize = 20;

    public PracticeKind? Kind { get; init; }

    public PracticeLevel? Level { get; init; }

    public string? Channel { get; init; }

    public int? RoleId { get; init; }

    public string? Tag { get; init; }

    public PracticeSort Sort { get; init; }

    public string? After { get; init; }
}

public sealed record PracticePage(IReadOnlyList<PracticeCard> Practices, string? NextCursor);

public sealed record PracticeCard(
    Guid Id, PracticeKind Kind, string Title, string Summary, PracticeLevel Level, string[] Tags, string? AuthorName,
    DateTimeOffset PublishedAt, int UsefulCount, bool Featured);

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

        if (query.Channel is { } channel)
        {
            practices = practices.Where(p => p.Channels.Contains(channel));
        }

        if (query.RoleId is { } roleId)
        {
            practices = practices.Where(p => p.TargetRoleIds.Contains(roleId));
        }

        if (query.Tag is { } tag)
        {
            practices = practices.Where(p => p.Tags.Contains(tag));
        }

        IOrderedQueryable<Practice> ordered;
        if (query.Sort == PracticeSort.MostUseful)
        {
            if (ScoreCursor.Parse(query.After) is { } after)
            {
                var count = (int)after.Score;
                practices = practices.Where(p => EF.Functions.LessThan(ValueTuple.Create(p.UsefulCount, p.Id), ValueTuple.Create(count, after.Id)));
            }

            ordered = practices.OrderByDescending(p => p.UsefulCount).ThenByDescending(p => p.Id);
        }
        else
        {
            if (KeysetCursor.Parse(query.After) is { } after)
            {
                practices = practices.Where(p => EF.Functions.LessThan(ValueTuple.Create(p.PublishedAt!.Value, p.Id), ValueTuple.Create(after.At, after.Id)));
            }

            ordered = practices.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id);
        }

        var rows = await Cards(db, ordered.Take(ListPractices.PageSize + 1)).ToListAsync(cancellationToken);
        var page = rows.Take(ListPractices.PageSize).ToList();
        string? next = null;
        if (rows.Count > ListPractices.PageSize)
        {
            var last = page[^1];
            next = query.Sort == PracticeSort.MostUseful
                ? new ScoreCursor(last.UsefulCount, last.Id).ToString()
                : new KeysetCursor(last.PublishedAt, last.Id).ToString();
        }

        return new PracticePage(page, next);
    }

    /// <summary>The card every list shows, with the author's name unless the account was deleted.</summary>
    internal static IQueryable<PracticeCard> Cards(ClubDbContext db, IQueryable<Practice> practices) =>
        practices.Select(p => new PracticeCard(
            p.Id, p.Kind, p.Title, p.Summary, p.Level, p.Tags,
            db.Users.Where(m => m.Id == p.AuthorId && m.DeletedAt == null).Select(m => m.DisplayName).FirstOrDefault(),
            p.PublishedAt!.Value, p.UsefulCount, p.Featured));
}

/// <summary>The practices moderators put in evidence, newest first: the top of the repertoire.</summary>
public sealed record GetFeaturedPractices : IQuery<IReadOnlyList<PracticeCard>>
{
    public const int Count = 3;
}

public sealed class GetFeaturedPracticesHandler(ClubDbContext db) : IQueryHandler<GetFeaturedPractices, IReadOnlyList<PracticeCard>>
{
    public async ValueTask<IReadOnlyList<PracticeCard>> Handle(GetFeaturedPractices query, CancellationToken cancellationToken) =>
        await ListPracticesHandler.Cards(db, db.Practices.AsNoTracking()
                .Where(p => p.Status == PracticeStatus.Published && p.Featured)
                .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
                .Take(GetFeaturedPractices.Count))
            .ToListAsync(cancellationToken);
}

/// <summary>The practices a member saved, most recently saved first.</summary>
public sealed record GetSavedPractices(Guid MemberId) : IQuery<IReadOnlyList<PracticeCard>>
{
    public const int Limit = 200;
}

public sealed class GetSavedPracticesHandler(ClubDbContext db) : IQueryHandler<GetSavedPractices, IReadOnlyList<PracticeCard>>
{
    public async ValueTask<IReadOnlyList<PracticeCard>> Handle(GetSavedPractices query, CancellationToken cancellationToken) =>
        await ListPracticesHandler.Cards(db, db.SavedPractices.AsNoTracking()
                .Where(s => s.MemberId == query.MemberId)
                .Join(db.Practices.Where(p => p.Status == PracticeStatus.Published), s => s.PracticeId, p => p.Id, (s, p) => new { s.At, Practice = p })
                .OrderByDescending(x => x.At)
                .Take(GetSavedPractices.Limit)
                .Select(x => x.Practice))
            .ToListAsync(cancellationToken);
}

/// <summary>
/// What the moderators have to review, oldest first: new practices and revisions of published
/// ones. Also the count in their navigation, and a member's own practices in every state.
/// </summary>
public sealed record GetReviewQueue : IQuery<IReadOnlyList<PracticeInReview>>
{
    public const int Limit = 200;
}

/// <param name="Revision">Null for a new practice; the revision's number for an edit of a published one.</param>
public sealed record PracticeInReview(Guid Id, PracticeKind Kind, string Title, string? AuthorName, DateTimeOffset SubmittedAt, int? Revision);

public sealed class GetReviewQueueHandler(ClubDbContext db) : IQueryHandler<GetReviewQueue, IReadOnlyList<PracticeInReview>>
{
    public async ValueTask<IReadOnlyList<PracticeInReview>> Handle(GetReviewQueue query, CancellationToken cancellationToken)
    {
        var practices = await db.Practices.AsNoTracking()
            .Where(p => p.Status == PracticeStatus.Submitted)
            .OrderBy(p => p.SubmittedAt)
            .Take(GetReviewQueue.Limit)
            .Select(p => new PracticeInReview(p.Id, p.Kind, p.Title,
                db.Users.Where(m => m.Id == p.AuthorId && m.DeletedAt == null).Select(m => m.DisplayName).FirstOrDefault(),
                p.SubmittedAt!.Value, null))
            .ToListAsync(cancellationToken);
        var revisions = await db.PracticeRevisions.AsNoTracking()
            .Where(r => r.Status == RevisionStatus.Submitted)
            .OrderBy(r => r.SubmittedAt)
            .Take(GetReviewQueue.Limit)
            .Join(db.Practices, r => r.PracticeId, p => p.Id, (r, p) => new PracticeInReview(p.Id, p.Kind, p.Title,
                db.Users.Where(m => m.Id == r.AuthorId && m.DeletedAt == null).Select(m => m.DisplayName).FirstOrDefault(),
                r.SubmittedAt!.Value, r.Number))
            .ToListAsync(cancellationToken);
        return [.. practices.Concat(revisions).OrderBy(i => i.SubmittedAt).Take(GetReviewQueue.Limit)];
    }
}

public sealed record GetMyPractices(Guid AuthorId) : IQuery<IReadOnlyList<MyPractice>>;

/// <param name="OpenRevision">The state of an edit in progress on a published practice, if any.</param>
public sealed record MyPractice(Guid Id, PracticeKind Kind, string Title, PracticeStatus Status, DateTimeOffset UpdatedAt, RevisionStatus? OpenRevision);

public sealed class GetMyPracticesHandler(ClubDbContext db) : IQueryHandler<GetMyPractices, IReadOnlyList<MyPractice>>
{
    public async ValueTask<IReadOnlyList<MyPractice>> Handle(GetMyPractices query, CancellationToken cancellationToken) =>
        await db.Practices.AsNoTracking()
            .Where(p => p.AuthorId == query.AuthorId)
            .OrderByDescending(p => p.UpdatedAt)
            .Take(200)
            .Select(p => new MyPractice(p.Id, p.Kind, p.Title, p.Status, p.UpdatedAt,
                db.PracticeRevisions
                    .Where(r => r.PracticeId == p.Id
                        && (r.Status == RevisionStatus.Draft || r.Status == RevisionStatus.Submitted || r.Status == RevisionStatus.ChangesRequested))
                    .Select(r => (RevisionStatus?)r.Status).FirstOrDefault()))
            .ToListAsync(cancellationToken);
}
