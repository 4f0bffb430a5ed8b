using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Conversations;

/// <summary>A message of the member's own, as its edit form shows it, while it may still be edited.</summary>
public sealed record GetMessageForEditing(Guid MessageId) : IQuery<Result<MessageForEditing>>;

public sealed record MessageForEditing(Guid ConversationId, long Seq, EditMessage Form);

public sealed class GetMessageForEditingHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : IQueryHandler<GetMessageForEditing, Result<MessageForEditing>>
{
    public async ValueTask<Result<MessageForEditing>> Handle(GetMessageForEditing query, CancellationToken cancellationToken)
    {
        var me = currentMember.RequiredId;
        var message = await ConversationMessages.Readable(db, query.MessageId, me).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (message is null)
        {
            return ConversationErrors.NotFound;
        }

        if (message.AuthorId != me)
        {
            return ConversationErrors.NotAuthor;
        }

        return message.MayBeEditedBy(me, clock.GetUtcNow())
            ? new MessageForEditing(message.ConversationId, message.Seq, new EditMessage(message.Id) { Body = message.BodyMarkdown })
            : ConversationErrors.EditWindowClosed;
    }
}
