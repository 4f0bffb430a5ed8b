using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Media;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Application.Features.Opportunities;
using ClubMediaSociali.Application.Features.Repertoire;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Media;

/// <summary>
/// An attachment or a CV, for the one who asks, decided for this use of the file and at each download (two uses of
/// the same bytes may have different readers): a practice's attachment is read as the practice is (its published
/// text for everyone, a draft or a proposed edit by its author and the moderators); an opportunity's as the
/// opportunity is; a CV by the applicant and the company's representatives only; a message's document or picture by
/// the participants who read that message (not one who left before it or deleted it for themselves) and the
/// moderators of a report that names it; a file not
/// used anywhere yet by its owner. Anyone else is told nothing exists. A picture comes as the picture pages show
/// (<see cref="AttachmentFile.Inline"/>), the others as sent.
/// </summary>
public sealed record GetAttachmentFile(Guid UploadId) : IQuery<AttachmentFile?>;

public sealed record AttachmentFile(string FileName, string ContentType, byte[] Content, bool Inline = false);

public sealed class GetAttachmentFileHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<GetAttachmentFile, AttachmentFile?>
{
    public async ValueTask<AttachmentFile?> Handle(GetAttachmentFile query, CancellationToken cancellationToken)
    {
        var use = await db.Uploads.AsNoTracking()
            .Where(u => u.Id == query.UploadId
                && (u.Purpose == UploadPurpose.Attachment || u.Purpose == UploadPurpose.ResponseCv || u.Purpose == UploadPurpose.MessageFile))
            .SingleOrDefaultAsync(cancellationToken);
        if (use is null || !await MayReadAsync(use, cancellationToken))
        {
            return null;
        }

        var picture = use.Width is not null;
        var variant = picture ? Pictures.ContentVariant : StoredFile.Original;
        var file = await db.StoredFiles.AsNoTracking()
            .Where(f => f.SourceHash == use.SourceHash && f.Variant == variant)
            .Select(f => new { f.ContentType, f.Content })
            .SingleOrDefaultAsync(cancellationToken);
        return file is null ? null : new AttachmentFile(use.FileName, file.ContentType, file.Content, picture);
    }

    private async Task<bool> MayReadAsync(Upload use, CancellationToken cancellationToken)
    {
        var viewer = currentMember.Id ?? Guid.Empty;
        switch (use.UsedInKind)
        {
            case null:
                return currentMember.Is(use.OwnerId);
            case UploadPlace.Practice when use.Purpose == UploadPurpose.Attachment:
                var practice = await db.Practices.AsNoTracking().Where(p => p.Id == use.UsedInId)
                    .Select(p => new { p.AuthorId, p.Status, p.AttachmentIds }).SingleOrDefaultAsync(cancellationToken);
                return practice is not null
                    && (PracticePermissions.CanSeeWork(currentMember, practice.AuthorId)
                        || (practice.AttachmentIds.Contains(use.Id) && PracticePermissions.CanSee(currentMember, practice.AuthorId, practice.Status)));
            case UploadPlace.Opportunity when use.Purpose == UploadPurpose.Attachment:
                var opportunity = await db.Opportunities.AsNoTracking().Where(o => o.Id == use.UsedInId)
                    .Select(o => new
                    {
                        o.Status,
                        o.AttachmentIds,
                        Represents = db.CompanyMembers.Any(m => m.CompanyId == o.CompanyId && m.MemberId == viewer && m.Status == CompanyMemberStatus.Representative),
                    })
                    .SingleOrDefaultAsync(cancellationToken);
                return opportunity is not null
                    && (opportunity.Represents || (opportunity.AttachmentIds.Contains(use.Id) && OpportunityPermissions.CanSee(false, opportunity.Status)));
            case UploadPlace.OpportunityResponse when use.Purpose == UploadPurpose.ResponseCv:
                // The applicant, and the representatives of the company the response was sent to; not the moderators.
                return currentMember.Is(use.OwnerId)
                    || await db.OpportunityResponses.AnyAsync(
                        r => r.CvUploadId == use.Id && db.Opportunities.Any(o => o.Id == r.OpportunityId
                            && db.CompanyMembers.Any(m => m.CompanyId == o.CompanyId && m.MemberId == viewer && m.Status == CompanyMemberStatus.Representative)),
                        cancellationToken);
            case UploadPlace.Message when use.Purpose == UploadPurpose.MessageFile:
                // Its readers; and the moderators, when a report of it (or of the messages around it) names it.
                return await Conversations.ConversationMessages.VisibleTo(db, viewer)
                        .AnyAsync(m => m.Id == use.UsedInId && m.AttachmentIds.Contains(use.Id), cancellationToken)
                    || (currentMember.IsModerator && await Conversations.ReportConversationHandler.Names(db, use.Id).SingleAsync(cancellationToken));
            default:
                return false;
        }
    }
}
