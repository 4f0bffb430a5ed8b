using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClubMediaSociali.Application.Features.Media;

/// <summary>The one picture something shows: a member's photo, a company's logo.</summary>
public sealed record PictureSlot(UploadPurpose Purpose, PictureShape Shape, UploadPlace Place, Guid PlaceId);

/// <summary>
/// Puts a new picture in a slot (or empties it): the size and the day's quota checked, the picture processed
/// outside any transaction, then, in one transaction, its files stored, the slot pointed at it by
/// <c>point</c>, and the previous picture's use removed (its files with it, if nothing else uses them).
/// </summary>
public sealed class PictureSlots(ClubDbContext db, Pictures pictures, MediaStore store, UploadQuota quota, IOptions<MediaOptions> options)
{
    /// <returns>The new picture's source hash, or why it was refused (beside the file field).</returns>
    public async Task<Result<string>> ReplaceAsync(Guid ownerId, PictureSlot slot, byte[] content, Func<string?, Task> point, CancellationToken cancellationToken)
    {
        if (quota.TooLarge(content.Length, options.Value.PictureMaxBytes) is { } tooLarge)
        {
            return tooLarge;
        }

        var (taken, allowance, refusal) = await quota.TakePictureAsync(ownerId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var processed = await pictures.ProcessAsync(content, slot.Shape, cancellationToken);
        if (!processed.IsSuccess)
        {
            await quota.GiveBackAsync(ownerId, allowance, taken, cancellationToken);
            return processed.Error!;
        }

        return await store.InTransactionAsync(async () =>
        {
            var previous = await UsesAsync(slot, cancellationToken);
            await store.AddPictureAsync(ownerId, slot.Purpose, processed.Value, content.Length, slot.Place, slot.PlaceId, cancellationToken);
            await point(processed.Value.SourceHash);
            await store.RemoveAsync(previous, cancellationToken);
            return Result.Success(processed.Value.SourceHash);
        }, cancellationToken);
    }

    public Task EmptyAsync(PictureSlot slot, Func<string?, Task> point, CancellationToken cancellationToken) =>
        store.InTransactionAsync(async () =>
        {
            var previous = await UsesAsync(slot, cancellationToken);
            await point(null);
            await store.RemoveAsync(previous, cancellationToken);
            return previous.Count;
        }, cancellationToken);

    private async Task<List<Upload>> UsesAsync(PictureSlot slot, CancellationToken cancellationToken) =>
        await db.Uploads.Where(u => u.Purpose == slot.Purpose && u.UsedInKind == slot.Place && u.UsedInId == slot.PlaceId).ToListAsync(cancellationToken);
}
