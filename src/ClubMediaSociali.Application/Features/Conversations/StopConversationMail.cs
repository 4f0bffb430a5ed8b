using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Conversations;

/// <summary>The one-click "no more mail for this conversation" of a message mail (the signed link names the member). Twice changes nothing more.</summary>
[ChangesNoPublicPage("A member's own mail preferences.")]
public sealed record StopConversationMail(Guid ConversationId, Guid MemberId) : ICommand<bool>;

public sealed class StopConversationMailHandler(ClubDbContext db) : ICommandHandler<StopConversationMail, bool>
{
    public async ValueTask<bool> Handle(StopConversationMail command, CancellationToken cancellationToken) =>
        await db.ConversationParticipants
            .Where(p => p.ConversationId == command.ConversationId && p.MemberId == command.MemberId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.MailOff, true).SetProperty(p => p.MailDueAt, (DateTimeOffset?)null), cancellationToken) == 1;
}
