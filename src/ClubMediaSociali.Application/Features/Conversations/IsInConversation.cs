using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Conversations;

/// <summary>Whether the member takes part in the conversation now (not having left it): who may watch it live.</summary>
public sealed record IsInConversation(Guid ConversationId, Guid MemberId) : IQuery<bool>;

public sealed class IsInConversationHandler(ClubDbContext db) : IQueryHandler<IsInConversation, bool>
{
    public async ValueTask<bool> Handle(IsInConversation query, CancellationToken cancellationToken) =>
        await db.ConversationParticipants.AnyAsync(
            p => p.ConversationId == query.ConversationId && p.MemberId == query.MemberId && p.LeftAt == null, cancellationToken);
}
