using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Features.Companies;
using ClubMediaSociali.Application.Features.Ideas;
using ClubMediaSociali.Application.Features.Opportunities;
using ClubMediaSociali.Application.Features.Repertoire;
using ClubMediaSociali.Tests.Features.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;
using ClubMediaSociali.Web.Infrastructure.Caching;
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

        // A signed-in member never gets the visitors' page: theirs holds their own vote buttons. (Their own copy is kept
        // only where the sign-in is not renewed on every request, unlike this shared test app: MemberPageCacheTests.)
        using var member = await Fixture.SignedInClientAsync(voter);
        var (own, ownSql) = await GetAsync(member, url);
        var (ownAgain, ownAgainSql) = await GetAsync(member, url);
        Assert.True(ownSql > 0 && ownAgainSql > 0);
        Assert.Contains("__RequestVerificationToken", ownAgain, StringComparison.Ordinal);
        Assert.NotEqual(own, afterVote);
    }

    [Fact]
    public async Task A_visitor_sees_a_company_mark_and_a_featured_practice_at_once_whatever_area_the_command_lives_in()
    {
        var (moderator, author) = (await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator), await Fixture.CreateMemberAsync());
        var (company, representatives) = Build.Company("Caseificio Monti");
        await Fixture.InsertAsync([company, .. representatives]);
        var practice = await Fixture.InsertPublishedAsync(author);
        using var visitor = Fixture.CreateClient();
        var (companyPage, practicePage) = ($"/aziende/{company.Slug}", $"/repertorio/{practice.Id}");
        Assert.DoesNotContain("mark-verified", (await GetAsync(visitor, companyPage)).Html, StringComparison.Ordinal);
        Assert.DoesNotContain("featured-badge", (await GetAsync(visitor, practicePage)).Html, StringComparison.Ordinal);
        Assert.Equal(0, (await GetAsync(visitor, companyPage)).Sql);
        Assert.Equal(0, (await GetAsync(visitor, practicePage)).Sql);

        await Fixture.AsModerator(moderator).SendAsync(new SetCompanyMarks(company.Slug, Verified: true, FoundingPartner: false));
        await Fixture.AsModerator(moderator).SendAsync(new CuratePractice { PracticeId = practice.Id, Action = CurationAction.Feature });

        Assert.Contains("mark-verified", (await GetAsync(visitor, companyPage)).Html, StringComparison.Ordinal);
        Assert.Contains("featured-badge", (await GetAsync(visitor, practicePage)).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_visitor_no_longer_sees_an_opportunity_its_company_closed()
    {
        var representative = await Fixture.CreateMemberAsync();
        var (company, representatives) = Build.Company(representativeIds: representative.Id);
        var opportunity = Build.Opportunity(companyId: company.Id);
        (opportunity.Title, opportunity.PublishedAt) = ("Fotografo per il caseificio", DateTimeOffset.UtcNow);
        await Fixture.InsertAsync([company, .. representatives, opportunity]);
        using var visitor = Fixture.CreateClient();
        Assert.Contains(opportunity.Title, (await GetAsync(visitor, "/opportunita")).Html, StringComparison.Ordinal);
        Assert.Equal(0, (await GetAsync(visitor, "/opportunita")).Sql);

        Assert.True((await Fixture.As(representative).SendAsync(new CloseOpportunity(opportunity.Id))).IsSuccess);

        Assert.DoesNotContain(opportunity.Title, (await GetAsync(visitor, "/opportunita")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_declared_groups_become_the_cache_tags_and_everything_empties_the_whole_cache()
    {
        Assert.Equal([PageCache.Home, PageCache.Opportunities, PageCache.Companies], PageCache.TagsOf(PublicPages.Opportunities | PublicPages.Home | PublicPages.Companies));
        Assert.Equal([PageCache.All], PageCache.TagsOf(PublicPages.Everything));
        Assert.Equal([PageCache.Opportunities, PageCache.Companies], PageCache.TagsChangedBy(typeof(SetCompanyMarks)));
        Assert.Empty(PageCache.TagsChangedBy(typeof(GetIdea)));
    }

    private Task<(string Html, int Sql)> GetAsync(BrowserLikeClient client, string url) => Fixture.GetCountingSqlAsync(client, url);
}
