using System.Globalization;
using ClubMediaSociali.Application.Domain.Events;
using ClubMediaSociali.Application.Features.Events;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Events;

/// <summary>How events are named and dated in pages.</summary>
public static class EventTexts
{
    public static string Kind(IStringLocalizer text, EventKind kind) => kind switch
    {
        EventKind.Meetup => text["Incontro"],
        EventKind.Webinar => text["Webinar"],
        EventKind.Workshop => text["Workshop"],
        EventKind.Fair => text["Fiera o stand"],
        _ => text["Aperitivo di networking"],
    };

    /// <summary>
    /// "gio 12 marzo 2026, 18:00–20:00" on the wall clock of the event's zone, with the zone named when it is not
    /// Rome's (visitors and members outside Italy see which clock it is).
    /// </summary>
    public static string When(IStringLocalizer text, DateTimeOffset starts, DateTimeOffset ends, string zone)
    {
        var culture = CultureInfo.CurrentCulture;
        var from = EventTimes.ToLocal(starts, zone);
        var to = EventTimes.ToLocal(ends, zone);
        var day = from.ToString("ddd d MMMM yyyy", culture);
        var span = from.Date == to.Date
            ? $"{day}, {from.ToString("HH:mm", culture)}–{to.ToString("HH:mm", culture)}"
            : $"{day}, {from.ToString("HH:mm", culture)} – {to.ToString("ddd d MMMM yyyy, HH:mm", culture)}";
        return zone == Event.DefaultTimeZone ? span : text["{0} (ora di {1})", span, zone];
    }

    /// <summary>The organiser's page: the company's or the member's; none for the Club.</summary>
    public static string? OrganizerLink(EventCard card) => card.OrganizerKey is not { } key ? null
        : card.OrganizedBy == EventOrganizer.Company ? $"/aziende/{key}" : $"/membri/{key}";

    public static string Organizer(IStringLocalizer text, EventCard card) =>
        card.OrganizedBy == EventOrganizer.Club ? text["Club dei media sociali"] : card.OrganizerName ?? text["Ex membro"];
}
