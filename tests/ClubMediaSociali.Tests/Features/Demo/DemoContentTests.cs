using ClubMediaSociali.Application.Data.DemoContent;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Features.Demo;

public sealed class DemoContentTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task Seeding_twice_gives_the_same_club_with_members_staff_and_practices_of_every_kind()
    {
        for (var run = 0; run < 2; run++)
        {
            await using var scope = Fixture.Factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoContentSeeder>().SeedAsync();
        }

        Assert.Equal(14, await Fixture.QueryDbAsync(db => db.Users.CountAsync()));
        Assert.Equal(2, await Fixture.QueryDbAsync(db => db.UserRoles.CountAsync()));
        var kinds = await Fixture.QueryDbAsync(db => db.Practices
            .Where(p => p.Status == PracticeStatus.Published && p.AuthorId != null)
            .Select(p => p.Kind).Distinct().OrderBy(k => k).ToListAsync());
        Assert.Equal([PracticeKind.Resource, PracticeKind.Story, PracticeKind.Technique, PracticeKind.Method], kinds);

        using var visitor = Fixture.CreateClient();
        var list = await visitor.GetDocumentAsync("/repertorio");
        // Twelve published, the featured one in its own section above the others (the list's first page).
        Assert.Equal(DemoPractices.All(DateTimeOffset.UtcNow).Count - 1, list.QuerySelectorAll(".all-practices .practice-card").Length);
        Assert.Equal([DemoFirstSteps.FeaturedPractice], list.QuerySelectorAll(".featured-list h3 a").Select(a => a.TextContent));

        // Three guided paths, every step with its note, in the order the demo gives.
        var paths = await visitor.GetDocumentAsync("/primi-passi");
        Assert.Equal(DemoFirstSteps.Paths.Select(p => p.Title), paths.QuerySelectorAll(".learning-paths h2 a").Select(a => a.TextContent));
        foreach (var (demo, link) in DemoFirstSteps.Paths.Zip(paths.QuerySelectorAll(".learning-paths h2 a")))
        {
            var path = await visitor.GetDocumentAsync(link.GetAttribute("href")!);
            Assert.Equal(demo.Steps.Select(s => s.Practice), path.QuerySelectorAll(".path-step h2 a").Select(a => a.TextContent));
            Assert.Equal(demo.Steps.Select(s => s.Note), path.QuerySelectorAll(".path-step .step-note").Select(p => p.TextContent));
        }

        var glossary = await visitor.GetDocumentAsync("/glossario");
        Assert.Equal(DemoFirstSteps.Glossary.Length, glossary.QuerySelectorAll(".glossary dt").Length);

        // Counters agree with the marks they count, and the conversation was added once.
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Practices.CountAsync(p => p.UsefulCount != db.PracticeUsefulMarks.Count(m => m.PracticeId == p.Id))));
        Assert.Equal(5, await Fixture.QueryDbAsync(db => db.Comments.CountAsync(c => c.ThreadKind == CommentThreadKind.Practice)));
        var method = await Fixture.QueryDbAsync(db => db.Practices.SingleAsync(p => p.Title == "Primo piano editoriale per una PMI in quattro settimane"));
        var page = await visitor.GetDocumentAsync($"/repertorio/{method.Id}");
        Assert.Equal(2, page.QuerySelectorAll(".comment-thread .comment").Length);
        Assert.Single(page.QuerySelectorAll(".comment-replies .comment"));

        // Every member has a drawn face and every company a logo, once each however often the seeder runs.
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Users.CountAsync(m => m.PhotoHash == null)));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Companies.CountAsync(c => c.LogoHash == null)));
        Assert.Equal(
            await Fixture.QueryDbAsync(db => db.Users.CountAsync()) + await Fixture.QueryDbAsync(db => db.Companies.CountAsync()),
            await Fixture.QueryDbAsync(db => db.Uploads.CountAsync()));
        var directory = await visitor.GetDocumentAsync("/membri");
        Assert.NotEmpty(directory.QuerySelectorAll("img.avatar"));
        Assert.Empty(directory.QuerySelectorAll("span.avatar"));
    }

    [Fact]
    public async Task Demo_companies_cover_every_kind_with_founding_partners_and_a_request_to_answer()
    {
        for (var run = 0; run < 2; run++)
        {
            await using var scope = Fixture.Factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoContentSeeder>().SeedAsync();
        }

        Assert.Equal(Enum.GetValues<Application.Domain.Companies.CompanyKind>(),
            await Fixture.QueryDbAsync(db => db.Companies.Select(c => c.Kind).Distinct().OrderBy(k => k).ToListAsync()));
        using var visitor = Fixture.CreateClient();
        var directory = await visitor.GetDocumentAsync("/aziende");
        Assert.Equal(["Agorà Social", "Arredamenti Colombo"], directory.QuerySelectorAll(".founding-partners h3").Select(h => h.TextContent));
        Assert.Equal(DemoCompanies.All.Length, directory.QuerySelectorAll(".all-companies .company-card").Length);
        Assert.Equal(1, await Fixture.QueryDbAsync(db => db.CompanyMembers.CountAsync(m => m.Status == Application.Domain.Companies.CompanyMemberStatus.Requested)));

        // Opportunities of several kinds with responses, their counters equal to the responses stored.
        var list = await visitor.GetDocumentAsync("/opportunita");
        Assert.Equal(DemoOpportunities.All.Length, list.QuerySelectorAll(".opportunity-card").Length);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Opportunities.CountAsync(o => o.ResponseCount != db.OpportunityResponses.Count(r => r.OpportunityId == o.Id))));
        Assert.True(await Fixture.QueryDbAsync(db => db.OpportunityResponses.Select(r => r.Status).Distinct().CountAsync()) >= 3);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.OpportunityResponses.CountAsync(r =>
            db.Opportunities.Any(o => o.Id == r.OpportunityId && db.CompanyMembers.Any(m => m.CompanyId == o.CompanyId && m.MemberId == r.MemberId)))));

        // Events: four to come (one online, one full with people waiting) in several regions, two already held; counts match the registrations.
        var events = await visitor.GetDocumentAsync("/eventi");
        Assert.Equal(4, events.QuerySelectorAll(".event-card").Length);
        Assert.Single(events.QuerySelectorAll(".event-card .badge.text-bg-warning"));
        Assert.Equal(2, (await visitor.GetDocumentAsync("/eventi?archivio=true")).QuerySelectorAll(".event-card").Length);
        Assert.Equal(1, await Fixture.QueryDbAsync(db => db.Events.CountAsync(e => e.Online)));
        Assert.True(await Fixture.QueryDbAsync(db => db.Events.Where(e => e.Region != null).Select(e => e.Region).Distinct().CountAsync()) >= 4);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Events.CountAsync(e =>
            e.RegisteredCount != db.EventRegistrations.Count(r => r.EventId == e.Id && r.Status == Application.Domain.Events.RegistrationStatus.Registered)
            || e.WaitingCount != db.EventRegistrations.Count(r => r.EventId == e.Id && r.Status == Application.Domain.Events.RegistrationStatus.Waiting))));
        Assert.True(await Fixture.QueryDbAsync(db => db.Events.AnyAsync(e => e.WaitingCount > 0 && e.RegisteredCount == e.Capacity)));
    }

    [Fact]
    public async Task Demo_ideas_give_every_order_something_different_and_their_counters_match_the_votes()
    {
        for (var run = 0; run < 2; run++)
        {
            await using var scope = Fixture.Factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoContentSeeder>().SeedAsync();
        }

        Assert.Equal(DemoIdeas.All.Length, await Fixture.QueryDbAsync(db => db.Ideas.CountAsync()));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Ideas.CountAsync(i =>
            i.VotesFor != db.IdeaVotes.Count(v => v.IdeaId == i.Id && v.Value == IdeaVote.For)
            || i.VotesAgainst != db.IdeaVotes.Count(v => v.IdeaId == i.Id && v.Value == IdeaVote.Against)
            || i.CommentCount != db.Comments.Count(c => c.ThreadKind == CommentThreadKind.Idea && c.ThreadId == i.Id))));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.IdeaVotes.CountAsync(v => db.Ideas.Any(i => i.Id == v.IdeaId && i.AuthorId == v.MemberId))));
        foreach (var idea in await Fixture.QueryDbAsync(db => db.Ideas.ToListAsync()))
        {
            // A tolerance, not rounding to 9 places: PostgreSQL keeps microseconds, and two values a hair apart can round apart.
            Assert.Equal(IdeaRanking.Hot(idea.VotesFor, idea.VotesAgainst, idea.CreatedAt), idea.HotScore, tolerance: 1e-9);
            Assert.Equal(IdeaRanking.Wilson(idea.VotesFor, idea.VotesAgainst), idea.WilsonScore, tolerance: 1e-9);
        }

        using var visitor = Fixture.CreateClient();
        async Task<string[]> Titles(string address) =>
            [.. (await visitor.GetDocumentAsync(address)).QuerySelectorAll(".idea-card h2 a").Select(a => a.TextContent)];

        var hot = await Titles("/idee");
        var best = await Titles("/idee?ordine=migliori");
        var discussed = await Titles("/idee?ordine=discusse");
        var week = await Titles("/idee?ordine=settimana");
        var month = await Titles("/idee?ordine=mese");
        Assert.Equal(DemoIdeas.All.Length - 1, hot.Length); // the duplicate is only reachable from its original
        Assert.Equal("Un osservatorio trimestrale sui dati social delle PMI italiane", hot[0]);
        Assert.Equal("Mentori volontari per chi apre il primo profilo aziendale", best[0]);
        Assert.Equal("Una bacheca delle campagne che non hanno funzionato", discussed[0]);
        Assert.Equal(3, week.Length);
        Assert.True(month.Length > week.Length && month.Length < hot.Length);
        Assert.Equal("Serate di revisione dei video: porta il tuo contenuto e ricevi pareri", (await Titles("/idee?ordine=nuove"))[0]);

        var log = await visitor.GetDocumentAsync("/idee/decisioni");
        Assert.Equal(DemoIdeas.All.Sum(d => d.Steps.Length), log.QuerySelectorAll(".decision").Length);
        Assert.Contains(log.QuerySelectorAll(".decision a.small"), a => a.TextContent.Contains("(1 "));
    }

    [Fact]
    public async Task Demo_members_have_contacts_requests_to_answer_and_the_reputation_and_badges_their_content_earned()
    {
        for (var run = 0; run < 2; run++)
        {
            await using var scope = Fixture.Factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoContentSeeder>().SeedAsync();
        }

        Assert.Equal(DemoConnections.Accepted.Length + DemoConnections.Pending.Length, await Fixture.QueryDbAsync(db => db.Connections.CountAsync()));
        var counters = await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Reputation != 0).ToDictionaryAsync(m => m.Id, m => m.Reputation));
        var ledger = await Fixture.QueryDbAsync(db => db.ReputationEvents.GroupBy(e => e.MemberId).Select(g => new { g.Key, Sum = g.Sum(e => e.Points) })
            .Where(g => g.Sum != 0).ToDictionaryAsync(g => g.Key, g => g.Sum));
        Assert.Equal(ledger, counters);
        Assert.True(counters.Count >= 10);

        var giulia = await Fixture.QueryDbAsync(db => db.Users.SingleAsync(m => m.Handle == "giulia-ferrari"));
        using var client = await Fixture.SignedInClientAsync(giulia, DemoContentSeeder.DemoPassword);
        var network = await client.GetDocumentAsync("/rete");
        Assert.Equal(2, network.QuerySelectorAll("#ricevute-titolo ~ ul .network-item").Length);
        var secondDegree = await client.GetDocumentAsync("/rete/contatti-dei-contatti");
        Assert.NotEmpty(secondDegree.QuerySelectorAll(".member-card"));
        var leaders = await client.GetDocumentAsync("/leader?periodo=sempre");
        Assert.True(leaders.QuerySelectorAll(".leader-row").Length >= 10);
        Assert.NotEmpty((await client.GetDocumentAsync("/riconoscimenti/biglietto-da-visita")).QuerySelectorAll(".member-card"));

        // Her bacheca has news from her contacts and from what she follows, with a page to load after it.
        var bacheca = await client.GetDocumentAsync("/");
        var reasons = bacheca.QuerySelectorAll(".feed-reason").Select(r => r.TextContent).ToList();
        Assert.Contains(reasons, r => r.StartsWith("dal tuo contatto ", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("perché segui #", StringComparison.Ordinal));
        Assert.NotNull(bacheca.QuerySelector(".feed-more a"));
    }
}
