using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Tests.Features.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;

namespace ClubMediaSociali.Tests.Features.Moderation;

public sealed class ModerationDeskTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task Moderators_see_what_waits_for_them_in_the_navigation_and_on_their_desk()
    {
        var author = await Fixture.CreateMemberAsync("Rita Autrice");
        var newcomer = await Fixture.CreateMemberAsync("Nuovo Arrivato");
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        var published = await Fixture.InsertPublishedAsync(author);
        using var authorClient = await Fixture.SignedInClientAsync(author);
        using var newcomerClient = await Fixture.SignedInClientAsync(newcomer);
        using var moderatorClient = await Fixture.SignedInClientAsync(moderator);

        Assert.Null((await moderatorClient.GetDocumentAsync("/")).QuerySelector(".moderation-count"));
        Assert.Equal("Moderazione: nulla in attesa",
            (await moderatorClient.GetDocumentAsync("/")).QuerySelector("a.moderation-link")!.GetAttribute("aria-label"));

        await RepertoireSteps.SubmitAsync(authorClient, await RepertoireSteps.CreateDraftAsync(authorClient, RepertoireSteps.MethodForm()));
        var practicePage = await newcomerClient.GetDocumentAsync($"/repertorio/{published.Id}");
        using var held = await newcomerClient.SubmitAsync(practicePage, "form.comment-form",
            new Dictionary<string, string> { ["Body"] = "Guardate qui: https://esempio.it/offerta" });

        var home = await moderatorClient.GetDocumentAsync("/");
        Assert.Equal("2", home.QuerySelector(".moderation-count")!.TextContent.Trim());
        Assert.Equal("Moderazione: 2 in attesa", home.QuerySelector("a.moderation-link")!.GetAttribute("aria-label"));
        var desk = await moderatorClient.GetDocumentAsync("/moderazione");
        // The newcomer's comment with a link is held by the spam check: it waits with the held contributions.
        Assert.Equal(("1", "0", "1"), (
            desk.QuerySelector("[data-count='practices']")!.TextContent,
            desk.QuerySelector("[data-count='comments']")!.TextContent,
            desk.QuerySelector("[data-count='held']")!.TextContent));
        Assert.Equal("/moderazione/repertorio", desk.QuerySelector(".moderation-desk a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Members_see_no_moderation_link_and_cannot_open_the_desk()
    {
        var member = await Fixture.CreateMemberAsync();
        using var memberClient = await Fixture.SignedInClientAsync(member);
        using var visitor = Fixture.CreateClient();

        Assert.Null((await memberClient.GetDocumentAsync("/")).QuerySelector("a.moderation-link"));
        using var byMember = await memberClient.Http.GetAsync("/moderazione");
        Assert.Contains("/accesso/negato", byMember.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var byVisitor = await visitor.Http.GetAsync("/moderazione");
        Assert.Contains("/accesso?", byVisitor.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
