using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Ideas;

public sealed class IdeaRankingTests
{
    private static readonly DateTimeOffset NewYear2026 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // 1767225600 s since 1970 minus 1134028003 = 633197597 s; / 45000 = 14071.057711111...
    [Theory]
    [InlineData(0, 0, 14071.057711111111)]
    [InlineData(10, 0, 14072.057711111111)]
    [InlineData(0, 100, 14069.057711111111)]
    [InlineData(5, 4, 14071.057711111111)]
    [InlineData(150, 50, 14073.057711111111)]
    public void Hot_is_the_log_of_net_votes_plus_the_posting_time_over_45000(int votesFor, int votesAgainst, double expected) =>
        Assert.Equal(expected, IdeaRanking.Hot(votesFor, votesAgainst, NewYear2026), 9);

    [Fact]
    public void Hot_gives_12_and_a_half_hours_the_weight_of_ten_times_the_net_votes() =>
        Assert.Equal(
            IdeaRanking.Hot(100, 0, NewYear2026),
            IdeaRanking.Hot(10, 0, NewYear2026.AddSeconds(IdeaRanking.Period)), 9);

    // Worked by hand with z = 1.96: n = 3, p = 1 → (1 + z²/6 − z·√(z²/36)) / (1 + z²/3) = 0.43850...
    [Theory]
    [InlineData(0, 0, 0.0)]
    [InlineData(3, 0, 0.4385029682449545)]
    [InlineData(90, 10, 0.8256343384950866)]
    [InlineData(1, 1, 0.09453120573423071)]
    [InlineData(600, 400, 0.5693094295142663)]
    public void Wilson_is_the_lower_bound_of_the_95_percent_interval(int votesFor, int votesAgainst, double expected) =>
        Assert.Equal(expected, IdeaRanking.Wilson(votesFor, votesAgainst), 12);

    [Fact]
    public void Few_unanimous_votes_rank_below_many_mostly_favourable_ones() =>
        Assert.True(IdeaRanking.Wilson(3, 0) < IdeaRanking.Wilson(90, 10));
}

public sealed class IdeaRankingInSqlTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(0, 7)]
    [InlineData(90, 10)]
    [InlineData(1234, 567)]
    public async Task The_database_functions_give_the_same_scores_as_the_code(int votesFor, int votesAgainst)
    {
        var posted = new DateTimeOffset(2026, 3, 14, 15, 9, 26, 535, TimeSpan.Zero);
        var (hot, wilson) = await Fixture.QueryDbAsync(async db => (
            await db.Database.SqlQuery<double>($"SELECT club_idea_hot({votesFor}, {votesAgainst}, {posted}) AS \"Value\"").SingleAsync(),
            await db.Database.SqlQuery<double>($"SELECT club_idea_wilson({votesFor}, {votesAgainst}) AS \"Value\"").SingleAsync()));
        Assert.Equal(IdeaRanking.Hot(votesFor, votesAgainst, posted), hot, tolerance: 1e-9);
        Assert.Equal(IdeaRanking.Wilson(votesFor, votesAgainst), wilson, 12);
    }
}
