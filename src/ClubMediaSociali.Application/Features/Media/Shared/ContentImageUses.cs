using ClubMediaSociali.Application.Common.Content;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Media;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Media;

/// <summary>
/// The pictures a saved text shows, counted as its uses: each of the author's pictures the text shows becomes a use
/// of this text (their unused upload, or a new use beside one another text holds), and pictures the text stopped
/// showing lose this use (their files go with their last use). So a picture shown by two texts survives the
/// removal of one, and a deleted text or account takes its pictures with it.
/// </summary>
public sealed class ContentImageUses(ClubDbContext db, MediaStore store, TimeProvider clock)
{
    /// <param name="markdown">Every live version of the text (a practice's published text and its open revision).</param>
    public async Task KeepInStepAsync(UploadPlace place, Guid placeId, Guid? authorId, IEnumerable<string?> markdown, CancellationToken cancellationToken)
    {
        var shown = markdown.SelectMany(ContentImages.HashesIn).Distinct().ToArray();
        var current = await db.Uploads.AsNoTracking()
            .Where(u => u.Purpose == UploadPurpose.ContentImage && u.UsedInKind == place && u.UsedInId == placeId)
            .ToListAsync(cancellationToken);
        await store.RemoveAsync([.. current.Where(u => !shown.Contains(u.SourceHash))], cancellationToken);

        var missing = shown.Except(current.Select(u => u.SourceHash)).ToArray();
        if (authorId is not { } author || missing.Length == 0)
        {
            return;
        }

        var own = await db.Uploads
            .Where(u => u.Purpose == UploadPurpose.ContentImage && u.OwnerId == author && missing.Contains(u.SourceHash))
            .OrderBy(u => u.UsedInKind != null).ThenBy(u => u.CreatedAt)
            .ToListAsync(cancellationToken);
        foreach (var first in own.GroupBy(u => u.SourceHash).Select(g => g.First()))
        {
            if (first.UsedInKind is null)
            {
                first.UsedInKind = place;
                first.UsedInId = placeId;
                continue;
            }

            db.Uploads.Add(new Upload
            {
                OwnerId = author,
                Purpose = UploadPurpose.ContentImage,
                SourceHash = first.SourceHash,
                FileName = first.FileName,
                ContentType = first.ContentType,
                Length = first.Length,
                Width = first.Width,
                Height = first.Height,
                UsedInKind = place,
                UsedInId = placeId,
                CreatedAt = clock.GetUtcNow(),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The text is gone (deleted by its author, removed): its pictures lose their uses.</summary>
    public Task ReleaseAsync(UploadPlace place, Guid placeId, CancellationToken cancellationToken) =>
        KeepInStepAsync(place, placeId, null, [], cancellationToken);
}
