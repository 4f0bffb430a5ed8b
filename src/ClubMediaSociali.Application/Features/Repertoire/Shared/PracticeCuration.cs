using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Domain.Repertoire;

namespace ClubMediaSociali.Application.Features.Repertoire;

/// <summary>What every moderation decision on a practice leaves behind: an audit entry, and a notice to the author.</summary>
internal static class PracticeCuration
{
    public static void Record(
        ClubDbContext db, Practice practice, Guid moderatorId, string action, NotificationKind? notice, string? note, Target target, DateTimeOffset now)
    {
        db.AuditLog.Record(moderatorId, action, "practice", practice.Id, practice.Title, now, note);
        if (notice is not null && practice.AuthorId is { } authorId)
        {
            db.Notifications.Add(Notification.Of(authorId, notice, practice.Title, target, now, note));
        }
    }
}
