using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Media;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Media;

/// <summary>
/// The attachments a form names, for the form that shows them again (their names and sizes): the member's own
/// uploads and the attachments of practices and opportunities; never someone else's CV or unused file.
/// </summary>
public sealed record GetAttachmentList(Guid[] Ids) : IQuery<IReadOnlyList<AttachmentItem>>;

public sealed class GetAttachmentListHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<GetAttachmentList, IReadOnlyList<AttachmentItem>>
{
    public async ValueTask<IReadOnlyList<AttachmentItem>> Handle(GetAttachmentList query, CancellationToken cancellationToken)
    {
        var viewer = currentMember.Id ?? Guid.Empty;
        var shown = await db.Uploads.AsNoTracking()
            .Where(u => query.Ids.Contains(u.Id) && (u.OwnerId == viewer || (u.Purpose == UploadPurpose.Attachment && u.UsedInKind != null)))
            .Select(u => new AttachmentItem(u.Id, u.FileName, u.ContentType, u.Length, u.Width, u.Height))
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        return [.. query.Ids.Distinct().Where(shown.ContainsKey).Select(id => shown[id])];
    }
}
