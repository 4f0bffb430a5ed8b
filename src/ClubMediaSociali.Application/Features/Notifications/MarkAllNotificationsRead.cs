using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Notifications;

/// <summary>Marks every unread notification of the member as read; returns how many.</summary>
[ChangesNoPublicPage("A member's own notifications.")]
public sealed record MarkAllNotificationsRead() : ICommand<int>;

public sealed class MarkAllNotificationsReadHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock, UnreadCounts counts) : ICommandHandler<MarkAllNotificationsRead, int>
{
    public async ValueTask<int> Handle(MarkAllNotificationsRead command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var marked = await db.Notifications.Where(n => n.MemberId == currentMember.RequiredId && n.ReadAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
        // A bulk update goes around the change tracker, so around the interceptor too.
        counts.Forget(currentMember.RequiredId);
        return marked;
    }
}
