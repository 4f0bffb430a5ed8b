namespace ClubMediaSociali.Application.Domain.Reputation;

/// <summary>How far the Club trusts a member, from their reputation and time in the Club.</summary>
public enum TrustLevel
{
    /// <summary>Links in their comments wait for a moderator.</summary>
    New = 0,

    /// <summary>Comments with links appear at once.</summary>
    Member = 1,

    /// <summary>Their flags weigh double.</summary>
    Expert = 2,

    /// <summary>One flag of theirs hides a comment until a moderator looks at it.</summary>
    Leader = 3,
}

public static class TrustLevels
{
    public sealed record Threshold(TrustLevel Level, int Reputation, int DaysInClub);

    /// <summary>What each level needs; a level needs both its reputation and its days in the Club.</summary>
    public static IReadOnlyList<Threshold> Thresholds { get; } =
    [
        new(TrustLevel.Member, 10, 0),
        new(TrustLevel.Expert, 100, 14),
        new(TrustLevel.Leader, 300, 60),
    ];

    public static TrustLevel For(int reputation, DateTimeOffset joinedAt, DateTimeOffset now)
    {
        var days = (now - joinedAt).TotalDays;
        var level = TrustLevel.New;
        foreach (var t in Thresholds)
        {
            if (reputation >= t.Reputation && days >= t.DaysInClub)
            {
                level = t.Level;
            }
        }

        return level;
    }

    /// <summary>How many of the flags needed to hide a comment one flag from this member counts for.</summary>
    public static int FlagWeight(TrustLevel level, int flagsToHide) => level switch
    {
        TrustLevel.Leader => flagsToHide,
        TrustLevel.Expert => 2,
        _ => 1,
    };
}
