using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Domain.Network;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Domain.Repertoire;

namespace ClubMediaSociali.Application.Features.Repertoire;

/// <summary>What every moderation decision on a practice leaves behind: an audit entry, and the event its effects follow.</summary>
internal static class PracticeCuration
{
    public static void Record(
        ClubDbContext db, Practice practice, Guid moderatorId, string action, NotificationKind? notice, string? note, int? revision, DateTimeOffset now)
    {
        db.AuditLog.Record(moderatorId, action, AuditTargets.Practice, practice.Id, practice.Title, now, note);
        db.Raise(new PracticeDecided(practice.Id, revision, action, notice?.Name, note, now), now);
        if (action == AuditActions.PublishPractice)
        {
            db.Raise(new Following.TextWritten(MentionPlace.Practice, practice.Id, now), now);
        }
    }
}
