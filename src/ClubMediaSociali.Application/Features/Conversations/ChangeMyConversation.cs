using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Conversations;

/// <summary>What a participant changes for themselves alone: mute or unmute it, or delete it from their own list.</summary>
public enum MyConversationChange
{
    Mute,
    Unmute,

    /// <summary>
    /// "Elimina per me": its messages so far are gone for them (the others keep theirs); a new message brings it back.
    /// When no member keeps any of it any more (and no report waits on it), the conversation itself is deleted.
    /// </summary>
    Clear,
}

[ChangesNoPublicPage("Conversations are private to their participants.")]
public sealed record ChangeMyConversation(Guid ConversationId, MyConversationChange Change) : ICommand<Result<Guid>>, ITransactional;

public sealed class ChangeMyConversationHandler(ICurrentMember currentMember, ClubDbContext db, ConversationSignals signals, MessageFiles files) : ICommandHandler<ChangeMyConversation, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(ChangeMyConversation command, CancellationToken cancellationToken)
    {
        var me = currentMember.RequiredId;
        var mine = await db.ConversationParticipants.SingleOrDefaultAsync(p => p.ConversationId == command.ConversationId && p.MemberId == me, cancellationToken);
        if (mine is null)
        {
            return ConversationErrors.NotFound;
        }

        switch (command.Change)
        {
            case MyConversationChange.Mute:
                mine.Muted = true;
                break;
            case MyConversationChange.Unmute:
                mine.Muted = false;
                break;
            default:
                var last = await db.Conversations.Where(c => c.Id == command.ConversationId).Select(c => c.LastSeq).SingleAsync(cancellationToken);
                (mine.ClearedSeq, mine.ReadSeq, mine.Unread, mine.MailDueAt) = (last, last, 0, null);
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (command.Change == MyConversationChange.Clear)
        {
            await files.DeleteUnkeptAsync(me, command.ConversationId, cancellationToken);
        }

        signals.UnreadMoved([me]);
        return command.ConversationId;
    }
}
