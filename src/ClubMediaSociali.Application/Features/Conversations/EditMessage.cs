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

/// <summary>Its author corrects a message within <see cref="Message.EditWindow"/>; the others see it marked "modificato".</summary>
[ChangesNoPublicPage("Conversations are private to their participants.")]
public sealed record EditMessage(Guid MessageId) : ICommand<Result<Guid>>
{
    public string Body { get; init; } = "";
}

public sealed class EditMessageValidator : AbstractValidator<EditMessage>
{
    public EditMessageValidator(IStringLocalizer<ValidationMessages> text) => RuleFor(c => c.Body).ClubMessageBody(text);
}

public sealed class EditMessageHandler(ICurrentMember currentMember, ClubDbContext db, Following.MentionedMembers mentions, ConversationSignals signals, TimeProvider clock)
    : ICommandHandler<EditMessage, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(EditMessage command, CancellationToken cancellationToken)
    {
        var me = currentMember.RequiredId;
        var message = await ConversationMessages.Readable(db, command.MessageId, me).SingleOrDefaultAsync(cancellationToken);
        if (message is null)
        {
            return ConversationErrors.NotFound;
        }

        var now = clock.GetUtcNow();
        if (message.AuthorId != me)
        {
            return ConversationErrors.NotAuthor;
        }

        if (message.DeletedAt is not null)
        {
            return ConversationErrors.Deleted;
        }

        if (!message.MayBeEditedBy(me, now))
        {
            return ConversationErrors.EditWindowClosed;
        }

        message.BodyMarkdown = command.Body.Trim();
        message.BodyHtml = await mentions.RenderAsync(message.BodyMarkdown, cancellationToken);
        message.EditedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        signals.Changed(message.ConversationId, message.Seq, []);
        return message.ConversationId;
    }
}
