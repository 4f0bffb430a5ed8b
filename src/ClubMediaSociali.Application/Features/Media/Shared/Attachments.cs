using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Media;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Media;

/// <summary>An attachment as pages list it: its name, type and size (a picture's width and height), and the address that downloads it.</summary>
public sealed record AttachmentItem(Guid Id, string FileName, string ContentType, long Length, int? Width = null, int? Height = null)
{
    /// <summary>A picture sent in a message, shown in the page rather than listed for download.</summary>
    public bool IsPicture => Width is not null;
}

/// <summary>
/// The attachments of the things that carry them (practices, opportunities, messages): which uploads a form may name, the
/// list a page shows, and the uses kept in step with what the item names once it is saved.
/// </summary>
public sealed class Attachments(ClubDbContext db, MediaStore store)
{
    /// <summary>The most documents one item carries.</summary>
    public const int MaxPerItem = 5;

    /// <summary>
    /// Whether the member may name all of <paramref name="ids"/> on this item: attachments they sent and that are used
    /// nowhere yet, or those already on the item (a co-author's, a previous version's).
    /// </summary>
    public async Task<bool> MayNameAsync(
        Guid[] ids, Guid memberId, UploadPlace place, Guid? placeId, CancellationToken cancellationToken, UploadPurpose purpose = UploadPurpose.Attachment)
    {
        if (ids.Length == 0)
        {
            return true;
        }

        var distinct = ids.Distinct().ToArray();
        var usable = await db.Uploads.CountAsync(
            u => distinct.Contains(u.Id) && u.Purpose == purpose
                && ((u.UsedInKind == null && u.OwnerId == memberId) || (placeId != null && u.UsedInKind == place && u.UsedInId == placeId)),
            cancellationToken);
        return usable == distinct.Length;
    }

    /// <summary>The attachments named by <paramref name="ids"/>, in that order (one query; none when there are none).</summary>
    public async Task<IReadOnlyList<AttachmentItem>> ListAsync(Guid[] ids, CancellationToken cancellationToken)
    {
        if (ids.Length == 0)
        {
            return [];
        }

        var found = await db.Uploads.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new AttachmentItem(u.Id, u.FileName, u.ContentType, u.Length, u.Width, u.Height))
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        return [.. ids.Distinct().Where(found.ContainsKey).Select(id => found[id])];
    }

    /// <summary>
    /// After the item is saved: the uploads it names become its uses, and its attachments that no version of it names
    /// any more go (with their files, unless another use shares them). <paramref name="named"/> is every id any live
    /// version of the item names (the published text and its open revision).
    /// </summary>
    public async Task KeepInStepAsync(
        UploadPlace place, Guid placeId, IEnumerable<Guid> named, CancellationToken cancellationToken, UploadPurpose purpose = UploadPurpose.Attachment)
    {
        var ids = named.Distinct().ToArray();
        await db.Uploads.Where(u => ids.Contains(u.Id) && u.UsedInKind == null && u.Purpose == purpose)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.UsedInKind, place).SetProperty(u => u.UsedInId, placeId), cancellationToken);
        var dropped = await db.Uploads.AsNoTracking()
            .Where(u => u.UsedInKind == place && u.UsedInId == placeId && u.Purpose == purpose && !ids.Contains(u.Id))
            .ToListAsync(cancellationToken);
        await store.RemoveAsync(dropped, cancellationToken);
    }
}
