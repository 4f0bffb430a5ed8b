using System.Security.Cryptography;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Media;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Media;

/// <summary>
/// Where uploads are kept: the stored files by source hash and variant, and the uses that point to them. A source's
/// files are written once, whoever sends the same bytes again, and purged with every variant when its last use goes
/// (two members' copies of one picture are two uses: removing one leaves the other whole). Writers of one source
/// take the same transaction-scoped advisory lock, so a purge and a new use of that source cannot cross.
/// </summary>
public sealed class MediaStore(ClubDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction (retried whole on a transient failure), or in the command's
    /// own when it has one. Uploads are processed before it, so no transaction waits on a picture being resized.
    /// </summary>
    public Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken) =>
        db.Database.CurrentTransaction is not null ? work() : db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await work();
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        });

    /// <summary>Stores a picture's variants (unless the same source is already stored) and adds one use of it.</summary>
    public async Task<Upload> AddPictureAsync(
        Guid ownerId, UploadPurpose purpose, ProcessedPicture picture, long length, UploadPlace? place, Guid? placeId, CancellationToken cancellationToken, string fileName = "")
    {
        var now = clock.GetUtcNow();
        await LockAsync(picture.SourceHash, cancellationToken);
        foreach (var variant in picture.Variants)
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO stored_files (source_hash, variant, content_type, length, content, created_at)
                VALUES ({picture.SourceHash}, {variant.Name}, {variant.ContentType}, {variant.Content.Length}, {variant.Content}, {now})
                ON CONFLICT DO NOTHING
                """, cancellationToken);
        }

        var upload = new Upload
        {
            OwnerId = ownerId,
            Purpose = purpose,
            SourceHash = picture.SourceHash,
            FileName = fileName,
            ContentType = FileTypes.ContentType(picture.Kind),
            Length = length,
            Width = picture.Width,
            Height = picture.Height,
            UsedInKind = place,
            UsedInId = placeId,
            CreatedAt = now,
        };
        db.Uploads.Add(upload);
        await db.SaveChangesAsync(cancellationToken);
        return upload;
    }

    /// <summary>Stores a file as it was sent (unless the same bytes are already stored) and adds one use of it, used nowhere yet.</summary>
    public async Task<Upload> AddOriginalAsync(Guid ownerId, UploadPurpose purpose, FileKind kind, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        var contentType = FileTypes.ContentType(kind);
        await LockAsync(hash, cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO stored_files (source_hash, variant, content_type, length, content, created_at)
            VALUES ({hash}, {StoredFile.Original}, {contentType}, {content.Length}, {content}, {now})
            ON CONFLICT DO NOTHING
            """, cancellationToken);
        var upload = new Upload
        {
            OwnerId = ownerId,
            Purpose = purpose,
            SourceHash = hash,
            FileName = fileName,
            ContentType = contentType,
            Length = content.Length,
            CreatedAt = now,
        };
        db.Uploads.Add(upload);
        await db.SaveChangesAsync(cancellationToken);
        return upload;
    }

    /// <summary>Removes uses; each source whose last use went loses all its stored files.</summary>
    public async Task RemoveAsync(IReadOnlyCollection<Upload> uploads, CancellationToken cancellationToken)
    {
        if (uploads.Count == 0)
        {
            return;
        }

        var ids = uploads.Select(u => u.Id).ToArray();
        await db.Uploads.Where(u => ids.Contains(u.Id)).ExecuteDeleteAsync(cancellationToken);
        await PurgeSourcesAsync(uploads.Select(u => u.SourceHash), cancellationToken);
    }

    /// <summary>After uses were deleted: each of these sources left with no use loses all its stored files.</summary>
    public async Task PurgeSourcesAsync(IEnumerable<string> sourceHashes, CancellationToken cancellationToken)
    {
        foreach (var hash in sourceHashes.Distinct().Order(StringComparer.Ordinal))
        {
            await LockAsync(hash, cancellationToken);
            await db.StoredFiles
                .Where(f => f.SourceHash == hash && !db.Uploads.Any(u => u.SourceHash == hash))
                .ExecuteDeleteAsync(cancellationToken);
        }
    }

    /// <summary>Files sent with a form that was never saved (pictures for a text, attachments) go after two days.</summary>
    public async Task<int> PurgeUnusedAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow() - TimeSpan.FromDays(2);
        var unused = await db.Uploads.AsNoTracking().Where(u => u.UsedInKind == null && u.CreatedAt < before).Take(500).ToListAsync(cancellationToken);
        await InTransactionAsync(async () =>
        {
            await RemoveAsync(unused, cancellationToken);
            return unused.Count;
        }, cancellationToken);
        return unused.Count;
    }

    private Task<int> LockAsync(string sourceHash, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({sourceHash}, 0))", cancellationToken);
}
