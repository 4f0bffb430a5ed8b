using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ClubMediaSociali.Application.Domain.FirstSteps;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Application.Domain.Reputation;
using ClubMediaSociali.Tests.Features.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.FirstSteps;

/// <summary>Guided paths: composed by moderators with the picker, followed step by step by members and visitors.</summary>
public sealed class LearningPathTests(ClubFixture fixture) : ClubTest(fixture)
{
    private const string Editor = "#path-editor";

    private static IEnumerable<string> EditorSteps(IHtmlDocument page) =>
        page.QuerySelectorAll(".editor-step p.fw-semibold a").Select(a => a.TextContent);

    private static IEnumerable<string> PathSteps(IHtmlDocument page, string scope = "") =>
        page.QuerySelectorAll($"{scope} .path-step h2 a").Select(a => a.TextContent);

    [Fact]
    public async Task A_moderator_composes_a_path_with_the_picker_keeps_it_as_a_draft_then_publishes_it()
    {
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        var numbers = await Fixture.InsertPublishedAsync(shape: p => p.Title = "Tre numeri da guardare ogni mese");
        var goals = await Fixture.InsertPublishedAsync(shape: p => p.Title = "Obiettivi misurabili per i social");
        await Fixture.InsertPublishedAsync(shape: p => { p.Title = "Numeri del vecchio report"; p.Status = PracticeStatus.Archived; });
        using var client = await Fixture.SignedInClientAsync(moderator);
        using var visitor = Fixture.CreateClient();

        var page = await client.GetDocumentAsync("/moderazione/percorsi/nuovo");
        Assert.True(page.QuerySelector<IHtmlInputElement>("#IsDraft")!.IsChecked);
        page = await BrowserLikeClient.ParseAsync(await client.SubmitAsync(page, Editor,
            new Dictionary<string, string> { ["Title"] = "Misurare i risultati", ["Intro"] = "Pochi numeri, scelti bene.", ["search"] = "numeri" },
            "button[value='search']:not(.visually-hidden)"));
        // Only published practices are offered; what was typed stays.
        Assert.Equal([numbers.Title], page.QuerySelectorAll(".picker-result p.fw-semibold").Select(p => p.TextContent));
        Assert.Equal("Misurare i risultati", page.QuerySelector<IHtmlInputElement>("#Title")!.Value);

        page = await BrowserLikeClient.ParseAsync(await client.SubmitAsync(page, Editor, submitterSelector: $"button[value='add:{numbers.Id}']"));
        Assert.Equal("Pratica aggiunta come passo 1.", page.QuerySelector("[role='status']")!.TextContent);
        Assert.Equal("Già nel percorso", page.QuerySelector(".picker-result span")!.TextContent);
        page = await BrowserLikeClient.ParseAsync(await client.SubmitAsync(page, Editor, new Dictionary<string, string> { ["search"] = "obiettivi" },
            "button[value='search']:not(.visually-hidden)"));
        page = await BrowserLikeClient.ParseAsync(await client.SubmitAsync(page, Editor, submitterSelector: $"button[value='add:{goals.Id}']"));
        Assert.Equal([numbers.Title, goals.Title], EditorSteps(page));

        // Goals move up with their note; the focus stays on the step that moved.
        page = await BrowserLikeClient.ParseAsync(await client.SubmitAsync(page, Editor, new Dictionary<string, string>
        {
            ["Steps[0].Note"] = "Le tre cifre che contano.",
            ["Steps[1].Note"] = "Si misura rispetto a un obiettivo.",
        }, "button[value='up:1']"));
        Assert.Equal([goals.Title, numbers.Title], EditorSteps(page));
        Assert.Equal("Si misura rispetto a un obiettivo.", page.QuerySelector<IHtmlTextAreaElement>("#step-0-note")!.Value);
        Assert.Equal("true", page.QuerySelector("#step-0-down")!.GetAttribute("data-focus"));
        Assert.True(page.QuerySelector<IHtmlButtonElement>("#step-0-up")!.IsDisabled);

        page = await BrowserLikeClient.ParseAsync(await client.SubmitAsync(page, Editor, submitterSelector: "button[value='preview']"));
        Assert.Equal([goals.Title, numbers.Title], PathSteps(page, ".path-preview"));
        Assert.Equal(["Si misura rispetto a un obiettivo.", "Le tre cifre che contano."], page.QuerySelectorAll(".path-preview .step-note").Select(p => p.TextContent));

        using var draft = await client.SubmitAsync(page, Editor);
        Assert.Equal("/primi-passi/misurare-i-risultati", draft.Headers.Location!.OriginalString);
        using (var hidden = await visitor.Http.GetAsync(new Uri("/primi-passi/misurare-i-risultati", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        Assert.Empty((await visitor.GetDocumentAsync("/primi-passi")).QuerySelectorAll(".learning-paths h2 a"));
        var preview = await client.GetDocumentAsync("/primi-passi/misurare-i-risultati");
        Assert.Contains("Bozza", preview.QuerySelector(".revision-banner")!.TextContent, StringComparison.Ordinal);

        var edit = await client.GetDocumentAsync("/moderazione/percorsi/misurare-i-risultati/modifica");
        Assert.Equal([goals.Title, numbers.Title], EditorSteps(edit));
        using var published = await client.SubmitAsync(edit, Editor, new Dictionary<string, string> { ["IsDraft"] = "false" });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var path = await visitor.GetDocumentAsync("/primi-passi/misurare-i-risultati");
        Assert.Equal([goals.Title, numbers.Title], PathSteps(path));
        Assert.Equal($"/repertorio/{goals.Id}?percorso=misurare-i-risultati", path.QuerySelector(".path-step h2 a")!.GetAttribute("href"));
        Assert.StartsWith("2 passi · circa ", path.QuerySelector(".path-facts")!.TextContent, StringComparison.Ordinal);
        // One line for the draft; the second save is recorded with its passage to published, at the same moment.
        Assert.Equal(["paths.create", "paths.publish", "paths.save"],
            await Fixture.QueryDbAsync(db => db.AuditLog.Where(a => a.TargetType == "learning_path").OrderBy(a => a.Action).Select(a => a.Action).ToListAsync()));
    }

    [Fact]
    public async Task Saving_refuses_a_path_readers_could_not_follow_and_keeps_what_was_typed()
    {
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        var archived = await Fixture.InsertPublishedAsync(shape: p => p.Status = PracticeStatus.Archived);
        using var client = await Fixture.SignedInClientAsync(moderator);
        var page = await client.GetDocumentAsync("/moderazione/percorsi/nuovo");

        using var empty = await client.SubmitAsync(page, Editor, new Dictionary<string, string> { ["Title"] = "Un percorso vuoto", ["IsDraft"] = "false" });
        page = await BrowserLikeClient.ParseAsync(empty);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("almeno un passo", page.QuerySelector("#Steps-errore")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Un percorso vuoto", page.QuerySelector<IHtmlInputElement>("#Title")!.Value);

        // A practice taken out of the repertoire (here added by hand) is named, and cannot be saved as a step.
        using var added = await client.PostAsync("/moderazione/percorsi/componi", new Dictionary<string, string>
        {
            ["Title"] = "Un percorso vuoto",
            ["op"] = $"add:{archived.Id}",
            ["IsDraft"] = "true",
        });
        page = await BrowserLikeClient.ParseAsync(added);
        Assert.Contains("non è più pubblicata", page.QuerySelector(".editor-step .field-error")!.TextContent, StringComparison.Ordinal);
        using var refused = await client.SubmitAsync(page, Editor, new Dictionary<string, string> { ["Steps[0].Note"] = new string('n', 401) });
        page = await BrowserLikeClient.ParseAsync(refused);
        Assert.Contains("pratica pubblicata", page.QuerySelector("#Steps-errore")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("400", page.QuerySelector("#step-0-note-errore")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(new string('n', 401), page.QuerySelector<IHtmlTextAreaElement>("#step-0-note")!.Value);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.LearningPaths.CountAsync()));
    }

    [Fact]
    public async Task A_member_goes_step_by_step_carries_on_where_they_left_and_completing_earns_points_and_the_badge_once()
    {
        var member = await Fixture.CreateMemberAsync();
        var (path, steps) = await InsertPathAsync("base", 3);
        var (other, otherSteps) = await InsertPathAsync("altro", 1);
        using var client = await Fixture.SignedInClientAsync(member);

        var first = await client.GetDocumentAsync($"/repertorio/{steps[0].Id}?percorso=base");
        Assert.Contains("Passo 1 di 3", first.QuerySelector(".path-bar-top")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Perché leggere il passo 1.", first.QuerySelector(".path-bar-top")!.TextContent, StringComparison.Ordinal);
        using var read = await client.SubmitAsync(first, $".path-nav form[action='/primi-passi/base/passi/{steps[0].Id}']");
        Assert.Equal($"/repertorio/{steps[1].Id}?percorso=base", read.Headers.Location!.OriginalString);

        var overview = await client.GetDocumentAsync("/primi-passi/base");
        Assert.Equal("Passi letti: 1 su 3.", overview.QuerySelector(".path-progress p")!.TextContent);
        var carryOn = overview.QuerySelector(".path-progress a.btn")!;
        Assert.Equal($"/repertorio/{steps[1].Id}?percorso=base", carryOn.GetAttribute("href"));
        Assert.Contains("Continua da dove eri rimasto", carryOn.TextContent, StringComparison.Ordinal);
        Assert.Equal(["✓", "2", "3"], overview.QuerySelectorAll(".step-number").Select(s => s.TextContent));
        Assert.Contains("Passi letti: 1 su 3.", (await client.GetDocumentAsync("/primi-passi")).QuerySelector(".path-state")!.TextContent, StringComparison.Ordinal);

        // Reading the last step first, then the second, completes the path: the second sends back to the path.
        await ReadAsync(client, "base", steps[2].Id);
        Assert.Equal("/primi-passi/base", await ReadAsync(client, "base", steps[1].Id));
        Assert.Contains("hai completato il percorso", (await client.GetDocumentAsync("/primi-passi/base")).QuerySelector(".path-progress")!.TextContent, StringComparison.OrdinalIgnoreCase);

        // Reading a step again, and completing a second path, change nothing about the badge.
        await ReadAsync(client, "base", steps[2].Id);
        await ReadAsync(client, "altro", otherSteps[0].Id);
        await Fixture.DrainOutboxAsync();
        var ledger = await Fixture.QueryDbAsync(db => db.ReputationEvents.Where(e => e.MemberId == member.Id).Select(e => new { e.Reason, e.SourceId, e.Points }).ToListAsync());
        Assert.Equal([(path.Id, 5), (other.Id, 5)], ledger.Where(e => e.Reason == ReputationReasons.PathCompleted.Reason).Select(e => (e.SourceId, e.Points)).OrderBy(e => e.SourceId == other.Id));
        Assert.Equal(10, await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == member.Id).Select(m => m.Reputation).SingleAsync()));
        Assert.Equal(1, await Fixture.QueryDbAsync(db => db.MemberBadges.CountAsync(b => b.MemberId == member.Id && b.BadgeKey == "primo-percorso")));
        Assert.Contains("Percorso di Primi passi completato", (await client.GetDocumentAsync("/reputazione")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Completato", "Completato"], (await client.GetDocumentAsync("/primi-passi")).QuerySelectorAll(".path-state").Select(p => p.TextContent.Trim()));
    }

    [Fact]
    public async Task Visitors_follow_a_path_without_an_account_and_are_invited_to_join_to_keep_their_progress()
    {
        var (_, steps) = await InsertPathAsync("base", 2);
        var (_, draftSteps) = await InsertPathAsync("bozza", 1, isDraft: true);
        var member = await Fixture.CreateMemberAsync();
        using var visitor = Fixture.CreateClient();
        using var client = await Fixture.SignedInClientAsync(member);

        var path = await visitor.GetDocumentAsync("/primi-passi/base");
        Assert.Contains("Iscriviti al Club", path.QuerySelector(".path-progress")!.TextContent, StringComparison.Ordinal);
        var step = await visitor.GetDocumentAsync($"/repertorio/{steps[0].Id}?percorso=base");
        Assert.Null(step.QuerySelector(".path-nav form"));
        Assert.Equal($"/repertorio/{steps[1].Id}?percorso=base", step.QuerySelector(".path-nav a[rel='next']")!.GetAttribute("href"));
        Assert.Contains("come ospite", step.QuerySelector(".path-nav")!.TextContent, StringComparison.Ordinal);
        var last = await visitor.GetDocumentAsync($"/repertorio/{steps[1].Id}?percorso=base");
        Assert.Equal($"/repertorio/{steps[0].Id}?percorso=base", last.QuerySelector(".path-nav a[rel='prev']")!.GetAttribute("href"));
        // An unknown path, or a practice outside it, shows the practice on its own.
        Assert.Null((await visitor.GetDocumentAsync($"/repertorio/{steps[0].Id}?percorso=nessuno")).QuerySelector(".path-nav"));
        Assert.Null((await visitor.GetDocumentAsync($"/repertorio/{draftSteps[0].Id}?percorso=base")).QuerySelector(".path-nav"));

        using var anonymous = await visitor.PostAsync($"/primi-passi/base/passi/{steps[0].Id}");
        Assert.Contains("/accesso?", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var onDraft = await client.PostAsync($"/primi-passi/bozza/passi/{draftSteps[0].Id}");
        Assert.Equal(HttpStatusCode.NotFound, onDraft.StatusCode);
        using var outside = await client.PostAsync($"/primi-passi/base/passi/{draftSteps[0].Id}");
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.LearningPathProgress.CountAsync()));
    }

    /// <summary>"Ho letto" on a step; where it leads.</summary>
    private static async Task<string> ReadAsync(BrowserLikeClient client, string slug, Guid practiceId)
    {
        using var response = await client.PostAsync($"/primi-passi/{slug}/passi/{practiceId}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private async Task<(LearningPath Path, List<Practice> Practices)> InsertPathAsync(string slug, int count, bool isDraft = false)
    {
        var practices = new List<Practice>();
        for (var i = 0; i < count; i++)
        {
            practices.Add(await Fixture.InsertPublishedAsync());
        }

        var path = new LearningPath { Slug = slug, Title = $"Percorso {slug}", IsDraft = isDraft, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow };
        await Fixture.InsertAsync(path);
        await Fixture.InsertAsync([.. practices.Select((p, i) => (object)new LearningPathStep { PathId = path.Id, Number = i + 1, PracticeId = p.Id, Note = $"Perché leggere il passo {i + 1}." })]);
        return (path, practices);
    }
}
