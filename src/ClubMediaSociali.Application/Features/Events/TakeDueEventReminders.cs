using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Events;
using ClubMediaSociali.Application.Domain.Notifications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Events;

/// <summary>
/// The reminder job's step: takes the registrations due for a reminder (a batch, locked so two instances never take the
/// same) and marks them reminded before the mail goes, so each registration gets each reminder once. The day's
/// reminder is due from 24 hours before the start until the hour's is; the hour's, in the last hour. Only the
/// registered (not the waiting), of events still on, with a confirmed address, who have not turned event mail off
/// in their preferences.
/// </summary>
[ChangesNoPublicPage("Mail bookkeeping of registrations.")]
public sealed record TakeDueEventReminders(DateTimeOffset Now) : ICommand<IReadOnlyList<EventReminder>>, ITransactional
{
    public const int Batch = 200;

    public static readonly TimeSpan DayBefore = TimeSpan.FromHours(24);

    public static readonly TimeSpan HourBefore = TimeSpan.FromHours(1);
}

public enum ReminderKind
{
    Day = 0,
    Hour = 1,
}

/// <summary>One reminder to mail: to whom (in their language and zone), of what, and where (the online link with it).</summary>
public sealed record EventReminder(
    ReminderKind Kind, Guid MemberId, string DisplayName, string Email, Language Language, string MemberTimeZone,
    Guid EventId, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string EventTimeZone, bool Online, string? OnlineUrl, string? Place);

public sealed class TakeDueEventRemindersHandler(ClubDbContext db) : ICommandHandler<TakeDueEventReminders, IReadOnlyList<EventReminder>>
{
    private sealed record Due(Guid EventId, Guid MemberId, bool Hour);

    public async ValueTask<IReadOnlyList<EventReminder>> Handle(TakeDueEventReminders command, CancellationToken cancellationToken)
    {
        var now = command.Now;
        var dayFrom = now + TakeDueEventReminders.DayBefore;
        var hourFrom = now + TakeDueEventReminders.HourBefore;
        // The events starting within a day (their date index), their registered not yet reminded of this one, marked
        // reminded in the same statement.
        var due = await db.Database.SqlQuery<Due>($"""
            WITH due AS (
                SELECT r.event_id, r.member_id, e.starts_at <= {hourFrom} AS hour
                FROM event_registrations r JOIN events e ON e.id = r.event_id
                WHERE e.status = {(int)EventStatus.Scheduled} AND e.starts_at > {now} AND e.starts_at <= {dayFrom}
                  AND r.status = {(int)RegistrationStatus.Registered}
                  AND CASE WHEN e.starts_at <= {hourFrom} THEN r.hour_reminder_at IS NULL ELSE r.day_reminder_at IS NULL END
                ORDER BY e.starts_at
                LIMIT {TakeDueEventReminders.Batch}
                FOR UPDATE OF r SKIP LOCKED)
            UPDATE event_registrations r
            SET hour_reminder_at = CASE WHEN due.hour THEN {now} ELSE r.hour_reminder_at END,
                day_reminder_at = CASE WHEN due.hour THEN r.day_reminder_at ELSE {now} END
            FROM due WHERE r.event_id = due.event_id AND r.member_id = due.member_id
            RETURNING r.event_id, r.member_id, due.hour
            """).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return [];
        }

        var eventIds = due.Select(d => d.EventId).Distinct().ToList();
        var memberIds = due.Select(d => d.MemberId).Distinct().ToList();
        var events = await db.Events.AsNoTracking().Where(e => eventIds.Contains(e.Id))
            .Select(e => new { e.Id, e.Title, e.StartsAt, e.EndsAt, e.TimeZone, e.Online, e.OnlineUrl, e.Venue, e.Address, e.City })
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        var members = await db.Users.AsNoTracking()
            .Where(m => memberIds.Contains(m.Id) && m.DeletedAt == null && m.SuspendedAt == null && m.EmailConfirmed && m.Email != null)
            .Where(m => !db.NotificationSettings.Any(s => s.MemberId == m.Id && s.Category == NotificationCategories.Event && s.Channel != NotificationChannel.Email))
            .Select(m => new { m.Id, m.DisplayName, m.Email, m.Culture, m.TimeZone })
            .ToDictionaryAsync(m => m.Id, cancellationToken);
        return [.. due.Where(d => members.ContainsKey(d.MemberId)).Select(d =>
        {
            var e = events[d.EventId];
            var m = members[d.MemberId];
            var place = e.Online ? null : string.Join(", ", new[] { e.Venue, e.Address, e.City }.Where(p => !string.IsNullOrEmpty(p)));
            return new EventReminder(
                d.Hour ? ReminderKind.Hour : ReminderKind.Day, m.Id, m.DisplayName, m.Email!, Languages.FromCode(m.Culture), m.TimeZone,
                e.Id, e.Title, e.StartsAt, e.EndsAt, e.TimeZone, e.Online, e.OnlineUrl, place);
        })];
    }
}
