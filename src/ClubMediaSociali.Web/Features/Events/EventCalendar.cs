using ClubMediaSociali.Application.Domain.Events;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace ClubMediaSociali.Web.Features.Events;

/// <summary>
/// Events as iCalendar (RFC 5545), written by Ical.Net (which folds long lines by octets, so Italian accents never
/// break a line in two): each event keeps one UID for ever, its SEQUENCE rises with each change, a cancelled one says
/// STATUS:CANCELLED, and its times carry their TZID with the zone's VTIMEZONE, so calendars show 18:00 in Rome as
/// 18:00 in Rome on either side of the change to summer time.
/// </summary>
public static class EventCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>The UID calendars know the event by: never changes, whatever is edited.</summary>
    public static string Uid(Guid eventId) => $"{eventId:N}@club-dei-media-sociali";

    public static string Write(IEnumerable<CalendarItem> items, DateTimeOffset now)
    {
        var calendar = new Calendar { ProductId = "-//Club dei media sociali//Eventi//IT", Method = "PUBLISH" };
        foreach (var zone in items.Select(i => i.Event.TimeZone).Distinct(StringComparer.Ordinal))
        {
            calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zone));
        }

        foreach (var item in items)
        {
            var e = item.Event;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = Uid(e.Id),
                Sequence = e.Sequence,
                DtStamp = new CalDateTime(now.UtcDateTime, "UTC"),
                DtStart = new CalDateTime(EventTimes(e.StartsAt, e.TimeZone), e.TimeZone),
                DtEnd = new CalDateTime(EventTimes(e.EndsAt, e.TimeZone), e.TimeZone),
                Summary = e.Title,
                Description = item.Description,
                Location = item.Location,
                Url = item.Page,
                Status = e.Status == Application.Domain.Events.EventStatus.Cancelled ? "CANCELLED" : "CONFIRMED",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static DateTime EventTimes(DateTimeOffset instant, string zone) =>
        DateTime.SpecifyKind(Application.Features.Events.EventTimes.ToLocal(instant, zone).DateTime, DateTimeKind.Unspecified);
}

/// <summary>One event for a calendar: what to say of it and where (the online link only for those who may read it).</summary>
public sealed record CalendarItem(Event Event, string Description, string? Location, Uri Page);
