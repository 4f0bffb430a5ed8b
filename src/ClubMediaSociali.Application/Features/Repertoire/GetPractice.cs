using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Repertoire;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Repertoire;

/// <summary>
/// One practice, with what the viewer has done with it (marked useful, saved, ticked steps).
/// Published and archived ones are public; drafts, submissions and sent-back or rejected ones are
/// visible only to their author and to moderators, who also see the revision in progress.
/// </summary>
public sealed record GetPractice(Guid PracticeId, Guid? ViewerId, bool ViewerIsModerator, string Culture) : IQuery<Result<PracticeView>>;

public sealed record PracticeView(
    Practice Practice,
    string? AuthorName,
    string? AuthorHandle,
    IReadOnlyList<string> TargetRoles,
    bool ViewerIsAuthor)
{
    public bool ViewerMarkedUseful { get; init; }

    public bool ViewerSaved { get; init; }

    public IReadOnlyList<int> DoneSteps { get; init; } = [];

    /// <summary>The revision being written or reviewed, shown to the author and to moderators.</summary>
    public RevisionSummary? OpenRevision { get; init; }

    /// <summary>How many versions the history holds (author and moderators only).</summary>
    public int Versions { get; init; }

    /// <summary>Set when this view shows an older or proposed version rather than the practice itself.</summary>
    public RevisionSummary? ShownRevision { get; init; }
}

public sealed record RevisionSummary(
    int Number, RevisionStatus Status, string? ModeratorNote, DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt, DateTimeOffset? DecidedAt)
{
    /// <summary>The row version, for the moderator's decision form (set where a single revision is shown).</summary>
    public uint Version { get; init; }
}

public sealed class GetPracticeHandler(ClubDbContext db) : IQueryHandler<GetPractice, Result<PracticeView>>
{
    public async ValueTask<Result<PracticeView>> Handle(GetPractice query, CancellationToken cancellationToken)
    {
        var english = query.Culture == "en";
        var viewer = query.ViewerId ?? Guid.Empty;
        // Scalar subqueries only: a nested FirstOrDefault of an object makes EF number the rows of the
        // whole joined table, which costs milliseconds per page once there are thousands of rows.
        var row = await db.Practices
            .AsNoTracking()
            .Where(p => p.Id == query.PracticeId)
            .Select(p => new
            {
                Practice = p,
                AuthorName = db.Users.Where(m => m.Id == p.AuthorId && m.DeletedAt == null).Select(m => m.DisplayName).FirstOrDefault(),
                AuthorHandle = db.Users.Where(m => m.Id == p.AuthorId && m.DeletedAt == null).Select(m => m.Handle).FirstOrDefault(),
                Roles = db.ProfessionalRoles.Where(r => p.TargetRoleIds.Contains(r.Id)).OrderBy(r => r.SortOrder)
                    .Select(r => english ? r.NameEn : r.NameIt).ToList(),
                Useful = db.PracticeUsefulMarks.Any(m => m.PracticeId == p.Id && m.MemberId == viewer),
                Saved = db.SavedPractices.Any(s => s.PracticeId == p.Id && s.MemberId == viewer),
                Done = db.MethodProgress.Where(m => m.PracticeId == p.Id && m.MemberId == viewer).Select(m => m.DoneSteps).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return PracticeErrors.NotFound;
        }

        var isAuthor = query.ViewerId is not null && row.Practice.AuthorId == query.ViewerId;
        var isPublic = row.Practice.Status is PracticeStatus.Published or PracticeStatus.Archived;
        if (!isPublic && !isAuthor && !query.ViewerIsModerator)
        {
            return PracticeErrors.NotFound;
        }

        // Only the author and moderators see the revision in progress and the history.
        RevisionSummary? open = null;
        var versions = 0;
        if (isAuthor || query.ViewerIsModerator)
        {
            var revisions = db.PracticeRevisions.AsNoTracking().Where(r => r.PracticeId == query.PracticeId);
            versions = await revisions.CountAsync(cancellationToken);
            open = await revisions
                .Where(r => r.Status == RevisionStatus.Draft || r.Status == RevisionStatus.Submitted || r.Status == RevisionStatus.ChangesRequested)
                .OrderByDescending(r => r.Number)
                .Select(r => new RevisionSummary(r.Number, r.Status, r.ModeratorNote, r.CreatedAt, r.SubmittedAt, r.DecidedAt))
                .FirstOrDefaultAsync(cancellationToken);
        }

        // A former member's name is left out: the view shows the localized placeholder "Ex membro".
        return new PracticeView(row.Practice, row.AuthorName, row.AuthorHandle, row.Roles, isAuthor)
        {
            ViewerMarkedUseful = row.Useful,
            ViewerSaved = row.Saved,
            DoneSteps = row.Done ?? [],
            OpenRevision = open,
            Versions = versions,
        };
    }
}

/// <summary>
/// One version of a published practice, as it was proposed: the author and moderators read the
/// history, and moderators review a submitted revision from here.
/// </summary>
public sealed record GetPracticeRevision(Guid PracticeId, int Number, Guid ViewerId, bool ViewerIsModerator, string Culture)
    : IQuery<Result<PracticeView>>;

public sealed class GetPracticeRevisionHandler(ClubDbContext db, IMediator mediator) : IQueryHandler<GetPracticeRevision, Result<PracticeView>>
{
    public async ValueTask<Result<PracticeView>> Handle(GetPracticeRevision query, CancellationToken cancellationToken)
    {
        var current = await mediator.Send(new GetPractice(query.PracticeId, query.ViewerId, query.ViewerIsModerator, query.Culture), cancellationToken);
        if (!current.IsSuccess || !(current.Value.ViewerIsAuthor || query.ViewerIsModerator))
        {
            return PracticeErrors.NotFound;
        }

        var revision = await db.PracticeRevisions.AsNoTracking()
            .SingleOrDefaultAsync(r => r.PracticeId == query.PracticeId && r.Number == query.Number, cancellationToken);
        if (revision is null)
        {
            return PracticeErrors.NotFound;
        }

        var english = query.Culture == "en";
        var roles = await db.ProfessionalRoles.AsNoTracking()
            .Where(r => revision.Content.TargetRoleIds.Contains(r.Id)).OrderBy(r => r.SortOrder)
            .Select(r => english ? r.NameEn : r.NameIt).ToListAsync(cancellationToken);
        var practice = current.Value.Practice;
        var shown = new Practice
        {
            Id = practice.Id,
            Title = "",
            AuthorId = practice.AuthorId,
            Status = practice.Status,
            CreatedAt = practice.CreatedAt,
            PublishedAt = practice.PublishedAt,
        };
        revision.Content.ApplyTo(shown);
        return current.Value with
        {
            Practice = shown,
            TargetRoles = roles,
            ShownRevision = new RevisionSummary(
                revision.Number, revision.Status, revision.ModeratorNote, revision.CreatedAt, revision.SubmittedAt, revision.DecidedAt)
            {
                Version = revision.Version,
            },
        };
    }
}

/// <summary>Every version of a practice, newest first (author and moderators).</summary>
public sealed record GetPracticeHistory(Guid PracticeId) : IQuery<IReadOnlyList<RevisionSummary>>;

public sealed class GetPracticeHistoryHandler(ClubDbContext db) : IQueryHandler<GetPracticeHistory, IReadOnlyList<RevisionSummary>>
{
    public async ValueTask<IReadOnlyList<RevisionSummary>> Handle(GetPracticeHistory query, CancellationToken cancellationToken) =>
        await db.PracticeRevisions.AsNoTracking()
            .Where(r => r.PracticeId == query.PracticeId)
            .OrderByDescending(r => r.Number)
            .Select(r => new RevisionSummary(r.Number, r.Status, r.ModeratorNote, r.CreatedAt, r.SubmittedAt, r.DecidedAt))
            .ToListAsync(cancellationToken);
}
