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
}
