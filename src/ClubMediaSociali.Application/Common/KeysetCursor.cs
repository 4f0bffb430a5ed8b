using System.Globalization;

namespace ClubMediaSociali.Application.Common;

/// <summary>
/// The position after which the next page of a list starts: a time and an id ("ticks_id").
/// Lists ordered by (time desc, id desc) read "rows before this one", so deep pages cost the same as the first.
/// </summary>
public readonly record struct KeysetCursor(DateTimeOffset At, Guid Id)
{
    public override string ToString() => $"{At.UtcTicks.ToString(CultureInfo.InvariantCulture)}_{Id}";

    /// <summary>Null for anything that is not a cursor this code wrote: a tampered address just shows the first page.</summary>
    public static KeysetCursor? Parse(string? text)
    {
        var parts = text?.Split('_');
        return parts is { Length: 2 }
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks is > 0 and < 3155378975999999999
            && Guid.TryParse(parts[1], out var id)
            ? new KeysetCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id)
            : null;
    }
}

/// <summary>
/// The position after which the next page of a list ordered by a score starts ("score_id"), for
/// lists ordered by (score desc, id desc) such as "most useful" and the ideas' rankings.
/// </summary>
public readonly record struct ScoreCursor(double Score, Guid Id)
{
    public override string ToString() => $"{Score.ToString("R", CultureInfo.InvariantCulture)}_{Id}";

    /// <summary>Null for anything that is not a cursor this code wrote.</summary>
    public static ScoreCursor? Parse(string? text)
    {
        var parts = text?.Split('_');
        return parts is { Length: 2 }
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var score)
            && double.IsFinite(score)
            && Guid.TryParse(parts[1], out var id)
            ? new ScoreCursor(score, id)
            : null;
    }
}
