using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;

namespace ClubMediaSociali.Tests.Features.Sharing;

/// <summary>Share links appear only on what visitors can read: not on a draft its author or company is looking at.</summary>
public sealed class ShareLinksTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task A_draft_practice_and_a_draft_opportunity_have_no_share_links_and_published_ones_do()
    {
        var member = await Fixture.CreateMemberAsync();
        var draft = Build.Practice(PracticeStatus.Draft);
        draft.AuthorId = member.Id;
        var published = Build.Practice();
        var (company, representatives) = Build.Company(representativeIds: member.Id);
        var draftOpportunity = Build.Opportunity(OpportunityStatus.Draft, company.Id);
        var openOpportunity = Build.Opportunity(companyId: company.Id);
        openOpportunity.PublishedAt = DateTimeOffset.UtcNow;
        await Fixture.InsertAsync([draft, published, company, .. representatives, draftOpportunity, openOpportunity]);
        using var client = await Fixture.SignedInClientAsync(member);

        Assert.Null((await client.GetDocumentAsync($"/repertorio/{draft.Id}")).QuerySelector(".share-links"));
        Assert.Null((await client.GetDocumentAsync($"/opportunita/{draftOpportunity.Id}")).QuerySelector(".share-links"));
        Assert.NotNull((await client.GetDocumentAsync($"/repertorio/{published.Id}")).QuerySelector(".share-links"));
        Assert.NotNull((await client.GetDocumentAsync($"/opportunita/{openOpportunity.Id}")).QuerySelector(".share-links"));
    }
}
