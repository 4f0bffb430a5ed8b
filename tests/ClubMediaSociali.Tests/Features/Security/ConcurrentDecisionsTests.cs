using System.Net;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Tests.Features.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Security;

/// <summary>
/// Two people deciding the same thing: the first decision stands, the second person is told theirs did
/// not count and sees what stands now. Nothing is decided twice, nobody is notified twice.
/// </summary>
public sealed class ConcurrentDecisionsTests(ClubFixture fixture) : ClubTest(fixture)
{
    private const string ModeratorTold = "un altro moderatore ha deciso su questa pratica";
    private const string RepresentativeTold = "Qualcuno ha cambiato questa risposta mentre la guardavi";

    private async Task<(Guid Practice, BrowserLikeClient First, BrowserLikeClient Second)> SubmittedPracticeAsync()
    {
        var author = await Fixture.CreateMemberAsync();
        using var authorClient = await Fixture.SignedInClientAsync(author);
        var id = await RepertoireSteps.CreateDraftAsync(authorClient, RepertoireSteps.MethodForm());
        await RepertoireSteps.SubmitAsync(authorClient, id);
        var first = await Fixture.SignedInClientAsync(await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator));
        var second = await Fixture.SignedInClientAsync(await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator));
        return (id, first, second);
    }

    private async Task<(string Action, int Notices)> DecisionsOnAsync(Guid practice)
    {
        await Fixture.DrainOutboxAsync();
        return await Fixture.QueryDbAsync(async db =>
    {
        var actions = await db.AuditLog.Where(a => a.TargetId == practice.ToString() && a.Action.StartsWith("practices.")).Select(a => a.Action).ToListAsync();
        var notices = await db.Notifications.CountAsync(n => n.TargetKind == TargetKind.Practice && n.TargetKey == practice.ToString());
        return (Assert.Single(actions), notices);
    });
    }

    [Fact]
    public async Task Of_two_moderators_on_one_submission_the_second_is_told_the_first_decided_and_nothing_is_decided_twice()
    {
        var (id, first, second) = await SubmittedPracticeAsync();
        using (first)
        using (second)
        {
            var firstPage = await first.GetDocumentAsync($"/repertorio/{id}");
            var secondPage = await second.GetDocumentAsync($"/repertorio/{id}");

            using var published = await first.SubmitAsync(firstPage, $"form[action='/repertorio/{id}/revisione']", submitterSelector: "button[value='Publish']");
            using var rejected = await second.SubmitAsync(secondPage, $"form[action='/repertorio/{id}/revisione']",
                new Dictionary<string, string> { ["Note"] = "Troppo generica." }, submitterSelector: "button[value='Reject']");

            Assert.Equal("/moderazione/repertorio", published.Headers.Location!.OriginalString);
            Assert.Equal($"/repertorio/{id}", rejected.Headers.Location!.OriginalString);
            var told = await second.FollowRedirectAsync(rejected);
            Assert.Contains(ModeratorTold, told.QuerySelector(".notice-bar")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(PracticeStatus.Published, await Fixture.QueryDbAsync(db => db.Practices.Where(p => p.Id == id).Select(p => p.Status).SingleAsync()));
            Assert.Equal(("practices.publish", 1), await DecisionsOnAsync(id));
        }
    }

    [Fact]
    public async Task Two_moderators_clicking_at_the_same_moment_take_turns_and_exactly_one_decision_counts()
    {
        var (id, first, second) = await SubmittedPracticeAsync();
        using (first)
        using (second)
        {
            var firstPage = await first.GetDocumentAsync($"/repertorio/{id}");
            var secondPage = await second.GetDocumentAsync($"/repertorio/{id}");

            var answers = await Task.WhenAll(
                first.SubmitAsync(firstPage, $"form[action='/repertorio/{id}/revisione']", submitterSelector: "button[value='Publish']"),
                second.SubmitAsync(secondPage, $"form[action='/repertorio/{id}/revisione']",
                    new Dictionary<string, string> { ["Note"] = "Manca un esempio." }, submitterSelector: "button[value='RequestChanges']"));

            Assert.Single(answers, a => a.Headers.Location!.OriginalString == "/moderazione/repertorio");
            Assert.Single(answers, a => a.Headers.Location!.OriginalString == $"/repertorio/{id}");
            var (action, notices) = await DecisionsOnAsync(id);
            Assert.Equal(1, notices);
            var status = await Fixture.QueryDbAsync(db => db.Practices.Where(p => p.Id == id).Select(p => p.Status).SingleAsync());
            Assert.Equal(action == "practices.publish" ? PracticeStatus.Published : PracticeStatus.ChangesRequested, status);
            foreach (var answer in answers)
            {
                answer.Dispose();
            }
        }
    }

    private async Task<(Guid Opportunity, Member Applicant, BrowserLikeClient First, BrowserLikeClient Second)> ResponseWithTwoRepresentativesAsync()
    {
        var one = await Fixture.CreateMemberAsync();
        var two = await Fixture.CreateMemberAsync();
        var applicant = await Fixture.CreateMemberAsync();
        var (company, representatives) = Build.Company(representativeIds: [one.Id, two.Id]);
        var opportunity = Build.Opportunity(companyId: company.Id);
        await Fixture.InsertAsync([company, .. representatives, opportunity]);
        await Fixture.InsertAsync(Build.Response(opportunity.Id, applicant.Id, "Ho esperienza nel settore."));
        return (opportunity.Id, applicant, await Fixture.SignedInClientAsync(one), await Fixture.SignedInClientAsync(two));
    }

    [Fact]
    public async Task Of_two_representatives_on_one_response_the_second_cannot_undo_the_first_from_an_old_page()
    {
        var (opportunity, applicant, first, second) = await ResponseWithTwoRepresentativesAsync();
        using (first)
        using (second)
        {
            var address = $"/opportunita/{opportunity}/risposte";
            var firstPage = await first.GetDocumentAsync(address);
            var secondPage = await second.GetDocumentAsync(address);

            using var selected = await first.SubmitAsync(firstPage, $"#risposta-{applicant.Id} form:has(input[value='Selected'])");
            using var notSelected = await second.SubmitAsync(secondPage, $"#risposta-{applicant.Id} form:has(input[value='NotSelected'])");

            var told = await second.FollowRedirectAsync(notSelected);
            Assert.Contains(RepresentativeTold, told.QuerySelector(".notice-bar")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("Selezionata", told.QuerySelector($"#risposta-{applicant.Id} .response-status")!.TextContent);
            Assert.Equal(ResponseStatus.Selected, await Fixture.QueryDbAsync(db => db.OpportunityResponses.Select(r => r.Status).SingleAsync()));
            await Fixture.DrainOutboxAsync();
            Assert.Equal(1, await Fixture.QueryDbAsync(db => db.Notifications.CountAsync(n => n.MemberId == applicant.Id && n.Kind == "opportunity.response_status")));

            // From a fresh page the second representative may still change it: the check is about stale pages, not about who.
            using var changed = await second.SubmitAsync(await second.GetDocumentAsync(address), $"#risposta-{applicant.Id} form:has(input[value='NotSelected'])");
            Assert.Equal(ResponseStatus.NotSelected, await Fixture.QueryDbAsync(db => db.OpportunityResponses.Select(r => r.Status).SingleAsync()));
        }
    }

    [Fact]
    public async Task Two_representatives_clicking_at_the_same_moment_leave_one_decision_and_one_notification()
    {
        var (opportunity, applicant, first, second) = await ResponseWithTwoRepresentativesAsync();
        using (first)
        using (second)
        {
            var address = $"/opportunita/{opportunity}/risposte";
            var firstPage = await first.GetDocumentAsync(address);
            var secondPage = await second.GetDocumentAsync(address);

            var answers = await Task.WhenAll(
                first.SubmitAsync(firstPage, $"#risposta-{applicant.Id} form:has(input[value='Selected'])"),
                second.SubmitAsync(secondPage, $"#risposta-{applicant.Id} form:has(input[value='NotSelected'])"));

            Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
            await Fixture.DrainOutboxAsync();
            Assert.Equal(1, await Fixture.QueryDbAsync(db => db.Notifications.CountAsync(n => n.MemberId == applicant.Id && n.Kind == "opportunity.response_status")));
            Assert.Contains(await Fixture.QueryDbAsync(db => db.OpportunityResponses.Select(r => r.Status).SingleAsync()), new[] { ResponseStatus.Selected, ResponseStatus.NotSelected });
            foreach (var answer in answers)
            {
                answer.Dispose();
            }
        }
    }
}
