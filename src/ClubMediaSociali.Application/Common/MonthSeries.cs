namespace ClubMediaSociali.Application.Common;

/// <summary>The first day (UTC) of each of the last <c>count</c> months, oldest first, this month last: the x axis of monthly charts.</summary>
public static class MonthSeries
{
    public static IReadOnlyList<DateTime> Last(int count, DateTimeOffset now)
    {
        var thisMonth = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        return Enumerable.Range(0, count).Select(i => thisMonth.AddMonths(i - count + 1)).ToList();
    }
}
