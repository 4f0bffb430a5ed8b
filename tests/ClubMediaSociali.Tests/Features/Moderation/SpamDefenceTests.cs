using System.Net;
using AngleSharp.Dom;
using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Content;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Domain.Reputation;
using ClubMediaSociali.Application.Features.Comments;
using ClubMediaSociali.Application.Features.Connections;
using ClubMediaSociali.Application.Features.Moderation;
using ClubMediaSociali.Application.Features.Notifications;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Features.Moderation;

public sealed class SpamDefenceTests(ClubFixture fixture) : ClubTest(fixture)
{
    private const string SpamIdea = "Guadagna da casa con il trading automatico di bitcoin: rendimento garantito, scrivimi su WhatsApp per i dettagli e inizia a guadagnare.";

    private static async Task<Guid> PostIdeaAsync(BrowserLikeClient client, string title, string body)
    {
        var form = await client.GetDocumentAsync("/idee/nuova");
        using var posted = await client.SubmitAsync(form, "form[action='/idee/nuova']", new Dictionary<string, string> { ["Title"] = title, ["Body"] = body, ["Tags"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        return Guid.Parse(posted.Headers.Location!.OriginalString.Split('/').Last());
    }

    [Fact]
    public async Task A_suspicious_idea_waits_for_review_its_author_is_told_and_the_desk_shows_why()
    {
        var newcomer = await Fixture.CreateMemberAsync("Furio Nuovo");
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        using var author = await Fixture.SignedInClientAsync(newcomer);
        using var visitor = Fixture.CreateClient();

        var id = await PostIdeaAsync(author, "Un'occasione per tutti i soci", SpamIdea);

        var own = await author.GetDocumentAsync($"/idee/{id}");
        Assert.Contains("In attesa di revisione.", own.QuerySelector(".held-notice")!.TextContent, StringComparison.Ordinal);
        await visitor.GetDocumentAsync($"/idee/{id}", HttpStatusCode.NotFound);
        Assert.DoesNotContain("Un'occasione per tutti i soci", (await visitor.GetDocumentAsync("/idee?ordine=nuove")).Body!.TextContent, StringComparison.Ordinal);

        using var desk = await Fixture.SignedInClientAsync(moderator);
        var queue = await desk.GetDocumentAsync("/moderazione/trattenuti");
        var item = Assert.Single(queue.QuerySelectorAll(".held-item"));
        Assert.Contains("Furio Nuovo", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("Un'occasione per tutti i soci", item.TextContent, StringComparison.Ordinal);
        var reasons = item.QuerySelectorAll(".held-reasons li").Select(li => li.TextContent).ToList();
        Assert.Contains(reasons, r => r.StartsWith("Parole tipiche dello spam: ", StringComparison.Ordinal) && r.Contains("guadagna da casa", StringComparison.Ordinal));
        Assert.Contains("Invita a continuare altrove: whatsapp", reasons);
        Assert.Equal("1", (await desk.GetDocumentAsync("/moderazione")).QuerySelector("[data-count='held']")!.TextContent);

        using var approved = await desk.SubmitAsync(queue, ".held-item form", submitterSelector: "button[value='Approve']");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        await visitor.GetDocumentAsync($"/idee/{id}");
        Assert.Empty((await desk.GetDocumentAsync("/moderazione/trattenuti")).QuerySelectorAll(".held-item"));
        Assert.True(await Fixture.QueryDbAsync(db => db.AuditLog.AnyAsync(a => a.Action == AuditActions.ApproveHeld && a.ActorId == moderator.Id)));
    }

    [Fact]
    public async Task Marking_spam_hides_everything_suspends_the_account_marks_its_domains_and_not_spam_brings_it_all_back()
    {
        var spammer = await Fixture.CreateMemberAsync("Sandro Spammer");
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        var idea = Build.Idea(spammer.Id, "Idea di Sandro sui social");
        var target = Build.Idea(moderator.Id, "Un'idea da commentare");
        await Fixture.InsertAsync(idea, target);
        // Reputation lets his link through at once: the spam is in the open until a moderator sees it.
        await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == spammer.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Reputation, 50)));
        var comment = await Fixture.As(spammer).SendAsync(new PostComment
        {
            ThreadKind = CommentThreadKind.Idea,
            ThreadId = target.Id,
            Body = "Ottimi consigli, ne trovate altri su https://www.offerte-lampo.example/promo e su https://youtube.com/watch?v=1",
        });
        Assert.Equal(CommentStatus.Visible, comment.Value.Status);
        using var spammerClient = await Fixture.SignedInClientAsync(spammer);
        using var visitor = Fixture.CreateClient();
        using var desk = await Fixture.SignedInClientAsync(moderator);

        var thread = await desk.GetDocumentAsync($"/idee/{target.Id}");
        using var marked = await desk.SubmitAsync(thread, $"form[action='/moderazione/membri/{spammer.Id}/spam']");
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);

        // Everything of his is gone from the Club's pages, and so is he.
        await visitor.GetDocumentAsync($"/idee/{idea.Id}", HttpStatusCode.NotFound);
        Assert.DoesNotContain("offerte-lampo", (await visitor.GetDocumentAsync($"/idee/{target.Id}")).Body!.InnerHtml, StringComparison.Ordinal);
        await visitor.GetDocumentAsync($"/membri/{spammer.Handle}", HttpStatusCode.NotFound);
        Assert.DoesNotContain("Sandro Spammer", (await desk.GetDocumentAsync("/membri")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Ideas.Where(i => i.Id == target.Id).Select(i => i.CommentCount).SingleAsync()));
        // His session ends, and signing in again shows why and how to appeal.
        using var signedOut = await spammerClient.Http.GetAsync("/profilo/modifica");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        var page = await SignInAsync(spammer);
        Assert.Contains("segnato i tuoi contributi come spam", page.QuerySelector(".suspended-page")!.TextContent, StringComparison.Ordinal);
        // The domain his comment linked is marked (the big platforms never are), and holds the next text that links it.
        Assert.Equal(["offerte-lampo.example"], await Fixture.QueryDbAsync(db => db.SpamMarkers.Select(m => m.Value).ToListAsync()));
        var other = await Fixture.CreateMemberAsync();
        await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == other.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Reputation, 500)));
        var repeat = await Fixture.As(other).SendAsync(new PostComment { ThreadKind = CommentThreadKind.Idea, ThreadId = target.Id, Body = "Vedi https://sconti.offerte-lampo.example" });
        Assert.Equal(CommentStatus.Held, repeat.Value.Status);

        // "Not spam", from his page, undoes it all in one step.
        var profile = await desk.GetDocumentAsync($"/membri/{spammer.Handle}");
        Assert.Contains("segnato come spam", profile.QuerySelector(".moderation-state")!.TextContent, StringComparison.Ordinal);
        using var cleared = await desk.SubmitAsync(profile, $"form[action='/moderazione/membri/{spammer.Id}/riattiva']");
        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        await visitor.GetDocumentAsync($"/idee/{idea.Id}");
        Assert.Contains("offerte-lampo", (await visitor.GetDocumentAsync($"/idee/{target.Id}")).Body!.InnerHtml, StringComparison.Ordinal);
        await visitor.GetDocumentAsync($"/membri/{spammer.Handle}");
        Assert.Empty(await Fixture.QueryDbAsync(db => db.SpamMarkers.ToListAsync()));
        Assert.Equal(1, await Fixture.QueryDbAsync(db => db.Ideas.Where(i => i.Id == target.Id).Select(i => i.CommentCount).SingleAsync()));
        using var back = await Fixture.SignedInClientAsync(spammer);
        Assert.Equal(
            [AuditActions.MarkSpam, AuditActions.ClearSpam],
            await Fixture.QueryDbAsync(db => db.AuditLog.Where(a => a.TargetId == spammer.Id.ToString()).OrderBy(a => a.At).Select(a => a.Action).ToListAsync()));
    }

    [Fact]
    public async Task An_admin_suspends_with_a_reason_the_member_reads_it_and_appeals_and_the_suspension_is_lifted()
    {
        var member = await Fixture.CreateMemberAsync("Ugo Sospeso");
        var admin = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Admin);
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        var idea = Build.Idea(member.Id, "Un'idea che resta visibile");
        await Fixture.InsertAsync(idea);
        await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == member.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Reputation, 150)));
        using var adminClient = await Fixture.SignedInClientAsync(admin);
        using var visitor = Fixture.CreateClient();
        Assert.Contains("Ugo Sospeso", (await visitor.GetDocumentAsync("/leader?periodo=sempre")).Body!.TextContent, StringComparison.Ordinal);

        var form = await adminClient.GetDocumentAsync($"/moderazione/membri/{member.Id}/sospendi");
        var suspendForm = $"form[action='/moderazione/membri/{member.Id}/sospendi']";
        using var empty = await adminClient.SubmitAsync(form, suspendForm, new Dictionary<string, string> { ["Reason"] = "  " });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var again = await BrowserLikeClient.ParseAsync(empty);
        Assert.Equal("Scrivi il motivo: il membro lo leggerà quando prova ad accedere.", again.QuerySelector(".field-error")!.TextContent.Trim());
        using var suspended = await adminClient.SubmitAsync(again, suspendForm, new Dictionary<string, string> { ["Reason"] = "Messaggi offensivi verso altri soci, dopo due avvisi." });
        Assert.Equal(HttpStatusCode.Redirect, suspended.StatusCode);

        // Out of the directory and the leaderboards; the contributions stay.
        Assert.DoesNotContain("Ugo Sospeso", (await adminClient.GetDocumentAsync("/membri")).Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Ugo Sospeso", (await visitor.GetDocumentAsync("/leader?periodo=sempre")).Body!.TextContent, StringComparison.Ordinal);
        await visitor.GetDocumentAsync($"/idee/{idea.Id}");

        using var client = Fixture.CreateClient();
        var page = await SignInAsync(client, member);
        Assert.Contains("Messaggi offensivi verso altri soci, dopo due avvisi.", page.QuerySelector(".suspension-reason")!.TextContent, StringComparison.Ordinal);
        using var emptyAppeal = await client.SubmitAsync(page, "form[action='/account-sospeso/ricorso']", new Dictionary<string, string> { ["Text"] = "" });
        Assert.Equal(HttpStatusCode.OK, emptyAppeal.StatusCode);
        var retry = await BrowserLikeClient.ParseAsync(emptyAppeal);
        Assert.Equal("Spiega ai moderatori perché la sospensione è un errore.", retry.QuerySelector(".field-error")!.TextContent.Trim());
        using var appealed = await client.SubmitAsync(retry, "form[action='/account-sospeso/ricorso']", new Dictionary<string, string> { ["Text"] = "Erano battute tra colleghi, mi scuso e non succederà più." });
        Assert.NotNull((await BrowserLikeClient.ParseAsync(appealed)).QuerySelector(".appeal-sent"));

        // A moderator reads it but may not lift an admin's suspension; the admin does, in one step.
        using var moderatorClient = await Fixture.SignedInClientAsync(moderator);
        var queue = await moderatorClient.GetDocumentAsync("/moderazione/trattenuti");
        Assert.Contains("Erano battute tra colleghi", Assert.Single(queue.QuerySelectorAll(".appeal-item")).TextContent, StringComparison.Ordinal);
        Assert.Null(queue.QuerySelector($"form[action='/moderazione/membri/{member.Id}/riattiva']"));
        using var refused = await moderatorClient.PostAsync($"/moderazione/membri/{member.Id}/riattiva");
        Assert.Contains("/accesso/negato", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var adminQueue = await adminClient.GetDocumentAsync("/moderazione/trattenuti");
        using var lifted = await adminClient.SubmitAsync(adminQueue, $"form[action='/moderazione/membri/{member.Id}/riattiva']");
        Assert.Equal(HttpStatusCode.Redirect, lifted.StatusCode);
        using var back = await Fixture.SignedInClientAsync(member);
        Assert.Empty((await adminClient.GetDocumentAsync("/moderazione/trattenuti")).QuerySelectorAll(".appeal-item"));
    }

    [Fact]
    public async Task The_same_text_from_three_new_accounts_within_the_hour_is_held_all_three_copies()
    {
        var idea = Build.Idea();
        await Fixture.InsertAsync(idea);
        const string Text = "Bellissima discussione, complimenti a tutti! Chi vuole confrontarsi su questi temi mi contatti pure, sono sempre disponibile.";
        var statuses = new List<CommentStatus>();
        for (var i = 0; i < 3; i++)
        {
            var author = await Fixture.CreateMemberAsync();
            // The copies differ in a word, in case and in a number: still the same text.
            var body = i switch
            {
                0 => Text,
                1 => Text.Replace("Bellissima", "Ottima", StringComparison.Ordinal),
                _ => Text.ToUpperInvariant().Replace("!", " 2025!", StringComparison.Ordinal),
            };
            var posted = await Fixture.As(author).SendAsync(new PostComment { ThreadKind = CommentThreadKind.Idea, ThreadId = idea.Id, Body = body });
            statuses.Add(posted.Value.Status);
        }

        Assert.Equal([CommentStatus.Visible, CommentStatus.Visible, CommentStatus.Held], statuses);
        Assert.Equal(3, await Fixture.QueryDbAsync(db => db.Comments.CountAsync(c => c.Status == CommentStatus.Held)));
        var holds = await Fixture.QueryDbAsync(db => db.HeldItems.Select(h => h.Reasons).ToListAsync());
        Assert.Equal(3, holds.Count);
        Assert.All(holds, r => Assert.Contains("repeated-across-accounts:3", r));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Ideas.Where(i => i.Id == idea.Id).Select(i => i.CommentCount).SingleAsync()));

        // A different text from a fourth new account passes.
        var fourth = await Fixture.CreateMemberAsync();
        var other = await Fixture.As(fourth).SendAsync(new PostComment
        {
            ThreadKind = CommentThreadKind.Idea,
            ThreadId = idea.Id,
            Body = "Noi abbiamo provato qualcosa di simile con i clienti del negozio di Verona, e le recensioni sono raddoppiate in tre mesi.",
        });
        Assert.Equal(CommentStatus.Visible, other.Value.Status);
    }

    [Fact]
    public async Task Accounts_made_from_one_address_weigh_on_what_they_write_and_trusted_members_answer_only_to_marks()
    {
        var siblings = new List<Member>();
        for (var i = 0; i < 3; i++)
        {
            siblings.Add(await Fixture.CreateMemberAsync());
        }

        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var screening = scope.ServiceProvider.GetRequiredService<ContentScreening>();
            foreach (var member in siblings)
            {
                screening.RecordSignUp(member.Id, "203.0.113.7", DateTimeOffset.UtcNow);
            }

            await scope.ServiceProvider.GetRequiredService<ClubDbContext>().SaveChangesAsync();
        }

        // Alone, a shortened link weighs too little to hold; from the third account of one address, it holds.
        const string Text = "Ho raccolto qui le slide dell'incontro di ieri sul marketing locale, con gli esempi dei negozi di Parma e i numeri delle campagne che abbiamo provato insieme in primavera: https://bit.ly/slide-parma";
        var verdict = await CheckAsync(siblings[2].Id, Text);
        Assert.True(verdict.Held);
        Assert.Contains(verdict.Reasons, r => r.Code == SpamReasons.AccountsFromOneAddress && r.Detail == "3");
        var loner = await Fixture.CreateMemberAsync();
        Assert.False((await CheckAsync(loner.Id, Text)).Held);

        // A member the Club trusts writes freely, but not to a marked domain.
        var trusted = await Fixture.CreateMemberAsync();
        await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == trusted.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Reputation, TrustLevels.Thresholds[0].Reputation)));
        Assert.False((await CheckAsync(trusted.Id, "BITCOIN, forex e crypto: ne parliamo al prossimo incontro https://bit.ly/a https://bit.ly/b https://bit.ly/c https://bit.ly/d https://bit.ly/e https://bit.ly/f")).Held);
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        Assert.True((await Fixture.AsModerator(moderator).SendAsync(new AddSpamMarker { Kind = SpamMarkerKind.Domain, Value = "bit.ly" })).IsSuccess);
        var marked = await CheckAsync(trusted.Id, "Le slide sono qui: https://bit.ly/slide");
        Assert.Equal(SpamReasons.MarkedDomain, Assert.Single(marked.Reasons).Code);
    }

    [Fact]
    public async Task Moderators_mark_phrases_and_domains_and_a_bad_entry_is_explained_and_kept()
    {
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        using var desk = await Fixture.SignedInClientAsync(moderator);
        var page = await desk.GetDocumentAsync("/moderazione/spam");

        using var shortPhrase = await desk.SubmitAsync(page, "form.marker-form", new Dictionary<string, string> { ["Kind"] = "Phrase", ["Value"] = "ok!" });
        Assert.Equal(HttpStatusCode.OK, shortPhrase.StatusCode);
        var again = await BrowserLikeClient.ParseAsync(shortPhrase);
        Assert.Equal("ok!", again.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#marker-value")!.Value);
        Assert.Contains("almeno 4 lettere", again.QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);

        using var phrase = await desk.SubmitAsync(again, "form.marker-form", new Dictionary<string, string> { ["Kind"] = "Phrase", ["Value"] = "Consulenza Gratuita Immediata" });
        Assert.Equal(HttpStatusCode.Redirect, phrase.StatusCode);
        using var domain = await desk.SubmitAsync(await desk.GetDocumentAsync("/moderazione/spam"), "form.marker-form",
            new Dictionary<string, string> { ["Kind"] = "Domain", ["Value"] = "https://www.Truffa-Follower.example/offerta" });
        Assert.Equal(HttpStatusCode.Redirect, domain.StatusCode);
        var list = await desk.GetDocumentAsync("/moderazione/spam");
        Assert.Equal(["truffa-follower.example", "consulenza gratuita immediata"], list.QuerySelectorAll(".marker-table tbody td:first-child").Select(td => td.TextContent).ToList());

        var member = await Fixture.CreateMemberAsync();
        await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == member.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Reputation, 500)));
        var verdict = await CheckAsync(member.Id, "Per voi una consulenza gratuità immediata sul vostro profilo.");
        Assert.Equal("marked-phrase:consulenza gratuita immediata", Assert.Single(verdict.Stored));

        // Members and visitors are turned away before anything is read.
        var removeAddress = list.QuerySelector(".marker-table tbody tr:first-child form")!.GetAttribute("action")!;
        using (var memberClient = await Fixture.SignedInClientAsync(member))
        using (var refused = await memberClient.PostAsync(removeAddress))
        {
            Assert.Contains("/accesso/negato", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        using (var visitor = Fixture.CreateClient())
        using (var signIn = await visitor.PostAsync(removeAddress))
        {
            Assert.Contains("/accesso?", signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        using var removed = await desk.SubmitAsync(list, ".marker-table tbody tr:first-child form");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(
            [AuditActions.AddSpamMarker, AuditActions.AddSpamMarker, AuditActions.RemoveSpamMarker],
            await Fixture.QueryDbAsync(db => db.AuditLog.OrderBy(a => a.At).Select(a => a.Action).ToListAsync()));
    }

    [Fact]
    public async Task A_suspended_member_gets_no_digest_and_is_suggested_to_nobody()
    {
        var me = Build.Member("Io Cerco");
        me.SeeksTags = ["video"];
        var suspended = Build.Member("Vito Video");
        suspended.OffersTags = ["video"];
        suspended.DigestFrequency = DigestFrequency.Weekly;
        await Fixture.InsertAsync(me, suspended);
        await Fixture.InsertAsync(new ConsentRecord { MemberId = suspended.Id, Kind = ConsentKind.EmailDigest, Version = "1", Granted = true, RecordedAt = DateTimeOffset.UtcNow });
        var admin = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Admin);
        Assert.Equal([suspended.Id], await Fixture.SendAsync(new GetDueDigests(DateTimeOffset.UtcNow)));
        Assert.Contains("Vito Video", (await Fixture.As(me).SendAsync(new SuggestContacts(Language.Italian))).People.Select(p => p.Person.DisplayName));

        Assert.True((await Fixture.AsAdmin(admin).SendAsync(new SuspendMember { MemberId = suspended.Id, Reason = "Prova." })).IsSuccess);

        Assert.Empty(await Fixture.SendAsync(new GetDueDigests(DateTimeOffset.UtcNow)));
        Assert.Empty((await Fixture.As(me).SendAsync(new SuggestContacts(Language.Italian))).People);
    }

    [Fact]
    public async Task An_appeal_needs_the_token_of_the_suspension_page()
    {
        var member = await Fixture.CreateMemberAsync();
        var admin = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Admin);
        Assert.True((await Fixture.AsAdmin(admin).SendAsync(new SuspendMember { MemberId = member.Id, Reason = "Prova." })).IsSuccess);
        using var stranger = Fixture.CreateClient();

        using var forged = await stranger.PostAsync("/account-sospeso/ricorso", new Dictionary<string, string> { ["token"] = member.Id.ToString(), ["Text"] = "Riattivatemi." });

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("Il modulo è scaduto", (await BrowserLikeClient.ParseAsync(forged)).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await Fixture.QueryDbAsync(db => db.SuspensionAppeals.ToListAsync()));
    }

    private async Task<SpamVerdict> CheckAsync(Guid authorId, string text)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var html = scope.ServiceProvider.GetRequiredService<MarkdownRenderer>().ToSafeHtml(text);
        return await scope.ServiceProvider.GetRequiredService<ContentScreening>()
            .CheckAsync(new ScreenedText(ContentKind.Idea, Guid.CreateVersion7(), authorId, text, html), CancellationToken.None);
    }

    /// <summary>Signs in through the form as a suspended member would, and answers the page they land on.</summary>
    private Task<AngleSharp.Html.Dom.IHtmlDocument> SignInAsync(Member member) => SignInAsync(Fixture.CreateClient(), member);

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> SignInAsync(BrowserLikeClient client, Member member)
    {
        var form = await client.GetDocumentAsync("/accesso");
        using var response = await client.SubmitAsync(form, "form[action='/accesso']", new Dictionary<string, string> { ["Email"] = member.Email!, ["Password"] = Infrastructure.Accounts.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await BrowserLikeClient.ParseAsync(response);
    }
}
