using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Media;
using ClubMediaSociali.Application.Features.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Conversations;

/// <summary>
/// The documents and pictures sent in messages, kept the way every attachment is (<see cref="Attachments"/>): a
/// message names its author's unused uploads of <see cref="UploadPurpose.MessageFile"/>, which become its uses when
/// it is written and go with it (deleted by its author, or with a conversation nobody keeps). Who reads them is the
/// message's readers (<see cref="ConversationMessages.VisibleTo"/>), asked at each download.
/// </summary>
public sealed class MessageFiles(ClubDbContext db, Attachments attachments, MediaStore store, IStringLocalizer<ValidationMessages> text)
{
    /// <summary>The form field the files' refusals are shown beside.</summary>
    public const string Field = "NewAttachments";

    /// <summary>Why the author may not send these uploads (no longer theirs to use), or null.</summary>
    public async Task<Error?> RefusalAsync(Guid[] ids, Guid authorId, CancellationToken cancellationToken) =>
        await attachments.MayNameAsync(ids, authorId, UploadPlace.Message, null, cancellationToken, UploadPurpose.MessageFile)
            ? null
            : Error.Invalid("conversations.file_gone", Field, text["Uno degli allegati non è più disponibile: caricalo di nuovo."]);

    /// <summary>The uploads become the message's.</summary>
    public Task AttachAsync(Guid messageId, Guid[] ids, CancellationToken cancellationToken) =>
        ids.Length == 0 ? Task.CompletedTask : attachments.KeepInStepAsync(UploadPlace.Message, messageId, ids, cancellationToken, UploadPurpose.MessageFile);

    /// <summary>The files of a page of messages, in one query (none when no message on it has any).</summary>
    public async Task<IReadOnlyDictionary<Guid, AttachmentItem>> ListAsync(IEnumerable<Guid[]> named, CancellationToken cancellationToken) =>
        (await attachments.ListAsync([.. named.SelectMany(ids => ids)], cancellationToken)).ToDictionary(a => a.Id);

    /// <summary>A deleted message's files go, with their stored bytes unless another use shares them.</summary>
    public async Task RemoveAsync(Guid messageId, CancellationToken cancellationToken)
    {
        var uses = await db.Uploads.AsNoTracking()
            .Where(u => u.UsedInKind == UploadPlace.Message && u.UsedInId == messageId).ToListAsync(cancellationToken);
        await store.RemoveAsync(uses, cancellationToken);
    }

    /// <summary>
    /// Deletes <paramref name="conversationId"/> (or every conversation of <paramref name="memberId"/>) when no member
    /// keeps any of it any more (each deleted it for themselves, or deleted their account) and no report waits on it:
    /// a conversation is kept while any participant keeps it. One statement takes the conversations and their
    /// messages' files together, so a message sent meanwhile (which moves last_seq on the row it locks) keeps both.
    /// </summary>
    public async Task DeleteUnkeptAsync(Guid memberId, Guid? conversationId, CancellationToken cancellationToken)
    {
        var place = (int)UploadPlace.Message;
        var hashes = await db.Database.SqlQuery<string>($"""
            WITH gone AS (
                DELETE FROM conversations c
                WHERE c.id IN (SELECT conversation_id FROM conversation_participants WHERE member_id = {memberId})
                  AND ({conversationId}::uuid IS NULL OR c.id = {conversationId})
                  AND NOT EXISTS (SELECT 1 FROM conversation_participants p JOIN members m ON m.id = p.member_id
                                  WHERE p.conversation_id = c.id AND p.cleared_seq < c.last_seq AND m.deleted_at IS NULL)
                  AND NOT EXISTS (SELECT 1 FROM message_reports r WHERE r.conversation_id = c.id AND r.closed_at IS NULL)
                RETURNING c.id
            ), files AS (
                DELETE FROM uploads u USING messages m
                WHERE m.conversation_id IN (SELECT id FROM gone) AND cardinality(m.attachment_ids) > 0
                  AND u.used_in_kind = {place} AND u.used_in_id = m.id
                RETURNING u.source_hash
            )
            SELECT DISTINCT source_hash AS "Value" FROM files
            """).ToListAsync(cancellationToken);
        await store.PurgeSourcesAsync(hashes, cancellationToken);
    }
}
