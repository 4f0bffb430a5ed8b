using ClubMediaSociali.Application.Features.Ideas;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Features.Performance;

/// <summary>Public pages are rendered once for all visitors and dropped as soon as what they show changes.</summary>
public sealed class PageCacheTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task A_visitor_gets_the_cached_page_until_a_vote_changes_it_and_members_always_get_theirs()
    {
        var author = await Fixture.CreateMemberAsync();
        var voter = await Fixture.CreateMemberAsync();
        var idea = Build.Idea(author.Id, "Un archivio comune di casi");
        await Fixture.InsertAsync(idea);
        using var visitor = Fixture.CreateClient();
        var url = $"/idee/{idea.Id}";

        var (first, firstSql) = await GetAsync(visitor, url);
        var (second, secondSql) = await GetAsync(visitor, url);
        Assert.True(firstSql > 0);
        Assert.Equal(0, secondSql);
        Assert.Equal(first, second);
        Assert.DoesNotContain("__RequestVerificationToken", second, StringComparison.Ordinal);

        // A vote is a command: it drops the cached idea pages, so the next visitor sees the new count at once.
        await Fixture.As(voter).SendAsync(new VoteOnIdea(idea.Id, VoteChoice.For));
        var (afterVote, afterVoteSql) = await GetAsync(visitor, url);
        Assert.True(afterVoteSql > 0);
        var page = await BrowserLikeClient.ParseAsync(new HttpResponseMessage { Content = new StringContent(afterVote) });
        Assert.Equal("1", page.QuerySelector(".vote-for .vote-count")!.TextContent.Trim());

        // The same address in English is another page.
        using (await visitor.Http.GetAsync(new Uri("/lingua?culture=en&returnUrl=%2F", UriKind.Relative)))
        {
        }

        var (english, _) = await GetAsync(visitor, url);
        Assert.Contains("lang=\"en\"", english, StringComparison.Ordinal);

        // A signed-in member's page is never taken from or put in the cache: it holds their own vote buttons.
        using var member = await Fixture.SignedInClientAsync(voter);
        var (own, ownSql) = await GetAsync(member, url);
        var (ownAgain, ownAgainSql) = await GetAsync(member, url);
        Assert.True(ownSql > 0 && ownAgainSql > 0);
        Assert.Contains("__RequestVerificationToken", ownAgain, StringComparison.Ordinal);
        Assert.NotEqual(own, afterVote);
    }

    private async Task<(string Html, int Sql)> GetAsync(BrowserLikeClient client, string url)
    {
        var key = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(SqlCommandCounter.Header, key);
        using var response = await client.Http.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        return (html, Fixture.Factory.Services.GetRequiredService<SqlCommandCounter>().For(key));
    }
}
