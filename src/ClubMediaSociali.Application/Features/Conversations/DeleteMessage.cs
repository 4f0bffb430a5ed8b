using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Conversations;

/// <summary>Its author deletes a message: its text and files are gone for everyone, and it shows as "messaggio eliminato".</summary>
[ChangesNoPublicPage("Conversations are private to their participants.")]
public sealed record DeleteMessage(Guid MessageId) : ICommand<Result<Guid>>, ITransactional;

public sealed class DeleteMessageHandler(ICurrentMember currentMember, ClubDbContext db, ConversationSignals signals, MessageFiles files, TimeProvider clock) : ICommandHandler<DeleteMessage, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(DeleteMessage command, CancellationToken cancellationToken)
    {
        var me = currentMember.RequiredId;
        var message = await ConversationMessages.Readable(db, command.MessageId, me).SingleOrDefaultAsync(cancellationToken);
        if (message is null)
        {
            return ConversationErrors.NotFound;
        }

        if (message.AuthorId != me)
        {
            return ConversationErrors.NotAuthor;
        }

        if (message.DeletedAt is null)
        {
            message.Delete(clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            await files.RemoveAsync(message.Id, cancellationToken);
            signals.Changed(message.ConversationId, message.Seq, []);
        }

        return message.ConversationId;
    }
}
