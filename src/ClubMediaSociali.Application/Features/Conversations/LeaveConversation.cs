using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Conversations;

/// <summary>A participant leaves a group: they keep what was said until then, receive nothing after, and write no more.</summary>
[ChangesNoPublicPage("Conversations are private to their participants.")]
public sealed record LeaveConversation(Guid ConversationId) : ICommand<Result<Guid>>;

public sealed class LeaveConversationHandler(ICurrentMember currentMember, ClubDbContext db, ConversationSignals signals, TimeProvider clock) : ICommandHandler<LeaveConversation, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(LeaveConversation command, CancellationToken cancellationToken)
    {
        var me = currentMember.RequiredId;
        var mine = await db.ConversationParticipants.SingleOrDefaultAsync(p => p.ConversationId == command.ConversationId && p.MemberId == me, cancellationToken);
        if (mine is null)
        {
            return ConversationErrors.NotFound;
        }

        if (!await db.Conversations.AnyAsync(c => c.Id == command.ConversationId && c.IsGroup, cancellationToken))
        {
            return ConversationErrors.NotAGroup;
        }

        if (mine.LeftAt is null)
        {
            mine.LeftAt = clock.GetUtcNow();
            mine.Unread = 0;
            mine.MailDueAt = null;
            await db.SaveChangesAsync(cancellationToken);
            signals.UnreadMoved([me]);
        }

        return command.ConversationId;
    }
}
