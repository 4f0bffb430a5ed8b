namespace ClubMediaSociali.Application.Domain.Ideas;

/// <summary>
/// How ideas are ranked. The same formulas live in SQL (functions <c>club_idea_hot</c> and
/// <c>club_idea_wilson</c>, created by migration) so the vote statement can store the new scores in
/// the same statement that counts the vote; tests check that both give the same numbers.
/// </summary>
public static class IdeaRanking
{
    /// <summary>Seconds from the Unix epoch to 8 December 2005, the reference instant of Reddit's formula.</summary>
    public const long Epoch = 1_134_028_003;

    /// <summary>Seconds that weigh as much as a tenfold change in net votes: 45,000 s, 12.5 hours.</summary>
    public const double Period = 45_000;

    /// <summary>z for a 95% confidence interval.</summary>
    public const double Z = 1.959963984540054;

    /// <summary>
    /// "Di tendenza": sign(s)·log10(max(|s|, 1)) + t / 45000, where s is votes for minus votes against
    /// and t the seconds between <see cref="Epoch"/> and posting. A newer idea starts higher, and an
    /// older one needs ten times the net votes to stay level for every 12.5 hours of age. Only votes
    /// change it; time alone never does, so it can be stored and indexed.
    /// </summary>
    public static double Hot(int votesFor, int votesAgainst, DateTimeOffset postedAt)
    {
        var s = votesFor - votesAgainst;
        var order = Math.Log10(Math.Max(Math.Abs(s), 1));
        var seconds = (postedAt - DateTimeOffset.UnixEpoch).TotalSeconds - Epoch;
        return Math.Sign(s) * order + seconds / Period;
    }

    /// <summary>
    /// "Le migliori": the lower bound of the Wilson score interval at 95% on the share of votes in
    /// favour. With few votes the bound stays low, so 3 votes out of 3 rank below 90 out of 100.
    /// Zero without votes.
    /// </summary>
    public static double Wilson(int votesFor, int votesAgainst)
    {
        var n = votesFor + votesAgainst;
        if (n == 0)
        {
            return 0;
        }

        var p = (double)votesFor / n;
        var z2 = Z * Z;
        return (p + z2 / (2 * n) - Z * Math.Sqrt((p * (1 - p) + z2 / (4 * n)) / n)) / (1 + z2 / n);
    }
}
