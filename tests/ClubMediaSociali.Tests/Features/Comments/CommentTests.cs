using System.Net;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Tests.Features.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Comments;

public sealed class CommentTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task Forty_members_commenting_on_one_idea_at_once_leave_it_counting_forty()
    {
        var author = Build.Member();
        var writers = Enumerable.Range(0, 40).Select(_ => Build.Member()).ToList();
        var idea = Build.Idea(author.Id, "Un archivio comune di casi");
        await Fixture.InsertAsync([author, .. writers, idea]);

        // Each comment recounts the idea's comments; two at once must not each count without the other.
        var results = await Task.WhenAll(writers.Select((w, i) => Fixture.As(w).SendAsync(new Application.Features.Comments.PostComment
        {
            ThreadKind = CommentThreadKind.Idea,
            ThreadId = idea.Id,
            // Short (no fingerprint for the spam check's "same text from many accounts"), and each its own.
            Body = $"D'accordo, lo provo nel mio studio ({i + 1}).",
        })));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.ToString()));
        Assert.Equal(40, await Fixture.QueryDbAsync(db => db.Ideas.Where(x => x.Id == idea.Id).Select(x => x.CommentCount).SingleAsync()));
    }

    private static async Task<HttpResponseMessage> CommentAsync(BrowserLikeClient client, Guid practiceId, string body, bool htmx = false)
    {
        var page = await client.GetDocumentAsync($"/repertorio/{practiceId}");
        return await client.SubmitAsync(page, "form.comment-form", new Dictionary<string, string> { ["Body"] = body }, htmx: htmx);
    }

    private Task<Comment> StoredAsync(string body) => Fixture.QueryDbAsync(db => db.Comments.SingleAsync(c => c.BodyMarkdown == body));

    /// <summary>A member who already published a practice: their links are trusted.</summary>
    private async Task<Member> ContributorAsync(string name)
    {
        var member = await Fixture.CreateMemberAsync(name);
        await Fixture.InsertPublishedAsync(member);
        return member;
    }

    [Fact]
    public async Task Members_comment_and_reply_one_level_deep_and_the_people_concerned_are_told()
    {
        var author = await Fixture.CreateMemberAsync("Rita Autrice");
        var anna = await Fixture.CreateMemberAsync("Anna Lettrice");
        var bruno = await Fixture.CreateMemberAsync("Bruno Lettore");
        var practice = await Fixture.InsertPublishedAsync(author);
        using var annaClient = await Fixture.SignedInClientAsync(anna);
        using var brunoClient = await Fixture.SignedInClientAsync(bruno);
        using var visitor = Fixture.CreateClient();

        using var posted = await CommentAsync(annaClient, practice.Id, "Funziona anche per le **cooperative**?");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var question = await StoredAsync("Funziona anche per le **cooperative**?");
        var page = await brunoClient.GetDocumentAsync($"/repertorio/{practice.Id}");
        using var replied = await brunoClient.SubmitAsync(page, $"#commento-{question.Id} form[action='/commenti']",
            new Dictionary<string, string> { ["Body"] = "Sì, l'abbiamo provato in una cooperativa sociale." }, htmx: true);
        var thread = await BrowserLikeClient.ParseAsync(replied);
        Assert.Equal("Commento pubblicato.", thread.QuerySelector(".comment-notice")!.TextContent);
        Assert.Null(thread.QuerySelector("header.site-header"));

        // Answering the reply answers the top-level comment: threads stay one level deep.
        var reply = await StoredAsync("Sì, l'abbiamo provato in una cooperativa sociale.");
        using var deeper = await annaClient.PostAsync("/commenti", new Dictionary<string, string>
        {
            ["ThreadKind"] = "Practice",
            ["ThreadId"] = practice.Id.ToString(),
            ["ParentId"] = reply.Id.ToString(),
            ["Body"] = "Grazie!",
        });
        Assert.Equal(question.Id, (await StoredAsync("Grazie!")).ParentId);

        var shown = await visitor.GetDocumentAsync($"/repertorio/{practice.Id}");
        Assert.Equal("cooperative", shown.QuerySelector($"#commento-{question.Id} .comment-body strong")!.TextContent);
        Assert.Equal(2, shown.QuerySelectorAll($"#commento-{question.Id} .comment-replies .comment").Length);
        Assert.Contains("(3)", shown.QuerySelector("#commenti-titolo")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Accedi", shown.QuerySelector(".comment-thread")!.TextContent, StringComparison.Ordinal);
        await Fixture.DrainOutboxAsync();
        var notices = await Fixture.QueryDbAsync(db => db.Notifications.OrderBy(n => n.CreatedAt).ThenBy(n => n.Kind).Select(n => new { n.MemberId, n.Kind }).ToListAsync());
        Assert.Equal(
            [new { MemberId = author.Id, Kind = "comment.new" }, new { MemberId = author.Id, Kind = "comment.new" }, new { MemberId = anna.Id, Kind = "comment.reply" }, new { MemberId = author.Id, Kind = "comment.new" }],
            notices);
    }

    [Fact]
    public async Task An_empty_or_too_long_comment_comes_back_with_the_text_typed_with_and_without_scripts()
    {
        var reader = await Fixture.CreateMemberAsync();
        var practice = await Fixture.InsertPublishedAsync();
        using var client = await Fixture.SignedInClientAsync(reader);

        using var empty = await CommentAsync(client, practice.Id, "   ", htmx: true);
        var thread = await BrowserLikeClient.ParseAsync(empty);
        Assert.Equal("Scrivi il testo del commento.", thread.QuerySelector("#commento-testo-errore")!.TextContent);

        var tooLong = new string('a', Comment.BodyMaxLength + 1);
        using var plain = await CommentAsync(client, practice.Id, tooLong);
        var page = await BrowserLikeClient.ParseAsync(plain);
        Assert.Contains("5000", page.QuerySelector("#Body-errore")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(tooLong, page.QuerySelector("textarea#Body")!.TextContent);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Comments.CountAsync()));
    }

    [Fact]
    public async Task Authors_edit_within_fifteen_minutes_and_delete_their_own_comments_only()
    {
        var writer = await Fixture.CreateMemberAsync();
        var other = await Fixture.CreateMemberAsync();
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        var practice = await Fixture.InsertPublishedAsync();
        using var client = await Fixture.SignedInClientAsync(writer);
        using var otherClient = await Fixture.SignedInClientAsync(other);
        using var moderatorClient = await Fixture.SignedInClientAsync(moderator);
        using var visitor = Fixture.CreateClient();
        using var posted = await CommentAsync(client, practice.Id, "Prima versione");
        var comment = await StoredAsync("Prima versione");

        var edit = await client.GetDocumentAsync($"/commenti/{comment.Id}/modifica");
        using var edited = await client.SubmitAsync(edit, $"form[action='/commenti/{comment.Id}/modifica']", new Dictionary<string, string> { ["Body"] = "Versione corretta" });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Contains("modificato", (await visitor.GetDocumentAsync($"/repertorio/{practice.Id}")).QuerySelector(".comment-header")!.TextContent, StringComparison.Ordinal);

        await otherClient.GetDocumentAsync($"/commenti/{comment.Id}/modifica", HttpStatusCode.NotFound);
        using var otherEdit = await otherClient.PostAsync($"/commenti/{comment.Id}/modifica", new Dictionary<string, string> { ["Body"] = "Scritto da un altro" });
        Assert.Equal(HttpStatusCode.NotFound, otherEdit.StatusCode);
        using var moderatorEdit = await moderatorClient.PostAsync($"/commenti/{comment.Id}/modifica", new Dictionary<string, string> { ["Body"] = "Scritto dal moderatore" });
        Assert.Equal(HttpStatusCode.NotFound, moderatorEdit.StatusCode);
        using var anonymousEdit = await visitor.PostAsync($"/commenti/{comment.Id}/modifica", new Dictionary<string, string> { ["Body"] = "Anonimo" });
        Assert.Contains("/accesso", anonymousEdit.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var otherDelete = await otherClient.PostAsync($"/commenti/{comment.Id}/elimina");
        Assert.Equal(HttpStatusCode.NotFound, otherDelete.StatusCode);

        await Fixture.QueryDbAsync(db => db.Comments.Where(c => c.Id == comment.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.CreatedAt, DateTimeOffset.UtcNow.AddMinutes(-16))));
        edit = await client.GetDocumentAsync($"/commenti/{comment.Id}/modifica");
        using var late = await client.SubmitAsync(edit, $"form[action='/commenti/{comment.Id}/modifica']", new Dictionary<string, string> { ["Body"] = "Troppo tardi" });
        var refused = await BrowserLikeClient.ParseAsync(late);
        Assert.Contains("15 minuti", refused.QuerySelector("#Body-errore")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Troppo tardi", refused.QuerySelector("textarea#Body")!.TextContent);
        Assert.Null((await client.GetDocumentAsync($"/repertorio/{practice.Id}")).QuerySelector($"a[href='/commenti/{comment.Id}/modifica']"));

        var page = await client.GetDocumentAsync($"/repertorio/{practice.Id}");
        using var deleted = await client.SubmitAsync(page, $"form[action='/commenti/{comment.Id}/elimina']", htmx: true);
        Assert.Equal("Commento eliminato.", (await BrowserLikeClient.ParseAsync(deleted)).QuerySelector(".comment-notice")!.TextContent);
        var stored = await StoredAsync("");
        Assert.Equal(CommentStatus.DeletedByAuthor, stored.Status);
        Assert.Null((await visitor.GetDocumentAsync($"/repertorio/{practice.Id}")).QuerySelector(".comment"));
    }

    [Fact]
    public async Task Three_flags_hide_a_comment_until_a_moderator_restores_or_removes_it()
    {
        var writer = await ContributorAsync("Scrittore");
        var practice = await Fixture.InsertPublishedAsync();
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        using var writerClient = await Fixture.SignedInClientAsync(writer);
        using var moderatorClient = await Fixture.SignedInClientAsync(moderator);
        using var visitor = Fixture.CreateClient();
        using var posted = await CommentAsync(writerClient, practice.Id, "Un commento discusso");
        var comment = await StoredAsync("Un commento discusso");

        using var own = await writerClient.PostAsync($"/commenti/{comment.Id}/segnala", new Dictionary<string, string> { ["Reason"] = "Mi sono pentito" });
        Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
        for (var i = 0; i < 3; i++)
        {
            var flagger = await Fixture.CreateMemberAsync();
            using var flaggerClient = await Fixture.SignedInClientAsync(flagger);
            var page = await flaggerClient.GetDocumentAsync($"/repertorio/{practice.Id}");
            if (i == 0)
            {
                using var noReason = await flaggerClient.SubmitAsync(page, $"form[action='/commenti/{comment.Id}/segnala']");
                Assert.Contains("cosa non va", (await BrowserLikeClient.ParseAsync(noReason)).QuerySelector("#Reason-errore")!.TextContent, StringComparison.Ordinal);
            }

            using var flagged = await flaggerClient.SubmitAsync(page, $"form[action='/commenti/{comment.Id}/segnala']",
                new Dictionary<string, string> { ["Reason"] = $"Pubblicità, segnalazione {i + 1}" });
            Assert.Equal(HttpStatusCode.Redirect, flagged.StatusCode);
            using var twice = await flaggerClient.PostAsync($"/commenti/{comment.Id}/segnala", new Dictionary<string, string> { ["Reason"] = "Ancora" });
            Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
            var visible = (await visitor.GetDocumentAsync($"/repertorio/{practice.Id}")).QuerySelector($"#commento-{comment.Id}") is not null;
            Assert.Equal(i < 2, visible);
        }

        var hidden = await StoredAsync("Un commento discusso");
        Assert.Equal((CommentStatus.Hidden, 3), (hidden.Status, hidden.FlagCount));
        var writerView = await writerClient.GetDocumentAsync($"/repertorio/{practice.Id}");
        Assert.Contains("Nascosto", writerView.QuerySelector($"#commento-{comment.Id}")!.TextContent, StringComparison.Ordinal);

        var queue = await moderatorClient.GetDocumentAsync("/moderazione/commenti");
        Assert.Equal(3, queue.QuerySelectorAll(".comment-queue li li").Length);
        var decide = await moderatorClient.GetDocumentAsync($"/commenti/{comment.Id}/moderazione");
        using var restored = await moderatorClient.SubmitAsync(decide, $"form[action='/commenti/{comment.Id}/moderazione']", submitterSelector: "button[value='Restore']");
        Assert.Equal("/moderazione/commenti", restored.Headers.Location!.OriginalString);
        Assert.NotNull((await visitor.GetDocumentAsync($"/repertorio/{practice.Id}")).QuerySelector($"#commento-{comment.Id} .comment-body"));

        decide = await moderatorClient.GetDocumentAsync($"/commenti/{comment.Id}/moderazione");
        using var noReason2 = await moderatorClient.SubmitAsync(decide, $"form[action='/commenti/{comment.Id}/moderazione']", submitterSelector: "button[value='Remove']");
        Assert.Contains("Spiega perché", (await BrowserLikeClient.ParseAsync(noReason2)).QuerySelector("#Reason-errore")!.TextContent, StringComparison.Ordinal);
        using var removed = await moderatorClient.SubmitAsync(decide, $"form[action='/commenti/{comment.Id}/moderazione']", new Dictionary<string, string> { ["Reason"] = "Promozione non richiesta" }, "button[value='Remove']");
        var placeholder = (await visitor.GetDocumentAsync($"/repertorio/{practice.Id}")).QuerySelector($"#commento-{comment.Id}")!;
        Assert.Contains("Promozione non richiesta", placeholder.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Un commento discusso", placeholder.TextContent, StringComparison.Ordinal);
        Assert.Equal(["comments.restore", "comments.remove"], await Fixture.QueryDbAsync(db => db.AuditLog.OrderBy(a => a.At).Select(a => a.Action).ToListAsync()));
        await Fixture.DrainOutboxAsync();
        Assert.Equal("Promozione non richiesta", (await Fixture.QueryDbAsync(db => db.Notifications.SingleAsync(n => n.Kind == "comment.removed"))).Note);
    }

    [Fact]
    public async Task Links_from_members_without_a_published_contribution_wait_for_a_moderator()
    {
        var newcomer = await Fixture.CreateMemberAsync("Nuovo Arrivato");
        var contributor = await ContributorAsync("Socia Esperta");
        var author = await Fixture.CreateMemberAsync();
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        var practice = await Fixture.InsertPublishedAsync(author);
        using var newcomerClient = await Fixture.SignedInClientAsync(newcomer);
        using var contributorClient = await Fixture.SignedInClientAsync(contributor);
        using var moderatorClient = await Fixture.SignedInClientAsync(moderator);
        using var visitor = Fixture.CreateClient();

        using var held = await CommentAsync(newcomerClient, practice.Id, "Offerta imperdibile su https://esempio.it", htmx: true);
        Assert.Contains("moderatore", (await BrowserLikeClient.ParseAsync(held)).QuerySelector(".comment-notice")!.TextContent, StringComparison.Ordinal);
        using var plain = await CommentAsync(newcomerClient, practice.Id, "Senza collegamenti, compare subito.");
        using var trusted = await CommentAsync(contributorClient, practice.Id, "Ne parlo qui: https://esempio.it/articolo");
        var heldComment = await StoredAsync("Offerta imperdibile su https://esempio.it");
        Assert.Equal(CommentStatus.Held, heldComment.Status);

        var visitorView = await visitor.GetDocumentAsync($"/repertorio/{practice.Id}");
        Assert.Null(visitorView.QuerySelector($"#commento-{heldComment.Id}"));
        Assert.Equal(2, visitorView.QuerySelectorAll(".comment").Length);
        Assert.Equal("nofollow ugc noopener", visitorView.QuerySelector(".comment-body a")!.GetAttribute("rel"));
        var ownView = await newcomerClient.GetDocumentAsync($"/repertorio/{practice.Id}");
        Assert.Contains("In attesa di moderazione", ownView.QuerySelector($"#commento-{heldComment.Id}")!.TextContent, StringComparison.Ordinal);
        // The held comment is shown to its author but not counted, as in every list.
        Assert.Contains("(2)", ownView.QuerySelector("#commenti-titolo")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("(2)", visitorView.QuerySelector("#commenti-titolo")!.TextContent, StringComparison.Ordinal);
        await Fixture.DrainOutboxAsync();
        Assert.Equal(2, await Fixture.QueryDbAsync(db => db.Notifications.CountAsync(n => n.MemberId == author.Id)));

        var page = await moderatorClient.GetDocumentAsync($"/repertorio/{practice.Id}");
        using var approved = await moderatorClient.SubmitAsync(page, $"#commento-{heldComment.Id} .comment-moderate form", submitterSelector: "button[value='Restore']", htmx: true);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.NotNull((await visitor.GetDocumentAsync($"/repertorio/{practice.Id}")).QuerySelector($"#commento-{heldComment.Id}"));
        await Fixture.DrainOutboxAsync();
        Assert.Equal(3, await Fixture.QueryDbAsync(db => db.Notifications.CountAsync(n => n.MemberId == author.Id)));
    }

    [Fact]
    public async Task Visitors_unconfirmed_members_forged_requests_and_unpublished_practices_get_no_comment_in()
    {
        var unconfirmed = await Fixture.CreateMemberAsync(confirmed: false);
        var member = await Fixture.CreateMemberAsync();
        var practice = await Fixture.InsertPublishedAsync();
        var draft = await Fixture.InsertPublishedAsync(shape: p => p.Status = PracticeStatus.Draft);
        using var visitor = Fixture.CreateClient();
        using var unconfirmedClient = await Fixture.SignedInClientAsync(unconfirmed);
        using var memberClient = await Fixture.SignedInClientAsync(member);
        Dictionary<string, string> Form(Guid thread) => new() { ["ThreadKind"] = "Practice", ["ThreadId"] = thread.ToString(), ["Body"] = "Ciao" };

        using var anonymous = await visitor.PostAsync("/commenti", Form(practice.Id));
        Assert.Contains("/accesso", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var notConfirmed = await unconfirmedClient.PostAsync("/commenti", Form(practice.Id));
        Assert.Contains("/accesso/negato", notConfirmed.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("Conferma", (await unconfirmedClient.GetDocumentAsync($"/repertorio/{practice.Id}")).QuerySelector(".comment-thread")!.TextContent, StringComparison.Ordinal);
        using var onDraft = await memberClient.PostAsync("/commenti", Form(draft.Id));
        Assert.Equal(HttpStatusCode.NotFound, onDraft.StatusCode);
        using var noToken = await memberClient.Http.PostAsync(new Uri("/commenti", UriKind.Relative), new FormUrlEncodedContent(Form(practice.Id)));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        using var memberModerates = await memberClient.PostAsync($"/commenti/{Guid.NewGuid()}/moderazione", new Dictionary<string, string> { ["Decision"] = "Remove", ["Reason"] = "x" });
        Assert.Contains("/accesso/negato", memberModerates.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var memberQueue = await memberClient.Http.GetAsync(new Uri("/moderazione/commenti", UriKind.Relative));
        Assert.Contains("/accesso/negato", memberQueue.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Comments.CountAsync()));
    }
}
