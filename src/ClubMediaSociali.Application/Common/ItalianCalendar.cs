namespace ClubMediaSociali.Application.Common;

/// <summary>Days as the Club lives them: in Italy, whatever the server's time zone.</summary>
public static class ItalianCalendar
{
    private static readonly TimeZoneInfo Rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Rome).DateTime);

    /// <summary>The same instant on an Italian clock, for showing times.</summary>
    public static DateTimeOffset ToItalianTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Rome);

    /// <summary>The moment the Italian day that contains <paramref name="instant"/> began.</summary>
    public static DateTimeOffset StartOfDay(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Rome);
        var midnight = local.Date;
        return new DateTimeOffset(midnight, Rome.GetUtcOffset(midnight)).ToUniversalTime();
    }

    /// <summary>The Monday of the Italian week that contains <paramref name="instant"/>.</summary>
    public static DateOnly WeekOf(DateTimeOffset instant)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Rome).DateTime);
        return day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }

    /// <summary>An Italian wall-clock time (as a form gives it) as an instant.</summary>
    public static DateTimeOffset FromItalianTime(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Rome.GetUtcOffset(unspecified)).ToUniversalTime();
    }
}
