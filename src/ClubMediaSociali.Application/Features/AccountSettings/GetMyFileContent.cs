using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.AccountSettings;

/// <summary>The bytes of one of the member's own uploads, for the data export (<see cref="ExportedFile"/> says which variant).</summary>
public sealed record GetMyFileContent(Guid UploadId, string Variant) : IQuery<byte[]?>;

public sealed class GetMyFileContentHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<GetMyFileContent, byte[]?>
{
    public async ValueTask<byte[]?> Handle(GetMyFileContent query, CancellationToken cancellationToken) =>
        await db.Uploads.AsNoTracking()
            .Where(u => u.Id == query.UploadId && u.OwnerId == currentMember.RequiredId)
            .Join(db.StoredFiles, u => u.SourceHash, f => f.SourceHash, (_, f) => f)
            .Where(f => f.Variant == query.Variant)
            .Select(f => f.Content)
            .SingleOrDefaultAsync(cancellationToken);
}
