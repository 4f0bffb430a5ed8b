using System.Net;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ClubMediaSociali.Tests.Features.Repertoire.RepertoireSteps;

namespace ClubMediaSociali.Tests.Features.Repertoire;

public sealed class PracticeCurationTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task A_method_goes_from_draft_to_review_to_publication()
    {
        var author = await Fixture.CreateMemberAsync("Rita Autrice");
        var moderator = await Fixture.CreateMemberAsync("Marco Moderatore", staffRoles: StaffRoles.Moderator);
        using var authorClient = await Fixture.SignedInClientAsync(author);
        using var moderatorClient = await Fixture.SignedInClientAsync(moderator);
        using var visitor = Fixture.CreateClient();

        var id = await CreateDraftAsync(authorClient, MethodForm());
        await visitor.GetDocumentAsync($"/repertorio/{id}", HttpStatusCode.NotFound);
        await SubmitAsync(authorClient, id);

        var queue = await moderatorClient.GetDocumentAsync("/moderazione/repertorio");
        Assert.Equal(["Piano editoriale in quattro settimane"], queue.QuerySelectorAll(".review-queue tbody a").Select(a => a.TextContent));
        using var published = await ReviewAsync(moderatorClient, id, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var list = await visitor.GetDocumentAsync("/repertorio");
        Assert.Equal(["Piano editoriale in quattro settimane"], list.QuerySelectorAll(".all-practices .practice-card h3 a").Select(a => a.TextContent));
        var page = await visitor.GetDocumentAsync($"/repertorio/{id}");
        Assert.Equal(["Scegli due canali", "Decidi tre temi", "Prepara un calendario"], page.QuerySelectorAll(".practice-steps li").Select(li => li.TextContent));
        Assert.Equal("un'ora a settimana", page.QuerySelector(".practice-body strong")!.TextContent);
        Assert.Equal("Rita Autrice", page.QuerySelector("a[href^='/membri/']")!.TextContent);
        await Fixture.DrainOutboxAsync();
        var notices = await Fixture.QueryDbAsync(db => db.Notifications.OrderBy(n => n.CreatedAt).Select(n => new { n.MemberId, n.Kind }).ToListAsync());
        Assert.Equal([(author.Id, "practice.published"), (author.Id, "badge.earned")], notices.Select(n => (n.MemberId, n.Kind)));
        Assert.Equal("practices.publish", await Fixture.QueryDbAsync(db => db.AuditLog.Select(a => a.Action).SingleAsync()));
        Assert.Equal("1", (await visitor.GetDocumentAsync("/")).QuerySelector("[data-figure='practices'] dd")!.TextContent.Trim());
    }

    [Fact]
    public async Task Changes_requested_the_author_reads_the_note_edits_and_resubmits()
    {
        var author = await Fixture.CreateMemberAsync();
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        using var authorClient = await Fixture.SignedInClientAsync(author);
        using var moderatorClient = await Fixture.SignedInClientAsync(moderator);
        var id = await CreateDraftAsync(authorClient, MethodForm());
        await SubmitAsync(authorClient, id);

        using var noNote = await ReviewAsync(moderatorClient, id, "RequestChanges");
        var refused = await BrowserLikeClient.ParseAsync(noNote);
        Assert.Contains("Spiega all'autore", refused.QuerySelector("#Note-errore")!.TextContent, StringComparison.Ordinal);
        using var sentBack = await ReviewAsync(moderatorClient, id, "RequestChanges", "Aggiungi un esempio concreto.");
        Assert.Equal(HttpStatusCode.Redirect, sentBack.StatusCode);

        var page = await authorClient.GetDocumentAsync($"/repertorio/{id}");
        Assert.Contains("Aggiungi un esempio concreto.", page.QuerySelector(".moderator-note")!.TextContent, StringComparison.Ordinal);
        var edit = await authorClient.GetDocumentAsync($"/repertorio/{id}/modifica");
        var fields = MethodForm();
        fields["Body"] = "Esempio: una cantina di Asti.";
        using var saved = await authorClient.SubmitAsync(edit, $"form[action='/repertorio/{id}/modifica']", fields);
        await SubmitAsync(authorClient, id);
        using var published = await ReviewAsync(moderatorClient, id, "Publish");

        var practice = await Fixture.QueryDbAsync(db => db.Practices.SingleAsync(p => p.Id == id));
        Assert.Equal(PracticeStatus.Published, practice.Status);
        Assert.Equal("Esempio: una cantina di Asti.", practice.BodyMarkdown);
    }

    [Fact]
    public async Task A_rejected_practice_stays_private_with_its_reason()
    {
        var author = await Fixture.CreateMemberAsync();
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        using var authorClient = await Fixture.SignedInClientAsync(author);
        using var moderatorClient = await Fixture.SignedInClientAsync(moderator);
        var id = await CreateDraftAsync(authorClient, MethodForm("Compra follower"));
        await SubmitAsync(authorClient, id);

        using var rejected = await ReviewAsync(moderatorClient, id, "Reject", "Il Club non promuove follower acquistati.");

        var page = await authorClient.GetDocumentAsync($"/repertorio/{id}");
        Assert.Contains("non promuove follower", page.QuerySelector(".moderator-note")!.TextContent, StringComparison.Ordinal);
        using var visitor = Fixture.CreateClient();
        await visitor.GetDocumentAsync($"/repertorio/{id}", HttpStatusCode.NotFound);
        await Fixture.DrainOutboxAsync();
        var notice = await Fixture.QueryDbAsync(db => db.Notifications.SingleAsync());
        Assert.Equal(("practice.rejected", "Il Club non promuove follower acquistati."), (notice.Kind, notice.Note));
    }

    [Fact]
    public async Task A_former_members_practice_stays_signed_as_former_member_in_the_readers_language()
    {
        var former = Build.Member("Ex membro");
        former.DeletedAt = DateTimeOffset.UtcNow;
        var practice = Build.Practice();
        practice.AuthorId = former.Id;
        await Fixture.InsertAsync(former);
        await Fixture.InsertAsync(practice);
        using var client = Fixture.CreateClient();

        var italian = await client.GetDocumentAsync($"/repertorio/{practice.Id}");
        Assert.Contains("Ex membro", italian.QuerySelector(".practice .small")!.TextContent, StringComparison.Ordinal);
        Assert.Null(italian.QuerySelector(".practice a[href^='/membri/']"));

        using var switched = await client.SubmitAsync(italian, "form.culture-switcher", submitterSelector: "button[value='en']");
        var english = await client.GetDocumentAsync($"/repertorio/{practice.Id}");
        Assert.Contains("Former member", english.QuerySelector(".practice .small")!.TextContent, StringComparison.Ordinal);
        var list = await client.GetDocumentAsync("/repertorio");
        Assert.Contains("Former member", list.QuerySelector(".practice-card .small")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Channels_and_steps_typed_in_a_browser_are_saved()
    {
        var author = await Fixture.CreateMemberAsync();
        using var client = await Fixture.SignedInClientAsync(author);
        var form = await client.GetDocumentAsync("/repertorio/nuova?tipo=Technique");
        var fields = MethodForm();
        fields.Remove("Kind");
        fields["Steps"] = "Primo passo\r\nSecondo passo\r\n";
        fields["Channels"] = "instagram";

        using var saved = await client.SubmitAsync(form, "form[action='/repertorio/nuova']", fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var practice = await Fixture.QueryDbAsync(db => db.Practices.SingleAsync());
        Assert.Equal(["instagram"], practice.Channels);
        Assert.Equal(["Primo passo", "Secondo passo"], practice.Steps);
    }

    [Fact]
    public async Task Each_kind_asks_for_its_own_fields_and_keeps_the_input()
    {
        var author = await Fixture.CreateMemberAsync();
        using var client = await Fixture.SignedInClientAsync(author);
        var choice = await client.GetDocumentAsync("/repertorio/nuova");
        Assert.Null(choice.QuerySelector("form[action='/repertorio/nuova']"));
        Assert.Equal(["/repertorio/nuova?tipo=Resource", "/repertorio/nuova?tipo=Story", "/repertorio/nuova?tipo=Technique", "/repertorio/nuova?tipo=Method"],
            choice.QuerySelectorAll("a.kind-choice").Select(a => a.GetAttribute("href")));

        var form = await client.GetDocumentAsync("/repertorio/nuova?tipo=Method");
        Assert.NotNull(form.QuerySelector("#Steps"));
        Assert.Null(form.QuerySelector("#ResourceUrl"));
        Assert.Null(form.QuerySelector("#StoryOrganisation"));
        var fields = MethodForm();
        fields.Remove("Kind");
        using var method = await client.SubmitAsync(form, "form[action='/repertorio/nuova']", new Dictionary<string, string>(fields) { ["Steps"] = "Un solo passo" });
        var methodPage = await BrowserLikeClient.ParseAsync(method);
        Assert.Contains("almeno due passi", methodPage.QuerySelector("#Steps-errore")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Piano editoriale in quattro settimane", methodPage.QuerySelector("#Title")!.GetAttribute("value"));
        Assert.Null(methodPage.QuerySelector("#ResourceUrl"));

        var resourceForm = await client.GetDocumentAsync("/repertorio/nuova?tipo=Resource");
        Assert.Null(resourceForm.QuerySelector("#Steps"));
        using var resource = await client.SubmitAsync(resourceForm, "form[action='/repertorio/nuova']", new Dictionary<string, string>
        {
            ["Title"] = "Guida",
            ["Summary"] = "Una guida.",
            ["ResourceUrl"] = "javascript:alert(1)",
        });
        var resourcePage = await BrowserLikeClient.ParseAsync(resource);
        Assert.Contains("https://", resourcePage.QuerySelector("#ResourceUrl-errore")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("formato", resourcePage.QuerySelector("#ResourceFormat-errore")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Resource", resourcePage.QuerySelector("input[name='Kind']")!.GetAttribute("value"));

        var storyForm = await client.GetDocumentAsync("/repertorio/nuova?tipo=Story");
        using var story = await client.SubmitAsync(storyForm, "form[action='/repertorio/nuova']", new Dictionary<string, string>
        {
            ["Title"] = "Il caso",
            ["Summary"] = "Un caso.",
            ["StoryOrganisation"] = "Cantina Rossi",
            ["StoryYear"] = "2024",
            ["StoryOutcome"] = "Vendite online raddoppiate.",
        });
        var id = Guid.Parse(story.Headers.Location!.OriginalString.Split('/').Last());
        var storyPage = await client.GetDocumentAsync($"/repertorio/{id}");
        Assert.Contains("Cantina Rossi", storyPage.QuerySelector(".story-facts")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await Fixture.QueryDbAsync(db => db.Practices.CountAsync()));

        // The author turns the story into a resource: the form then asks for the resource's fields.
        var kinds = await client.GetDocumentAsync($"/repertorio/{id}/tipo");
        var asResource = await client.GetDocumentAsync(kinds.QuerySelector("a.kind-choice[href$='tipo=Resource']")!.GetAttribute("href")!);
        Assert.Equal("Il caso", asResource.QuerySelector("#Title")!.GetAttribute("value"));
        Assert.NotNull(asResource.QuerySelector("#ResourceUrl"));
        Assert.Null(asResource.QuerySelector("#StoryOrganisation"));
    }

    [Fact]
    public async Task Only_the_author_edits_and_submits_and_only_moderators_review()
    {
        var author = await Fixture.CreateMemberAsync();
        var other = await Fixture.CreateMemberAsync();
        var unconfirmed = await Fixture.CreateMemberAsync(confirmed: false);
        using var authorClient = await Fixture.SignedInClientAsync(author);
        var id = await CreateDraftAsync(authorClient, MethodForm());
        var token = (await authorClient.GetDocumentAsync("/")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        using var visitor = Fixture.CreateClient();
        using var anonymous = await visitor.Http.GetAsync(new Uri("/repertorio/nuova", UriKind.Relative));
        Assert.Contains("/accesso", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);

        using var unconfirmedClient = await Fixture.SignedInClientAsync(unconfirmed);
        using var notYet = await unconfirmedClient.Http.GetAsync(new Uri("/repertorio/nuova", UriKind.Relative));
        Assert.Contains("/accesso/negato", notYet.Headers.Location!.ToString(), StringComparison.Ordinal);

        using var otherClient = await Fixture.SignedInClientAsync(other);
        var otherToken = (await otherClient.GetDocumentAsync("/")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        await otherClient.GetDocumentAsync($"/repertorio/{id}", HttpStatusCode.NotFound);
        await otherClient.GetDocumentAsync($"/repertorio/{id}/modifica", HttpStatusCode.NotFound);
        using var forgedEdit = await otherClient.Http.PostAsync(new Uri($"/repertorio/{id}/modifica", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string>(MethodForm("Titolo rubato")) { ["__RequestVerificationToken"] = otherToken }));
        Assert.Equal(HttpStatusCode.NotFound, forgedEdit.StatusCode);
        using var forgedSubmit = await otherClient.Http.PostAsync(new Uri($"/repertorio/{id}/invia", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = otherToken }));
        Assert.Equal(HttpStatusCode.NotFound, forgedSubmit.StatusCode);

        using var selfReview = await authorClient.Http.PostAsync(new Uri($"/repertorio/{id}/revisione", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Decision"] = "Publish" }));
        Assert.Contains("/accesso/negato", selfReview.Headers.Location!.ToString(), StringComparison.Ordinal);

        var practice = await Fixture.QueryDbAsync(db => db.Practices.SingleAsync(p => p.Id == id));
        Assert.Equal((PracticeStatus.Draft, "Piano editoriale in quattro settimane"), (practice.Status, practice.Title));
    }
}
