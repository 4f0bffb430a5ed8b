using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Events;

/// <summary>
/// Makes the member's personal calendar address (a new secret, which ends the old one) or, with <see cref="Revoke"/>,
/// ends it. Returns the new secret, the only time it is told; none when revoked.
/// </summary>
[ChangesNoPublicPage("A member's own calendar address.")]
public sealed record ResetCalendarFeed(bool Revoke = false) : ICommand<string?>;

public sealed class ResetCalendarFeedHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<ResetCalendarFeed, string?>
{
    public async ValueTask<string?> Handle(ResetCalendarFeed command, CancellationToken cancellationToken)
    {
        var me = currentMember.RequiredId;
        var secret = command.Revoke ? null : CalendarFeeds.NewSecret();
        var hash = secret is null ? null : CalendarFeeds.Hash(secret);
        var at = secret is null ? (DateTimeOffset?)null : clock.GetUtcNow();
        await db.Users.Where(m => m.Id == me)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.CalendarFeedHash, hash).SetProperty(m => m.CalendarFeedCreatedAt, at), cancellationToken);
        return secret;
    }
}
