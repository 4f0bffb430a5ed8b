using System.Net;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Domain.Network;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Features.Home;
using ClubMediaSociali.Tests.Features.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Home;

public sealed class SavedTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task Ideas_opportunities_and_practices_saved_from_their_pages_make_one_private_list_filtered_by_kind()
    {
        var member = await Fixture.CreateMemberAsync("Sara Salvatrice");
        var other = await Fixture.CreateMemberAsync("Olga Altra");
        var idea = Build.Idea(other.Id, "Un'idea da ritrovare");
        var (company, representatives) = Build.Company("Studio Ritrovo");
        var opportunity = Build.Opportunity(companyId: company.Id);
        opportunity.Title = "Cerchiamo una fotografa";
        await Fixture.InsertAsync([idea, company, .. representatives, opportunity]);
        var practice = await Fixture.InsertPublishedAsync(other, p => p.Title = "Una pratica da ritrovare");
        using var client = await Fixture.SignedInClientAsync(member);

        // The idea with htmx: the button comes back pressed, in place.
        using var savedIdea = await client.SubmitAsync(await client.GetDocumentAsync($"/idee/{idea.Id}"), $"form[action='/salvati/idee/{idea.Id}']", htmx: true);
        var button = (await BrowserLikeClient.ParseAsync(savedIdea)).QuerySelector("form.save-form button")!;
        Assert.Equal(("true", "Salvato"), (button.GetAttribute("aria-pressed"), button.TextContent.Trim()));

        // The opportunity without JavaScript: back to its page, which says so.
        using var savedOpportunity = await client.SubmitAsync(await client.GetDocumentAsync($"/opportunita/{opportunity.Id}"), $"form[action='/salvati/opportunita/{opportunity.Id}']");
        Assert.Equal($"/opportunita/{opportunity.Id}", savedOpportunity.Headers.Location!.OriginalString);
        var back = await client.FollowRedirectAsync(savedOpportunity);
        Assert.Contains("Salvato: lo ritrovi in «Salvati».", back.QuerySelector(".notice-bar")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", back.QuerySelector($"form[action='/salvati/opportunita/{opportunity.Id}'] button")!.GetAttribute("aria-pressed"));

        using (await client.SubmitAsync(await client.GetDocumentAsync($"/repertorio/{practice.Id}"), $"form[action='/repertorio/{practice.Id}/salva']", htmx: true))
        {
        }

        var all = await client.GetDocumentAsync("/salvati");
        Assert.Equal(["Una pratica da ritrovare", "Cerchiamo una fotografa", "Un'idea da ritrovare"], all.QuerySelectorAll(".saved-title").Select(a => a.TextContent));
        Assert.Equal(["Pratica", "Opportunità", "Idea"], all.QuerySelectorAll(".saved-kind").Select(a => a.TextContent));
        Assert.Contains("Studio Ritrovo, aperta", all.QuerySelectorAll(".saved-detail")[1].TextContent, StringComparison.Ordinal);
        var ideas = await client.GetDocumentAsync("/salvati?tipo=idee");
        Assert.Equal(["Un'idea da ritrovare"], ideas.QuerySelectorAll(".saved-title").Select(a => a.TextContent));
        Assert.Equal("Idee", ideas.QuerySelector(".nav-link.active")!.TextContent);

        // Private: another member's list is their own.
        using (var theirs = await Fixture.SignedInClientAsync(other))
        {
            Assert.Empty((await theirs.GetDocumentAsync("/salvati")).QuerySelectorAll(".saved-item"));
        }

        // Taken off from the list, it leaves it; the old address of saved practices leads here.
        using var removed = await client.SubmitAsync(ideas, $"form[action='/salvati/idee/{idea.Id}']");
        Assert.Equal("/salvati?tipo=idee", removed.Headers.Location!.OriginalString);
        Assert.Equal(2, (await client.GetDocumentAsync("/salvati")).QuerySelectorAll(".saved-item").Length);
        using var old = await client.Http.GetAsync("/repertorio/salvate");
        Assert.Equal((HttpStatusCode.MovedPermanently, "/salvati?tipo=pratiche"), (old.StatusCode, old.Headers.Location!.OriginalString));
    }

    [Fact]
    public async Task Saving_needs_a_confirmed_member_and_something_they_can_read()
    {
        var member = await Fixture.CreateMemberAsync();
        var unconfirmed = await Fixture.CreateMemberAsync(confirmed: false);
        var held = Build.Idea(member.Id, "Trattenuta");
        held.Screening = Screening.Held;
        var (company, representatives) = Build.Company();
        var draft = Build.Opportunity(OpportunityStatus.Draft, company.Id);
        var idea = Build.Idea(member.Id);
        await Fixture.InsertAsync([held, idea, company, .. representatives, draft]);

        using var visitor = Fixture.CreateClient();
        using var anonymous = await visitor.PostAsync($"/salvati/idee/{idea.Id}", new Dictionary<string, string> { ["saved"] = "true" });
        Assert.StartsWith("http://localhost/accesso", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
        using (var notConfirmed = await Fixture.SignedInClientAsync(unconfirmed))
        {
            using var refused = await notConfirmed.PostAsync($"/salvati/idee/{idea.Id}", new Dictionary<string, string> { ["saved"] = "true" });
            Assert.Contains("/accesso/negato", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal(SavedErrors.NotFound, (await Fixture.As(member).SendAsync(new SaveItem(SavedKind.Idea, held.Id, true))).Error);
        Assert.Equal(SavedErrors.NotFound, (await Fixture.As(member).SendAsync(new SaveItem(SavedKind.Opportunity, draft.Id, true))).Error);
        Assert.Equal(SavedErrors.NotFound, (await Fixture.As(member).SendAsync(new SaveItem(SavedKind.Practice, idea.Id, true))).Error);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.SavedItems.CountAsync()));

        using var client = await Fixture.SignedInClientAsync(member);
        using var unknownKind = await client.PostAsync($"/salvati/eventi-futuri/{idea.Id}", new Dictionary<string, string> { ["saved"] = "true" });
        Assert.Equal(HttpStatusCode.NotFound, unknownKind.StatusCode);
        using var noToken = await client.Http.PostAsync(new Uri($"/salvati/idee/{idea.Id}", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["saved"] = "true" }));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.SavedItems.CountAsync()));
    }

    [Fact]
    public async Task A_long_list_comes_a_page_at_a_time_newest_first_and_leaves_out_what_can_no_longer_be_read()
    {
        var member = await Fixture.CreateMemberAsync();
        var ideas = Enumerable.Range(0, 32).Select(i => Build.Idea(member.Id, $"Idea salvata {i:00}")).ToList();
        await Fixture.InsertAsync([.. ideas]);
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        await Fixture.InsertAsync([.. ideas.Select((idea, i) => new SavedItem { MemberId = member.Id, Kind = SavedKind.Idea, ItemId = idea.Id, At = start.AddMinutes(i) })]);
        await Fixture.QueryDbAsync(db => db.Ideas.Where(i => i.Id == ideas[31].Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.Screening, Screening.Spam)));
        using var client = await Fixture.SignedInClientAsync(member);

        var first = await client.GetDocumentAsync("/salvati");
        var titles = first.QuerySelectorAll(".saved-title").Select(a => a.TextContent).ToList();
        Assert.Equal(29, titles.Count);
        Assert.Equal("Idea salvata 30", titles[0]);
        var more = first.QuerySelector("a[href^='/salvati?dopo=']")!.GetAttribute("href")!;
        var second = await client.GetDocumentAsync(more);
        Assert.Equal(["Idea salvata 01", "Idea salvata 00"], second.QuerySelectorAll(".saved-title").Select(a => a.TextContent));
        Assert.Null(second.QuerySelector("a[href^='/salvati?dopo=']"));
    }
}
