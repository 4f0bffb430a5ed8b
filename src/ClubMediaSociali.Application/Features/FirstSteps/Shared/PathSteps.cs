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

/// <summary>
/// The steps of paths that readers see: a step whose practice is no longer published (or was held as
/// spam) drops out, and the steps after it move up one number when they are shown.
/// </summary>
internal static class PathSteps
{
    /// <summary>Each method step counts as this many characters of reading.</summary>
    public const int CharactersPerMethodStep = 120;

    public static IQueryable<PathStepRow> Published(ClubDbContext db) =>
        from s in db.LearningPathSteps
        join p in db.Practices on s.PracticeId equals p.Id
        where p.Status == PracticeStatus.Published
        select new PathStepRow
        {
            PathId = s.PathId,
            Number = s.Number,
            PracticeId = s.PracticeId,
            Note = s.Note,
            Kind = p.Kind,
            Title = p.Title,
            Summary = p.Summary,
            Level = p.Level,
            // ReadingTime.Minutes, written so that the database computes it.
            Minutes = ((p.Summary.Length + p.BodyMarkdown.Length + (p.Steps.Length * CharactersPerMethodStep)) / ReadingTime.CharactersPerMinute) + 1,
        };

    /// <summary>Whether the viewer may see the path: published ones are for everyone, drafts for moderators.</summary>
    public static IQueryable<LearningPath> Visible(ClubDbContext db, bool moderator) =>
        db.LearningPaths.Where(p => !p.IsDraft || moderator);
}
