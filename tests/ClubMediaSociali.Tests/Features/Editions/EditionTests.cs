using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Newsletter;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Features.Editions;
using ClubMediaSociali.Tests.Features.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace ClubMediaSociali.Tests.Features.Editions;

/// <summary>The weekly editions: prepared from the week's best, written by a moderator in two languages, sent once to each subscriber.</summary>
public sealed class EditionTests(ClubFixture fixture) : ClubTest(fixture)
{
    private async Task<List<NewsletterSubscriber>> SubscribersAsync(int italian, int english, int unconfirmed = 1)
    {
        var now = DateTimeOffset.UtcNow;
        var subscribers = Enumerable.Range(0, italian + english + unconfirmed).Select(i => new NewsletterSubscriber
        {
            Email = $"iscritto{i}-{Guid.NewGuid():N}@esempio.it",
            PrivacyPolicyVersion = "2026-11",
            Culture = i < italian || i >= italian + english ? "it" : "en",
            ConsentedAt = now,
            ConfirmedAt = i < italian + english ? now : null,
        }).ToList();
        await Fixture.InsertAsync([.. subscribers]);
        return subscribers;
    }

    /// <summary>One sender as one app instance would run it: its own scope and context, the real SMTP client.</summary>
    private async Task<int> DeliverAsync(SmtpSink sink, int limit, TimeProvider? clock = null)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var delivery = new EditionDelivery(
            services.GetRequiredService<Application.Data.ClubDbContext>(), services.GetRequiredService<EditionMail>(), sink.Sender(), clock ?? TimeProvider.System);
        return await delivery.RunAsync(limit, CancellationToken.None);
    }

    private async Task<Guid> ScheduledEditionAsync()
    {
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        var id = await Fixture.AsModerator(moderator).SendAsync(new PrepareEdition());
        Assert.True((await Fixture.AsModerator(moderator).SendAsync(new ScheduleEdition(id, null))).IsSuccess);
        return id;
    }

    [Fact]
    public async Task A_moderator_prepares_the_week_writes_both_introductions_previews_tests_and_sends_it_once_to_each_subscriber_in_their_language()
    {
        var moderator = await Fixture.CreateMemberAsync("Marta Moderatrice", staffRoles: StaffRoles.Moderator);
        var practice = await Fixture.InsertPublishedAsync(shape: p => { p.Title = "Tre numeri da guardare ogni mese"; p.PublishedAt = DateTimeOffset.UtcNow.AddDays(-2); });
        var idea = Build.Idea(moderator.Id, "Un calendario comune degli eventi");
        var (company, representatives) = Build.Company();
        var opportunity = Build.Opportunity(companyId: company.Id);
        opportunity.Title = "Cerchiamo chi racconti la vendemmia";
        opportunity.Status = OpportunityStatus.Open;
        opportunity.PublishedAt = DateTimeOffset.UtcNow.AddDays(-1);
        await Fixture.InsertAsync([idea, company, .. representatives, opportunity]);
        var subscribers = await SubscribersAsync(italian: 3, english: 2);
        using var client = await Fixture.SignedInClientAsync(moderator);

        var list = await client.GetDocumentAsync("/moderazione/aggiornamenti");
        var editor = await client.FollowRedirectAsync(await client.SubmitAsync(list, "form[action='/moderazione/aggiornamenti/prepara']"));
        var links = editor.QuerySelectorAll(".edition-items a").Select(a => a.TextContent).ToList();
        Assert.Contains(practice.Title, links);
        Assert.Contains(idea.Title, links);
        Assert.Contains(opportunity.Title, links);
        var id = await Fixture.QueryDbAsync(db => db.NewsletterEditions.Select(e => e.Id).SingleAsync());

        // A missing introduction is named beside its field; what was typed stays.
        using var refused = await client.SubmitAsync(editor, $"form[action='/moderazione/aggiornamenti/{id}']",
            new Dictionary<string, string> { ["TitleIt"] = "Una settimana di numeri", ["IntroEn"] = "" });
        var again = await BrowserLikeClient.ParseAsync(refused);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("introduzione in inglese", again.QuerySelector("#IntroEn-errore")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Una settimana di numeri", again.QuerySelector<IHtmlInputElement>("#TitleIt")!.Value);

        editor = await client.FollowRedirectAsync(await client.SubmitAsync(again, $"form[action='/moderazione/aggiornamenti/{id}']", new Dictionary<string, string>
        {
            ["TitleIt"] = "Una settimana di numeri",
            ["IntroIt"] = "Questa settimana si è parlato di misure.\n\nBuona lettura!",
            ["TitleEn"] = "A week of numbers",
            ["IntroEn"] = "This week the Club talked about measuring.\n\nEnjoy!",
        }));
        Assert.Contains("Edizione salvata", editor.QuerySelector(".notice-bar")!.TextContent, StringComparison.Ordinal);
        using (var italian = await client.Http.GetAsync(new Uri($"/moderazione/aggiornamenti/{id}/anteprima/it", UriKind.Relative)))
        using (var english = await client.Http.GetAsync(new Uri($"/moderazione/aggiornamenti/{id}/anteprima/en", UriKind.Relative)))
        {
            Assert.Contains("Questa settimana si è parlato di misure.", WebUtility.HtmlDecode(await italian.Content.ReadAsStringAsync()), StringComparison.Ordinal);
            var englishHtml = WebUtility.HtmlDecode(await english.Content.ReadAsStringAsync());
            Assert.Contains("This week the Club talked about measuring.", englishHtml, StringComparison.Ordinal);
            Assert.Contains("Rising ideas", englishHtml, StringComparison.Ordinal);
            Assert.Equal("SAMEORIGIN", english.Headers.GetValues("X-Frame-Options").Single());
        }

        editor = await client.FollowRedirectAsync(await client.SubmitAsync(editor, $"form[action='/moderazione/aggiornamenti/{id}/prova']"));
        Assert.Equal(["[Prova] Una settimana di numeri", "[Test] A week of numbers"], Mailbox.To(Fixture.Factory.MailFolder, moderator.Email!).Select(m => m.Subject));

        await client.FollowRedirectAsync(await client.SubmitAsync(editor, $"form[action='/moderazione/aggiornamenti/{id}/invio']", submitterSelector: "button[name='now']"));
        await using var sink = await SmtpSink.StartAsync();
        Assert.Equal(5, await DeliverAsync(sink, limit: 100));
        Assert.Equal(0, await DeliverAsync(sink, limit: 100));

        var received = sink.Received();
        var confirmed = subscribers.Where(s => s.ConfirmedAt is not null).ToList();
        Assert.Equal(confirmed.Select(s => s.Email).Order(), received.Select(m => m.To.Mailboxes.Single().Address).Order());
        foreach (var message in received)
        {
            var subscriber = confirmed.Single(s => s.Email == message.To.Mailboxes.Single().Address);
            Assert.Equal(subscriber.Culture == "en" ? "A week of numbers" : "Una settimana di numeri", message.Subject);
            Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
            Assert.Contains("/aggiornamenti/edizioni/1", message.TextBody, StringComparison.Ordinal);
        }

        // The edition is in the archive and its feed, in the reader's language.
        using var visitor = Fixture.CreateClient();
        var archive = await visitor.GetDocumentAsync("/aggiornamenti/edizioni");
        Assert.Equal(["Una settimana di numeri"], archive.QuerySelectorAll(".edition-archive h2 a").Select(a => a.TextContent));
        var page = await visitor.GetDocumentAsync("/aggiornamenti/edizioni/1");
        Assert.Equal("Una settimana di numeri", page.QuerySelector("h1")!.TextContent);
        Assert.Contains(practice.Title, page.QuerySelectorAll(".edition-items a").Select(a => a.TextContent));
        var feed = await visitor.Http.GetStringAsync(new Uri("/feed/aggiornamenti.rss", UriKind.Relative));
        Assert.Contains("<title>Una settimana di numeri</title>", feed, StringComparison.Ordinal);
        Assert.Contains("Una email a settimana", (await visitor.GetDocumentAsync("/aggiornamenti")).QuerySelector(".lede-dark")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["newsletter.save", "newsletter.schedule"], await Fixture.QueryDbAsync(db => db.AuditLog.OrderBy(a => a.At).Select(a => a.Action).ToListAsync()));
        Assert.Equal(EditionStatus.Sent, await Fixture.QueryDbAsync(db => db.NewsletterEditions.Select(e => e.Status).SingleAsync()));
    }

    [Fact]
    public async Task Several_senders_and_a_stop_half_way_still_send_exactly_one_copy_to_each_subscriber()
    {
        var subscribers = await SubscribersAsync(italian: 9, english: 3);
        var id = await ScheduledEditionAsync();
        await using var sink = await SmtpSink.StartAsync();

        // A first run sends its share (the throttle) and stops.
        Assert.Equal(4, await DeliverAsync(sink, limit: 4));
        // An instance stopped after claiming two copies, before sending them: they wait for the claim to lapse.
        var abandoned = await Fixture.QueryDbAsync(db => db.NewsletterDeliveries.Where(d => d.SentAt == null).OrderBy(d => d.SubscriberId).Take(2)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.ClaimedAt, DateTimeOffset.UtcNow)));
        Assert.Equal(2, abandoned);
        // Three instances at once share the rest without sending anything twice.
        var runs = await Task.WhenAll(DeliverAsync(sink, 100), DeliverAsync(sink, 100), DeliverAsync(sink, 100));
        Assert.Equal(6, runs.Sum());
        Assert.Equal(EditionStatus.Sending, await Fixture.QueryDbAsync(db => db.NewsletterEditions.Where(e => e.Id == id).Select(e => e.Status).SingleAsync()));

        // After the claim's lifetime, the next run takes the abandoned copies up and closes the edition.
        var later = new TestClock();
        later.Advance(NewsletterDelivery.ClaimLifetime + TimeSpan.FromMinutes(1));
        Assert.Equal(2, await DeliverAsync(sink, 100, later));

        var received = sink.Received().Select(m => m.To.Mailboxes.Single().Address).ToList();
        Assert.Equal(12, received.Count);
        Assert.Equal(subscribers.Where(s => s.ConfirmedAt is not null).Select(s => s.Email).Order(), received.Order());
        var edition = await Fixture.QueryDbAsync(db => db.NewsletterEditions.SingleAsync(e => e.Id == id));
        Assert.Equal((EditionStatus.Sent, 12, 1), (edition.Status, edition.Recipients, edition.Number));
    }

    [Fact]
    public async Task One_click_unsubscribe_from_the_mail_header_stops_the_next_editions()
    {
        var subscribers = await SubscribersAsync(italian: 2, english: 0, unconfirmed: 0);
        await ScheduledEditionAsync();
        await using var sink = await SmtpSink.StartAsync();
        Assert.Equal(2, await DeliverAsync(sink, 100));
        var leaving = sink.Received().Single(m => m.To.Mailboxes.Single().Address == subscribers[0].Email);
        var firstWeek = sink.Received().Select(m => m.MessageId).ToHashSet();

        // What a mail client does with List-Unsubscribe and List-Unsubscribe-Post (RFC 8058): a POST, no form token, no cookie.
        var link = new Uri(leaving.Headers["List-Unsubscribe"]!.Trim('<', '>'));
        using var client = Fixture.CreateClient();
        using var content = new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]);
        using var response = await client.Http.PostAsync(new Uri(link.PathAndQuery, UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([subscribers[1].Email], await Fixture.QueryDbAsync(db => db.NewsletterSubscribers.Select(s => s.Email).ToListAsync()));

        // Next week's edition goes to the one who stayed.
        await Fixture.QueryDbAsync(db => db.NewsletterEditions.ExecuteUpdateAsync(u => u.SetProperty(e => e.WeekOf, e => e.WeekOf.AddDays(-7))));
        await ScheduledEditionAsync();
        Assert.Equal(1, await DeliverAsync(sink, 100));
        // The maildir's files are not named in the order they came: next week's mail is the one that is new.
        Assert.Equal(subscribers[1].Email, Assert.Single(sink.Received(), m => !firstWeek.Contains(m.MessageId)).To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task Only_moderators_reach_the_editions_and_a_sent_edition_cannot_be_changed()
    {
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        var member = await Fixture.CreateMemberAsync();
        var id = await Fixture.AsModerator(moderator).SendAsync(new PrepareEdition());
        using var visitor = Fixture.CreateClient();
        using var memberClient = await Fixture.SignedInClientAsync(member);
        foreach (var path in new[] { "/moderazione/aggiornamenti", $"/moderazione/aggiornamenti/{id}", $"/moderazione/aggiornamenti/{id}/anteprima/it" })
        {
            using var anonymous = await visitor.Http.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Contains("/accesso?", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
            using var refused = await memberClient.Http.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Contains("/accesso/negato", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        using (var send = await memberClient.PostAsync($"/moderazione/aggiornamenti/{id}/invio", new Dictionary<string, string> { ["now"] = "true" }))
        {
            Assert.Contains("/accesso/negato", send.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        Assert.Equal(EditionStatus.Draft, await Fixture.QueryDbAsync(db => db.NewsletterEditions.Select(e => e.Status).SingleAsync()));
        Assert.Equal(id, await Fixture.AsModerator(moderator).SendAsync(new PrepareEdition()));

        await Fixture.QueryDbAsync(db => db.NewsletterEditions.ExecuteUpdateAsync(u => u.SetProperty(e => e.Status, EditionStatus.Sent).SetProperty(e => e.Number, 1)));
        var late = await Fixture.AsModerator(moderator).SendAsync(new SaveEdition { EditionId = id, TitleIt = "Tardi", TitleEn = "Late", IntroIt = "Troppo tardi.", IntroEn = "Too late." });
        Assert.Equal(EditionErrors.AlreadySent, late.Error);
        Assert.Equal(EditionErrors.AlreadySent, (await Fixture.AsModerator(moderator).SendAsync(new ScheduleEdition(id, null))).Error);
        Assert.Equal(EditionErrors.AlreadySent, (await Fixture.AsModerator(moderator).SendAsync(new UnscheduleEdition(id))).Error);
    }
}
