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

    /// <summary>The card every list shows, with the author's name and face unless the account was deleted.</summary>
    internal static IQueryable<PracticeCard> Cards(ClubDbContext db, IQueryable<Practice> practices) =>
        practices.Select(p => new PracticeCard(
            p.Id, p.Kind, p.Title, p.Summary, p.Level, p.Tags,
            db.Users.Where(m => m.Id == p.AuthorId && m.DeletedAt == null).Select(m => m.DisplayName).FirstOrDefault(),
            p.PublishedAt!.Value, p.UsefulCount, p.Featured, p.AuthorId,
            db.Users.Where(m => m.Id == p.AuthorId && m.DeletedAt == null).Select(m => m.PhotoHash).FirstOrDefault()));
}
