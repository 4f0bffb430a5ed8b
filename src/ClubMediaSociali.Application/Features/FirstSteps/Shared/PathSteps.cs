using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.FirstSteps;
using ClubMediaSociali.Application.Domain.Repertoire;

namespace ClubMediaSociali.Application.Features.FirstSteps;

/// <summary>A step as readers meet it: its practice published and clear, with the practice's reading time.</summary>
public sealed class PathStepRow
{
    public Guid PathId { get; init; }

    public int Number { get; init; }

    public Guid PracticeId { get; init; }

    public string Note { get; init; } = "";

    public PracticeKind Kind { get; init; }

    public required string Title { get; init; }

    public string Summary { get; init; } = "";

    public PracticeLevel Level { get; init; }

    public int Minutes { get; init; }
}

/// <summary>A practice as a step of a path presents it.</summary>
public sealed class PracticeReading
{
    public Guid Id { get; init; }

    public PracticeKind Kind { get; init; }

    public required string Title { get; init; }

    public string Summary { get; init; } = "";

    public PracticeLevel Level { get; init; }

    public bool Published { get; init; }

    public int Minutes { get; init; }
}

/// <summary>
/// The steps of paths that readers see: a step whose practice is no longer published (or was held as
/// spam) drops out, and the steps after it move up one number when they are shown.
/// </summary>
internal static class PathSteps
{
    /// <summary>Each method step counts as this many characters of reading.</summary>
    private const int CharactersPerMethodStep = 120;

    /// <summary>
    /// Practices as a path shows them, with their reading time: about <see cref="ReadingTime.CharactersPerMinute"/>
    /// characters of summary, text and method steps a minute, rounded up, computed by the database.
    /// </summary>
    public static IQueryable<PracticeReading> Readings(IQueryable<Practice> practices) =>
        practices.Select(p => new PracticeReading
        {
            Id = p.Id,
            Kind = p.Kind,
            Title = p.Title,
            Summary = p.Summary,
            Level = p.Level,
            Published = p.Status == PracticeStatus.Published,
            Minutes = ((p.Summary.Length + p.BodyMarkdown.Length + (p.Steps.Length * CharactersPerMethodStep)) / ReadingTime.CharactersPerMinute) + 1,
        });

    public static IQueryable<PathStepRow> Published(ClubDbContext db) =>
        from s in db.LearningPathSteps
        join r in Readings(db.Practices) on s.PracticeId equals r.Id
        where r.Published
        select new PathStepRow
        {
            PathId = s.PathId,
            Number = s.Number,
            PracticeId = s.PracticeId,
            Note = s.Note,
            Kind = r.Kind,
            Title = r.Title,
            Summary = r.Summary,
            Level = r.Level,
            Minutes = r.Minutes,
        };

    /// <summary>Whether the viewer may see the path: published ones are for everyone, drafts for moderators.</summary>
    public static IQueryable<LearningPath> Visible(ClubDbContext db, bool moderator) =>
        db.LearningPaths.Where(p => !p.IsDraft || moderator);
}
