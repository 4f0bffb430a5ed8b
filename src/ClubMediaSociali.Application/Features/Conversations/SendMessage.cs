using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Conversations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Conversations;

/// <summary>
/// A participant writes in a conversation they are in, with up to <see cref="Media.Attachments.MaxPerItem"/> documents
/// or pictures they sent beforehand (<see cref="Media.UploadAttachments"/>; a message may be only those). Blocks are
/// checked again: when a block stands between the writer and the others, a two-person conversation takes no more
/// messages (a group goes on for the rest).
/// </summary>
[ChangesNoPublicPage("Conversations are private to their participants.")]
public sealed record SendMessage(Guid ConversationId) : ICommand<Result<long>>, ITransactional
{
    public string Body { get; init; } = "";

    public Guid[] AttachmentIds { get; init; } = [];
}

public sealed class SendMessageValidator : AbstractValidator<SendMessage>
{
    public SendMessageValidator(IStringLocalizer<ValidationMessages> text)
    {
        RuleFor(c => c.Body).ClubMessageBody(text).When(c => c.AttachmentIds.Length == 0);
        RuleFor(c => c.Body).ClubMaxLength(text, Message.BodyMaxLength).When(c => c.AttachmentIds.Length > 0);
        RuleFor(c => c.AttachmentIds)
            .Must(ids => ids.Distinct().Count() <= Media.Attachments.MaxPerItem)
                .WithMessage(_ => text["Al massimo {0} allegati.", Media.Attachments.MaxPerItem])
            .OverridePropertyName(MessageFiles.Field);
    }
}

public sealed class SendMessageHandler(
    ICurrentMember currentMember, ClubDbContext db, Following.MentionedMembers mentions, ConversationSignals signals, Moderation.ContentScreening screening,
    MessageFiles files, TimeProvider clock)
    : ICommandHandler<SendMessage, Result<long>>
{
    public async ValueTask<Result<long>> Handle(SendMessage command, CancellationToken cancellationToken)
    {
        var me = currentMember.RequiredId;
        var participants = await db.ConversationParticipants.Where(p => p.ConversationId == command.ConversationId)
            .Select(p => new { p.MemberId, p.LeftAt }).ToListAsync(cancellationToken);
        var mine = participants.Find(p => p.MemberId == me);
        if (mine is null)
        {
            return ConversationErrors.NotFound;
        }

        if (mine.LeftAt is not null)
        {
            return ConversationErrors.Left;
        }

        var others = participants.Where(p => p.MemberId != me && p.LeftAt is null).Select(p => p.MemberId).ToList();
        if (others.Count > 0 && (await Following.Blocks.AmongAsync(db, me, others, cancellationToken)).Count == others.Count)
        {
            return ConversationErrors.MayNotWrite;
        }

        var attachments = command.AttachmentIds.Distinct().ToArray();
        if (await files.RefusalAsync(attachments, me, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        // A form with files and no text binds no text at all.
        var body = (command.Body ?? "").Trim();
        var written = await ConversationMessages.WriteAsync(db, signals, mentions, screening, command.ConversationId, me, body, clock.GetUtcNow(), cancellationToken, attachments);
        await files.AttachAsync(written.MessageId, attachments, cancellationToken);
        return written.Seq;
    }
}
