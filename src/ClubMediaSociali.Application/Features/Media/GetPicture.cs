using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Media;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Media;

/// <summary>
/// One size of a public picture (a photo, a logo, an image in a text) by its address. Attachments are never
/// served this way: their bytes go out only through the action that checks who reads them.
/// </summary>
public sealed record GetPicture(string SourceHash, string Variant) : IQuery<PictureFile?>;

public sealed record PictureFile(string ContentType, byte[] Content);

public sealed class GetPictureHandler(ClubDbContext db) : IQueryHandler<GetPicture, PictureFile?>
{
    public async ValueTask<PictureFile?> Handle(GetPicture query, CancellationToken cancellationToken) =>
        query.Variant == StoredFile.Original
            ? null
            : await db.StoredFiles.AsNoTracking()
                .Where(f => f.SourceHash == query.SourceHash && f.Variant == query.Variant)
                .Select(f => new PictureFile(f.ContentType, f.Content))
                .SingleOrDefaultAsync(cancellationToken);
}
