using System.Net;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ClubMediaSociali.Tests.Features.Repertoire.RepertoireSteps;

namespace ClubMediaSociali.Tests.Features.Repertoire;

public sealed class PracticeRevisionTests(ClubFixture fixture) : ClubTest(fixture)
{
    public static TheoryData<string> Kinds => [nameof(PracticeKind.Resource), nameof(PracticeKind.Story), nameof(PracticeKind.Technique), nameof(PracticeKind.Method)];

    private static Dictionary<string, string> FormFor(string kind) => kind switch
    {
        nameof(PracticeKind.Resource) => new()
        {
            ["Kind"] = kind,
            ["Level"] = "Intermediate",
            ["Title"] = "Modello di calendario editoriale",
            ["Summary"] = "Un foglio pronto da copiare.",
            ["ResourceUrl"] = "https://esempio.it/calendario",
            ["ResourceFormat"] = nameof(ResourceFormat.Template),
        },
        nameof(PracticeKind.Story) => new()
        {
            ["Kind"] = kind,
            ["Level"] = "Advanced",
            ["Title"] = "La cantina che racconta la vendemmia",
            ["Summary"] = "Un anno di dirette dal vigneto.",
            ["StoryOrganisation"] = "Cantina Rossi",
            ["StorySector"] = "Vino",
            ["StoryYear"] = "2024",
            ["StoryOutcome"] = "Visite in cantina raddoppiate.",
        },
        _ => new(MethodForm($"{kind}: piano in tre passi")) { ["Kind"] = kind },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_kind_goes_from_draft_to_publication_with_its_own_fields(string kind)
    {
        var author = await Fixture.CreateMemberAsync();
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        using var authorClient = await Fixture.SignedInClientAsync(author);
        using var moderatorClient = await Fixture.SignedInClientAsync(moderator);
        using var visitor = Fixture.CreateClient();

        var id = await PublishedAsync(authorClient, moderatorClient, FormFor(kind));

        var page = await visitor.GetDocumentAsync($"/repertorio/{id}");
        Assert.Equal(FormFor(kind)["Title"], page.QuerySelector("h1")!.TextContent);
        switch (kind)
        {
            case nameof(PracticeKind.Resource):
                Assert.Equal("https://esempio.it/calendario", page.QuerySelector(".resource-link a")!.GetAttribute("href"));
                Assert.Contains("Modello", page.QuerySelector(".resource-link")!.TextContent, StringComparison.Ordinal);
                break;
            case nameof(PracticeKind.Story):
                Assert.Contains("Visite in cantina raddoppiate.", page.QuerySelector(".story-facts")!.TextContent, StringComparison.Ordinal);
                break;
            default:
                Assert.Equal(3, page.QuerySelectorAll(".practice-steps li").Length);
                break;
        }

        var history = await Fixture.QueryDbAsync(db => db.PracticeRevisions.SingleAsync(r => r.PracticeId == id));
        Assert.Equal((1, RevisionStatus.Published), (history.Number, history.Status));
    }

    [Fact]
    public async Task An_edit_of_a_published_practice_is_reviewed_while_the_published_version_stays_visible()
    {
        var author = await Fixture.CreateMemberAsync();
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        using var authorClient = await Fixture.SignedInClientAsync(author);
        using var moderatorClient = await Fixture.SignedInClientAsync(moderator);
        using var visitor = Fixture.CreateClient();
        var id = await PublishedAsync(authorClient, moderatorClient, MethodForm());

        var edit = await authorClient.GetDocumentAsync($"/repertorio/{id}/modifica");
        Assert.Equal("Piano editoriale in quattro settimane", edit.QuerySelector("#Title")!.GetAttribute("value"));
        using var saved = await authorClient.SubmitAsync(edit, $"form[action='/repertorio/{id}/modifica']",
            new Dictionary<string, string>(MethodForm("Piano editoriale in un mese")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Equal("Piano editoriale in quattro settimane", (await visitor.GetDocumentAsync($"/repertorio/{id}")).QuerySelector("h1")!.TextContent);
        var authorView = await authorClient.GetDocumentAsync($"/repertorio/{id}");
        Assert.Contains("versione 2", authorView.QuerySelector(".author-tools")!.TextContent, StringComparison.Ordinal);
        var editAgain = await authorClient.GetDocumentAsync($"/repertorio/{id}/modifica");
        Assert.Equal("Piano editoriale in un mese", editAgain.QuerySelector("#Title")!.GetAttribute("value"));
        using var sent = await authorClient.SubmitAsync(authorView, $"form[action='/repertorio/{id}/invia']");

        var queue = await moderatorClient.GetDocumentAsync("/moderazione/repertorio");
        Assert.Contains("versione 2", queue.QuerySelector(".review-queue tbody")!.TextContent, StringComparison.Ordinal);
        using var sentBack = await ReviewAsync(moderatorClient, id, "RequestChanges", "Spiega perché un mese basta.", revision: 2);
        Assert.Equal(HttpStatusCode.Redirect, sentBack.StatusCode);
        Assert.Contains("Spiega perché un mese basta.", (await authorClient.GetDocumentAsync($"/repertorio/{id}")).QuerySelector(".author-tools")!.TextContent, StringComparison.Ordinal);

        var fixing = await authorClient.GetDocumentAsync($"/repertorio/{id}/modifica");
        using var fixedUp = await authorClient.SubmitAsync(fixing, $"form[action='/repertorio/{id}/modifica']",
            new Dictionary<string, string>(MethodForm("Piano editoriale in un mese")) { ["Body"] = "Un mese basta per vedere cosa funziona." });
        await SubmitAsync(authorClient, id);
        using var approved = await ReviewAsync(moderatorClient, id, "Publish", revision: 2);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var now = await visitor.GetDocumentAsync($"/repertorio/{id}");
        Assert.Equal("Piano editoriale in un mese", now.QuerySelector("h1")!.TextContent);
        Assert.Contains("Un mese basta", now.QuerySelector(".practice-body")!.TextContent, StringComparison.Ordinal);
        var history = await authorClient.GetDocumentAsync($"/repertorio/{id}/versioni");
        Assert.Equal(2, history.QuerySelectorAll(".practice-history tbody tr").Length);
        var first = await authorClient.GetDocumentAsync($"/repertorio/{id}/versioni/1");
        Assert.Equal("Piano editoriale in quattro settimane", first.QuerySelector("h1")!.TextContent);
        var actions = await Fixture.QueryDbAsync(db => db.AuditLog.OrderBy(a => a.At).Select(a => a.Action).ToListAsync());
        Assert.Equal(["practices.publish", "practices.revision_request_changes", "practices.revision_publish"], actions);
        await Fixture.DrainOutboxAsync();
        Assert.Contains("practice.revision_published", await Fixture.QueryDbAsync(db => db.Notifications.Select(n => n.Kind).ToListAsync()));
    }

    [Fact]
    public async Task A_rejected_edit_leaves_the_published_version_and_the_history_is_private()
    {
        var author = await Fixture.CreateMemberAsync();
        var other = await Fixture.CreateMemberAsync();
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        using var authorClient = await Fixture.SignedInClientAsync(author);
        using var otherClient = await Fixture.SignedInClientAsync(other);
        using var moderatorClient = await Fixture.SignedInClientAsync(moderator);
        using var visitor = Fixture.CreateClient();
        var id = await PublishedAsync(authorClient, moderatorClient, MethodForm());
        var edit = await authorClient.GetDocumentAsync($"/repertorio/{id}/modifica");
        using var saved = await authorClient.SubmitAsync(edit, $"form[action='/repertorio/{id}/modifica']", MethodForm("Compra follower"));
        await SubmitAsync(authorClient, id);

        // While it waits, the author cannot change what the moderators are reading.
        using var locked = await authorClient.PostAsync($"/repertorio/{id}/modifica", MethodForm("Altro titolo"));
        Assert.Equal(HttpStatusCode.Conflict, locked.StatusCode);
        using var rejected = await ReviewAsync(moderatorClient, id, "Reject", "Il Club non promuove follower acquistati.", revision: 2);

        Assert.Equal("Piano editoriale in quattro settimane", (await visitor.GetDocumentAsync($"/repertorio/{id}")).QuerySelector("h1")!.TextContent);
        await otherClient.GetDocumentAsync($"/repertorio/{id}/versioni", HttpStatusCode.NotFound);
        await otherClient.GetDocumentAsync($"/repertorio/{id}/versioni/2", HttpStatusCode.NotFound);
        using var anonymous = await visitor.Http.GetAsync(new Uri($"/repertorio/{id}/versioni", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        var second = await moderatorClient.GetDocumentAsync($"/repertorio/{id}/versioni/2");
        Assert.Contains("non promuove follower", second.QuerySelector(".revision-banner")!.TextContent, StringComparison.Ordinal);
        using var otherEdit = await otherClient.PostAsync($"/repertorio/{id}/modifica", MethodForm("Titolo rubato"));
        Assert.Equal(HttpStatusCode.NotFound, otherEdit.StatusCode);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.PracticeRevisions.CountAsync(r => r.Content.Title == "Titolo rubato")));
    }
}
