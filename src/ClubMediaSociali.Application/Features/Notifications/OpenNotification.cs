using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Notifications;

/// <summary>The member opens one of their notifications: it is marked read and what it leads to returned.</summary>
[ChangesNoPublicPage("A member's own notifications.")]
public sealed record OpenNotification(Guid NotificationId) : ICommand<Result<Target>>;

public sealed class OpenNotificationHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<OpenNotification, Result<Target>>
{
    public static readonly Error NotFound = Error.NotFound("notifications.not_found");

    public async ValueTask<Result<Target>> Handle(OpenNotification command, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == command.NotificationId && n.MemberId == currentMember.RequiredId, cancellationToken);
        if (notification is null)
        {
            return NotFound;
        }

        notification.ReadAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return notification.Target;
    }
}
