using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Notifications;

/// <summary>The member's latest notifications, newest first.</summary>
public sealed record GetNotifications(Guid MemberId) : IQuery<IReadOnlyList<NotificationItem>>
{
    public const int Limit = 50;
}

public sealed record NotificationItem(Guid Id, string Kind, string Subject, string? Note, string Link, DateTimeOffset At, bool Read);

public sealed class GetNotificationsHandler(ClubDbContext db) : IQueryHandler<GetNotifications, IReadOnlyList<NotificationItem>>
{
    public async ValueTask<IReadOnlyList<NotificationItem>> Handle(GetNotifications query, CancellationToken cancellationToken) =>
        await NotificationFilters.Shown(db, query.MemberId).AsNoTracking()
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(GetNotifications.Limit)
            .Select(n => new NotificationItem(n.Id, n.Kind, n.Subject, n.Note, n.Link, n.CreatedAt, n.ReadAt != null))
            .ToListAsync(cancellationToken);
}

/// <summary>How many notifications the member has not read: the badge in the navigation.</summary>
public sealed record CountUnreadNotifications(Guid MemberId) : IQuery<int>;

public sealed class CountUnreadNotificationsHandler(ClubDbContext db, UnreadCounts counts) : IQueryHandler<CountUnreadNotifications, int>
{
    public ValueTask<int> Handle(CountUnreadNotifications query, CancellationToken cancellationToken) =>
        counts.GetAsync(query.MemberId, token => NotificationFilters.Shown(db, query.MemberId).CountAsync(n => n.ReadAt == null, token), cancellationToken);
}

internal static class NotificationFilters
{
    /// <summary>The member's notifications, without the categories they turned off.</summary>
    public static IQueryable<Domain.Notifications.Notification> Shown(ClubDbContext db, Guid memberId) =>
        db.Notifications.Where(n => n.MemberId == memberId
            && !db.NotificationSettings.Any(s => s.MemberId == memberId
                && s.Channel == Domain.Notifications.NotificationChannel.Off
                && n.Kind.StartsWith(s.Category + ".")));
}

/// <summary>The member opens one of their notifications: it is marked read and its link returned.</summary>
public sealed record OpenNotification(Guid NotificationId, Guid MemberId) : ICommand<Result<string>>;

public sealed class OpenNotificationHandler(ClubDbContext db, TimeProvider clock) : ICommandHandler<OpenNotification, Result<string>>
{
    public static readonly Error NotFound = new("notifications.not_found");

    public async ValueTask<Result<string>> Handle(OpenNotification command, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == command.NotificationId && n.MemberId == command.MemberId, cancellationToken);
        if (notification is null)
        {
            return NotFound;
        }

        notification.ReadAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return notification.Link;
    }
}

/// <summary>Marks every unread notification of the member as read; returns how many.</summary>
public sealed record MarkAllNotificationsRead(Guid MemberId) : ICommand<int>;

public sealed class MarkAllNotificationsReadHandler(ClubDbContext db, TimeProvider clock, UnreadCounts counts) : ICommandHandler<MarkAllNotificationsRead, int>
{
    public async ValueTask<int> Handle(MarkAllNotificationsRead command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var marked = await db.Notifications.Where(n => n.MemberId == command.MemberId && n.ReadAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
        // A bulk update goes around the change tracker, so around the interceptor too.
        counts.Forget(command.MemberId);
        return marked;
    }
}
