using ClubMediaSociali.Application.Data;

namespace ClubMediaSociali.Application.Features.Notifications;

internal static class NotificationFilters
{
    /// <summary>The member's notifications, without the categories they turned off.</summary>
    public static IQueryable<Domain.Notifications.Notification> Shown(ClubDbContext db, Guid memberId) =>
        db.Notifications.Where(n => n.MemberId == memberId
            && !db.NotificationSettings.Any(s => s.MemberId == memberId
                && s.Channel == Domain.Notifications.NotificationChannel.Off
                && n.Kind.StartsWith(s.Category + ".")));
}
