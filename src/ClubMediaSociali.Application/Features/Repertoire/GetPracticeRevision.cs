using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Repertoire;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Repertoire;

/// <summary>
/// One version of a published practice, as it was proposed: the author and moderators read the
/// history, and moderators review a submitted revision from here.
/// </summary>
public sealed record GetPracticeRevision(Guid PracticeId, int Number, Language Language)
    : IQuery<Result<PracticeView>>;

public sealed class GetPracticeRevisionHandler(ICurrentMember currentMember, ClubDbContext db, IMediator mediator, Media.Attachments attachments) : IQueryHandler<GetPracticeRevision, Result<PracticeView>>
{
    public async ValueTask<Result<PracticeView>> Handle(GetPracticeRevision query, CancellationToken cancellationToken)
    {
        var current = await mediator.Send(new GetPractice(query.PracticeId, query.Language), cancellationToken);
        if (!current.IsSuccess || !current.Value.May.CanSeeWork)
        {
            return PracticeErrors.NotFound;
        }

        var revision = await db.PracticeRevisions.AsNoTracking()
            .SingleOrDefaultAsync(r => r.PracticeId == query.PracticeId && r.Number == query.Number, cancellationToken);
        if (revision is null)
        {
            return PracticeErrors.NotFound;
        }

        var english = query.Language == Language.English;
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
            Attachments = await attachments.ListAsync(shown.AttachmentIds, cancellationToken),
            May = current.Value.May with { CanReview = PracticePermissions.CanReviewRevision(currentMember, revision.Status) },
            ShownRevision = new RevisionSummary(
                revision.Number, revision.Status, revision.ModeratorNote, revision.CreatedAt, revision.SubmittedAt, revision.DecidedAt)
            {
                Version = revision.Version,
            },
        };
    }
}
