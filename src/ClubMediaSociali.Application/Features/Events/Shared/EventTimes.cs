namespace ClubMediaSociali.Application.Features.Events;

/// <summary>
/// Wall-clock times in an event's zone and the instants they are stored as. 18:00 in Rome is 17:00 UTC in winter and
/// 16:00 UTC in summer: converting through the zone's rules (the system's IANA database), never through a fixed offset,
/// keeps it 18:00 on both sides of the change.
/// </summary>
public static class EventTimes
{
    /// <summary>The zones offered when creating an event, Rome first; any IANA zone the system knows is accepted.</summary>
    public static readonly string[] Offered =
    [
        "Europe/Rome", "Europe/London", "Europe/Lisbon", "Europe/Paris", "Europe/Berlin", "Europe/Madrid", "Europe/Zurich", "Europe/Athens",
        "America/New_York", "America/Los_Angeles", "Asia/Dubai", "Asia/Tokyo", "UTC",
    ];

    public static bool IsKnown(string? zone) => zone is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _);

    public static TimeZoneInfo Zone(string zone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found) ? found : TimeZoneInfo.FindSystemTimeZoneById(Domain.Events.Event.DefaultTimeZone);

    /// <summary>
    /// The instant of a wall-clock time in <paramref name="zone"/>; none when that time does not exist there (the hour
    /// skipped when summer time starts). A time that happens twice (the hour repeated in autumn) is its first.
    /// </summary>
    public static DateTimeOffset? ToInstant(DateTime local, string zone)
    {
        var info = Zone(zone);
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (info.IsInvalidTime(wall))
        {
            return null;
        }

        var offset = info.IsAmbiguousTime(wall) ? info.GetAmbiguousTimeOffsets(wall).Max() : info.GetUtcOffset(wall);
        return new DateTimeOffset(wall, offset).ToUniversalTime();
    }

    /// <summary>The wall-clock time in <paramref name="zone"/> of an instant, with its offset.</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset instant, string zone) => TimeZoneInfo.ConvertTime(instant, Zone(zone));
}
