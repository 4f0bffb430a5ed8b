using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Media;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Media;

/// <summary>
/// The moderators' view of what members upload, newest first (keyset pages): pictures with a preview, documents
/// with their name. CVs are private to the applicant and the company, so they are not listed.
/// </summary>
public sealed record GetRecentUploads(string? After) : IQuery<RecentUploads>
{
    public const int PageSize = 40;
}

public sealed record RecentUpload(
    Guid Id, UploadPurpose Purpose, string SourceHash, string FileName, string ContentType, long Length, string? OwnerName, string? OwnerHandle,
    UploadPlace? UsedIn, Guid? UsedInId, DateTimeOffset CreatedAt);

public sealed record RecentUploads(IReadOnlyList<RecentUpload> Uploads, string? Next);

public sealed class GetRecentUploadsHandler(ClubDbContext db) : IQueryHandler<GetRecentUploads, RecentUploads>
{
    public async ValueTask<RecentUploads> Handle(GetRecentUploads query, CancellationToken cancellationToken)
    {
        var uploads = db.Uploads.AsNoTracking().Where(u => u.Purpose != UploadPurpose.ResponseCv);
        if (KeysetCursor.Parse(query.After) is { } cursor)
        {
            uploads = uploads.Where(u => EF.Functions.LessThan(ValueTuple.Create(u.CreatedAt, u.Id), ValueTuple.Create(cursor.At, cursor.Id)));
        }

        var rows = await uploads
            .OrderByDescending(u => u.CreatedAt).ThenByDescending(u => u.Id)
            .Take(GetRecentUploads.PageSize + 1)
            .Select(u => new RecentUpload(
                u.Id, u.Purpose, u.SourceHash, u.FileName, u.ContentType, u.Length,
                db.Users.Where(m => m.Id == u.OwnerId && m.DeletedAt == null).Select(m => m.DisplayName).FirstOrDefault(),
                db.Users.Where(m => m.Id == u.OwnerId && m.DeletedAt == null).Select(m => m.Handle).FirstOrDefault(),
                u.UsedInKind, u.UsedInId, u.CreatedAt))
            .ToListAsync(cancellationToken);
        var page = rows.Take(GetRecentUploads.PageSize).ToList();
        return new RecentUploads(page, rows.Count > GetRecentUploads.PageSize ? new KeysetCursor(page[^1].CreatedAt, page[^1].Id).ToString() : null);
    }
}
