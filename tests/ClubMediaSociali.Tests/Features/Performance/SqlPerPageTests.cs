using ClubMediaSociali.Application.Data.DemoContent;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;
using ClubMediaSociali.Tools.LargeData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Features.Performance;

/// <summary>
/// Every main page sends a fixed, small number of SQL commands, counted by an EF Core interceptor while
/// the page is served on a club whose lists are full: a query per row shown (N+1) would add twenty.
/// </summary>
public sealed class SqlPerPageTests(ClubFixture fixture) : ClubTest(fixture)
{
    private int _counted;

    [Fact]
    public async Task Main_pages_send_a_bounded_number_of_sql_commands_however_many_rows_they_show()
    {
        Assert.IsType<SeedOutcome.Seeded>(await Fixture.SeedLargeDataAsync(new LargeDataSize(Members: 80, Practices: 120, Ideas: 120, Votes: 1500, Companies: 6, Opportunities: 120, Activities: 2000)));

        var idea = await Fixture.QueryDbAsync(db => db.Ideas.OrderByDescending(i => i.CommentCount).Select(i => i.Id).FirstAsync());
        var practice = await Fixture.QueryDbAsync(db => db.Practices.Where(p => p.Status == PracticeStatus.Published)
            .OrderByDescending(p => p.UsefulCount).Select(p => p.Id).FirstAsync());
        var opportunity = await Fixture.QueryDbAsync(db => db.Opportunities.Where(o => o.Status == OpportunityStatus.Open)
            .OrderByDescending(o => o.ResponseCount).Select(o => o.Id).FirstAsync());
        var company = await Fixture.QueryDbAsync(db => db.Companies.OrderBy(c => c.Name).Select(c => c.Slug).FirstAsync());
        // The first generated member represents no company; the busiest author has a full profile.
        var member = await Fixture.QueryDbAsync(db => db.Users.OrderBy(u => u.Email).FirstAsync());
        var author = await Fixture.QueryDbAsync(db => db.Users.OrderByDescending(u => u.Reputation).Select(u => u.Handle).FirstAsync());

        // Each page's most SQL commands: a change that needs more must say why here. A visitor's home,
        // leaderboard and statistics come whole from cached answers (see ICachedQuery); signed-in pages
        // add the member's session check, unread notifications and own marks.
        var anonymous = new Dictionary<string, int>
        {
            ["/"] = 0,
            ["/idee"] = 1,
            ["/idee?ordine=migliori"] = 1,
            ["/idee?ordine=nuove"] = 1,
            ["/idee?ordine=discusse"] = 1,
            ["/idee?ordine=settimana"] = 1,
            ["/idee?ordine=mese"] = 1,
            [$"/idee/{idea}"] = 5, // the merged duplicates apart (GetIdea says why)
            ["/idee/decisioni"] = 1,
            ["/repertorio"] = 3,
            ["/repertorio?q=newsletter+clienti"] = 2,
            [$"/repertorio/{practice}"] = 3,
            ["/opportunita"] = 2,
            [$"/opportunita/{opportunity}"] = 1,
            ["/aziende"] = 2,
            [$"/aziende/{company}"] = 4, // the company, then one page of its open opportunities, then its events to come
            ["/membri"] = 2,
            [$"/membri/{author}"] = 4,
            ["/leader"] = 0,
            ["/statistiche"] = 0,
            ["/cerca?q=newsletter"] = 9,
        };
        var signedIn = new Dictionary<string, int>
        {
            // The bacheca: what waits (2), since the last visit (1), the member's follows (1), a page of activity, then
            // what of it may be seen, its people and its companies (1 each); while the member is settling in, whom to
            // follow (people, who brings them, the member's region and sectors, organisations: 1 each).
            ["/"] = 15,
            ["/idee"] = 5,
            [$"/idee/{idea}"] = 8,
            [$"/repertorio/{practice}"] = 7,
            ["/opportunita/per-te"] = 7,
            [$"/membri/{author}"] = 11,
            ["/rete"] = 7,
            ["/notifiche"] = 5,
        };

        var over = new List<string>();
        using (var visitor = Fixture.CreateClient())
        {
            await CountAsync(visitor, "visitor", anonymous, over);
        }

        using (var client = await Fixture.SignedInClientAsync(member, DemoContentSeeder.DemoPassword))
        {
            await CountAsync(client, "member", signedIn, over);
        }

        Assert.True(over.Count == 0, string.Join("\n", over));
        Assert.True(_counted > 50, "the counter saw almost no SQL, so it is not wired");
    }

    [Fact]
    public async Task A_page_of_twenty_faces_costs_no_more_sql_than_twenty_initials_and_their_pictures_none_when_cached()
    {
        var members = new List<Application.Domain.Members.Member>();
        for (var i = 0; i < 20; i++)
        {
            members.Add(await Fixture.CreateMemberAsync($"Volto {i:00}"));
        }

        using var visitor = Fixture.CreateClient();
        await visitor.GetDocumentAsync("/membri");
        await Fixture.ClearCachesAsync();
        var (initials, withInitials) = await Fixture.GetCountingSqlAsync(visitor, "/membri");
        Assert.Equal(20, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(initials).QuerySelectorAll("span.avatar").Length);

        Assert.True((await Fixture.As(members[0]).SendAsync(new Application.Features.Members.SetProfilePhoto(Media.PictureCorpus.Jpeg()))).IsSuccess);
        var hash = await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == members[0].Id).Select(m => m.PhotoHash).SingleAsync());
        await Fixture.QueryDbAsync(db => db.Users.ExecuteUpdateAsync(set => set.SetProperty(m => m.PhotoHash, hash)));
        await Fixture.ClearCachesAsync();
        var (faces, withFaces) = await Fixture.GetCountingSqlAsync(visitor, "/membri");
        var pictures = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(faces).QuerySelectorAll("img.avatar").Select(i => i.GetAttribute("src")!).ToList();
        Assert.Equal(20, pictures.Count);
        Assert.Equal(withInitials, withFaces);

        // A browser that holds the pictures asks with their tags: answered 304, with no SQL at all.
        using var first = await visitor.Http.GetAsync(new Uri(pictures[0], UriKind.Relative));
        var tag = first.Headers.ETag!;
        var counter = Fixture.Factory.Services.GetRequiredService<SqlCommandCounter>();
        foreach (var picture in pictures)
        {
            var key = Guid.NewGuid().ToString("N");
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(picture, UriKind.Relative));
            request.Headers.Add(SqlCommandCounter.Header, key);
            request.Headers.IfNoneMatch.Add(tag);
            using var answer = await visitor.Http.SendAsync(request);
            Assert.Equal(System.Net.HttpStatusCode.NotModified, answer.StatusCode);
            Assert.Equal(0, counter.For(key));
        }
    }

    /// <summary>
    /// Serves each page once to warm it up, then counts the commands of the second time, after emptying
    /// the caches: the count is the most a page ever sends.
    /// </summary>
    private async Task CountAsync(BrowserLikeClient client, string who, Dictionary<string, int> limits, List<string> over)
    {
        foreach (var (url, limit) in limits)
        {
            await client.GetDocumentAsync(url);
            await Fixture.ClearCachesAsync();
            // Answers from the hybrid cache are computed outside the request and not counted here.
            var (_, count) = await Fixture.GetCountingSqlAsync(client, url);
            _counted += count;
            if (count > limit)
            {
                over.Add($"{who} {url}: {count} SQL commands, at most {limit} allowed");
            }
        }
    }
}
