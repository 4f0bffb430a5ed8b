using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Network;
using ClubMediaSociali.Application.Domain.Repertoire;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Repertoire;

/// <summary>
/// One practice, with what the viewer has done with it (marked useful, saved, ticked steps).
/// Published and archived ones are public; drafts, submissions and sent-back or rejected ones are
/// visible only to their author and to moderators, who also see the revision in progress.
/// </summary>
public sealed record GetPractice(Guid PracticeId, Language Language) : IQuery<Result<PracticeView>>;

public sealed class GetPracticeHandler(ICurrentMember currentMember, ClubDbContext db, Media.Attachments attachments) : IQueryHandler<GetPractice, Result<PracticeView>>
{
    public async ValueTask<Result<PracticeView>> Handle(GetPractice query, CancellationToken cancellationToken)
    {
        var english = query.Language == Language.English;
        var viewer = currentMember.Id ?? Guid.Empty;
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
                AuthorPhoto = db.Users.Where(m => m.Id == p.AuthorId && m.DeletedAt == null).Select(m => m.PhotoHash).FirstOrDefault(),
                Roles = db.ProfessionalRoles.Where(r => p.TargetRoleIds.Contains(r.Id)).OrderBy(r => r.SortOrder)
                    .Select(r => english ? r.NameEn : r.NameIt).ToList(),
                Useful = db.PracticeUsefulMarks.Any(m => m.PracticeId == p.Id && m.MemberId == viewer),
                Saved = db.SavedItems.Any(s => s.Kind == SavedKind.Practice && s.ItemId == p.Id && s.MemberId == viewer),
                Done = db.MethodProgress.Where(m => m.PracticeId == p.Id && m.MemberId == viewer).Select(m => m.DoneSteps).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return PracticeErrors.NotFound;
        }

        if (!PracticePermissions.CanSee(currentMember, row.Practice.AuthorId, row.Practice.Status))
        {
            return PracticeErrors.NotFound;
        }

        // Only the author and moderators see the revision in progress and the history.
        RevisionSummary? open = null;
        var versions = 0;
        if (PracticePermissions.CanSeeWork(currentMember, row.Practice.AuthorId))
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
        var may = PracticePermissions.For(currentMember, row.Practice.AuthorId, row.Practice.Status, open?.Status);
        return new PracticeView(row.Practice, row.AuthorName, row.AuthorHandle, row.Roles, may)
        {
            ViewerMarkedUseful = row.Useful,
            ViewerSaved = row.Saved,
            DoneSteps = row.Done ?? [],
            OpenRevision = open,
            Versions = versions,
            Attachments = await attachments.ListAsync(row.Practice.AttachmentIds, cancellationToken),
            AuthorPhoto = row.AuthorPhoto,
        };
    }
}
