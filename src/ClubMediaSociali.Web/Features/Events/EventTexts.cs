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

    public static string Material(IStringLocalizer text, MaterialKind kind) => kind switch
    {
        MaterialKind.Slides => text["Slide"],
        MaterialKind.Recording => text["Registrazione"],
        _ => text["Altro"],
    };

    /// <summary>The kinds as the list's address names them.</summary>
    public static readonly IReadOnlyDictionary<EventKind, string> KindSlugs = new Dictionary<EventKind, string>
    {
        [EventKind.Meetup] = "incontro",
        [EventKind.Webinar] = "webinar",
        [EventKind.Workshop] = "workshop",
        [EventKind.Fair] = "fiera",
        [EventKind.Networking] = "networking",
    };

    public static EventKind? ParseKind(string? slug) => KindSlugs.FirstOrDefault(k => k.Value == slug) is { Value: not null } hit ? hit.Key : null;

    /// <summary>
    /// "gio 12 marzo 2026, 18:00–20:00" on the wall clock of <paramref name="viewerZone"/> (a member's own zone) or, for a
    /// visitor (none), of the event's zone, named. A member reading in the event's zone sees Rome's time unnamed (the
    /// Club's own); in another zone the clock is named, and said to be theirs when it is not the event's.
    /// </summary>
    public static string When(IStringLocalizer text, DateTimeOffset starts, DateTimeOffset ends, string zone, string? viewerZone = null)
    {
        var shown = viewerZone ?? zone;
        var culture = CultureInfo.CurrentCulture;
        var from = EventTimes.ToLocal(starts, shown);
        var to = EventTimes.ToLocal(ends, shown);
        var day = from.ToString("ddd d MMMM yyyy", culture);
        var span = from.Date == to.Date
            ? $"{day}, {from.ToString("HH:mm", culture)}–{to.ToString("HH:mm", culture)}"
            : $"{day}, {from.ToString("HH:mm", culture)} – {to.ToString("ddd d MMMM yyyy, HH:mm", culture)}";
        if (viewerZone is null)
        {
            return $"{span} ({ZoneName(text, zone)})";
        }

        if (viewerZone != zone)
        {
            return text["{0} ({1}, il tuo fuso orario)", span, ZoneName(text, viewerZone)];
        }

        return zone == Event.DefaultTimeZone ? span : $"{span} ({ZoneName(text, zone)})";
    }

    /// <summary>"ora italiana" for Rome's zone, "ora di Europe/London" for any other.</summary>
    public static string ZoneName(IStringLocalizer text, string zone) =>
        zone == Event.DefaultTimeZone ? text["ora italiana"] : text["ora di {0}", zone];

    /// <summary>The organiser's page: the company's or the member's; none for the Club.</summary>
    public static string? OrganizerLink(EventCard card) => card.OrganizerKey is not { } key ? null
        : card.OrganizedBy == EventOrganizer.Company ? $"/aziende/{key}" : $"/membri/{key}";

    /// <summary>What a calendar says of the event: where (the online link only for those who may read it) and its page.</summary>
    public static CalendarItem CalendarItem(IStringLocalizer text, Event e, string? onlineUrl, Infrastructure.Links.ISiteAddress site)
    {
        var page = new Uri(site.Absolute($"/eventi/{e.Id}"));
        var location = e.Online
            ? onlineUrl ?? text["Online: il collegamento è mostrato agli iscritti."].Value
            : string.Join(", ", new[] { e.Venue, e.Address, e.City }.Where(p => !string.IsNullOrEmpty(p)));
        var description = $"{Application.Common.Content.PlainText.Of(e.DescriptionMarkdown, 1000)}\n\n{page}";
        return new CalendarItem(e, description, location, page);
    }

    /// <summary>"Aggiungi al calendario" for the common web calendars: Google and Outlook take the event in their own address.</summary>
    public static (string Google, string Outlook) WebCalendarLinks(EventView view, Infrastructure.Links.ISiteAddress site)
    {
        var e = view.Event;
        var title = Uri.EscapeDataString(e.Title);
        var page = Uri.EscapeDataString(site.Absolute($"/eventi/{e.Id}"));
        var where = Uri.EscapeDataString(e.Online ? "Online" : string.Join(", ", new[] { e.Venue, e.Address, e.City }.Where(p => !string.IsNullOrEmpty(p))));
        var google = $"https://calendar.google.com/calendar/render?action=TEMPLATE&text={title}&dates={e.StartsAt.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}/{e.EndsAt.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}&ctz={Uri.EscapeDataString(e.TimeZone)}&details={page}&location={where}";
        var outlook = $"https://outlook.office.com/calendar/0/deeplink/compose?subject={title}&startdt={e.StartsAt.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}&enddt={e.EndsAt.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}&body={page}&location={where}";
        return (google, outlook);
    }

    /// <summary>
    /// schema.org's Event for search engines (JSON-LD): times with the offset of the event's zone, online or in person,
    /// its organiser, and a free offer when it is free. Never the online link.
    /// </summary>
    public static string JsonLd(IStringLocalizer text, EventView view, Infrastructure.Links.ISiteAddress site)
    {
        var e = view.Event;
        var card = view.Card;
        var page = site.Absolute($"/eventi/{e.Id}");
        object location = e.Online
            ? new Dictionary<string, object?> { ["@type"] = "VirtualLocation", ["url"] = page }
            : new Dictionary<string, object?>
            {
                ["@type"] = "Place",
                ["name"] = e.Venue ?? e.City,
                ["address"] = new Dictionary<string, object?>
                {
                    ["@type"] = "PostalAddress",
                    ["streetAddress"] = e.Address,
                    ["addressLocality"] = e.City,
                    ["addressRegion"] = e.Region is { } region ? Members.RegionNames.Of(region) : null,
                    ["addressCountry"] = "IT",
                },
            };
        var link = OrganizerLink(card);
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["name"] = e.Title,
            ["description"] = Application.Common.Content.PlainText.Of(e.DescriptionMarkdown, 300),
            ["startDate"] = EventTimes.ToLocal(e.StartsAt, e.TimeZone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            ["endDate"] = EventTimes.ToLocal(e.EndsAt, e.TimeZone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            ["eventStatus"] = e.Status == EventStatus.Cancelled ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
            ["eventAttendanceMode"] = e.Online ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/OfflineEventAttendanceMode",
            ["location"] = location,
            ["organizer"] = new Dictionary<string, object?>
            {
                ["@type"] = card.OrganizedBy == EventOrganizer.Member ? "Person" : "Organization",
                ["name"] = Organizer(text, card),
                ["url"] = link is null ? site.Absolute("/") : site.Absolute(link),
            },
            ["url"] = page,
        };
        if (e.Free)
        {
            data["offers"] = new Dictionary<string, object?> { ["@type"] = "Offer", ["price"] = 0, ["priceCurrency"] = "EUR", ["url"] = page };
        }

        // The default encoder writes <, > and & as \u escapes: the JSON cannot close the script element it sits in.
        return System.Text.Json.JsonSerializer.Serialize(data);
    }

    public static string Organizer(IStringLocalizer text, EventCard card) =>
        card.OrganizedBy == EventOrganizer.Club ? text["Club dei media sociali"] : card.OrganizerName ?? text["Ex membro"];
}
