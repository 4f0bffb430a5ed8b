using System.Net;
using ClubMediaSociali.Application.Features.Conversations;
using ClubMediaSociali.Tests.Infrastructure;
using ClubMediaSociali.Web.Infrastructure.Jobs;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Features.Conversations;

public sealed class ConversationMailTests(ClubFixture fixture) : ClubTest(fixture)
{
    private static async Task<int> RunJobAsync(ClubFixture fixture, SmtpSink sink, TimeProvider clock)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var job = new MessageMailJob(
            services.GetRequiredService<IMediator>(), sink.Sender(), services.GetRequiredService<Web.Infrastructure.Links.ISiteAddress>(),
            services.GetRequiredService<Application.Common.Email.EmailTokens>(),
            services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Web.SharedResource>>(), clock);
        return await job.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_message_unread_after_15_minutes_is_mailed_once_grouped_with_the_others_and_never_when_read_muted_or_stopped()
    {
        var anna = await Fixture.CreateMemberAsync("Anna Mittente");
        await Fixture.TrustAsync(anna);
        var bruno = await Fixture.CreateMemberAsync("Bruno Assente");
        var dora = await Fixture.CreateMemberAsync("Dora Attenta");
        var elio = await Fixture.CreateMemberAsync("Elio Silenzioso");
        var toBruno = (await Fixture.As(anna).SendAsync(new StartConversation { Recipients = bruno.Handle, Body = "Ciao Bruno, hai un minuto?" })).Value;
        await Fixture.As(anna).SendAsync(new SendMessage(toBruno) { Body = "Ti scrivo per il **progetto** della cantina." });
        var toDora = (await Fixture.As(anna).SendAsync(new StartConversation { Recipients = dora.Handle, Body = "Ciao Dora." })).Value;
        var toElio = (await Fixture.As(anna).SendAsync(new StartConversation { Recipients = elio.Handle, Body = "Ciao Elio." })).Value;
        await Fixture.As(dora).SendAsync(new MarkConversationRead(toDora, 1));
        await Fixture.As(elio).SendAsync(new ChangeMyConversation(toElio, MyConversationChange.Mute));

        await using var sink = await SmtpSink.StartAsync();
        var clock = new TestClock();
        clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(0, await RunJobAsync(Fixture, sink, clock));

        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await RunJobAsync(Fixture, sink, clock));
        var mail = Assert.Single(sink.Received());
        Assert.Equal(bruno.Email, mail.To.Mailboxes.Single().Address);
        Assert.Equal("Anna Mittente ti ha scritto nel Club", mail.Subject);
        Assert.Contains("hai 2 messaggi da leggere da Anna Mittente", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Anna Mittente: «Ciao Bruno, hai un minuto?»", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Anna Mittente: «Ti scrivo per il progetto della cantina.»", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"http://localhost/messaggi/{toBruno}#ultimo", mail.TextBody, StringComparison.Ordinal);

        // Once: the next runs send nothing more for the same messages.
        clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(0, await RunJobAsync(Fixture, sink, clock));

        // A new message waits its own 15 minutes and is mailed alone, without those already mailed.
        // Files are not in the mail: it says they are there.
        var file = (await Fixture.As(anna).SendAsync(new Application.Features.Media.UploadAttachments(
            [new("listino.pdf", Media.PictureCorpus.Pdf("Listino"))], Application.Features.Media.AttachmentUse.Message))).Accepted.Single();
        await Fixture.As(anna).SendAsync(new SendMessage(toBruno) { Body = "Ti richiamo domani.", AttachmentIds = [file] });
        Assert.Equal(0, await RunJobAsync(Fixture, sink, TimeProvider.System));
        var later = new TestClock();
        later.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(1, await RunJobAsync(Fixture, sink, later));
        // The maildir's files are not named in the order they came: the new mail is the one that is not the first.
        var second = Assert.Single(sink.Received(), m => m.MessageId != mail.MessageId);
        Assert.Contains("hai un messaggio da leggere da Anna Mittente", second.TextBody, StringComparison.Ordinal);
        Assert.Contains("Anna Mittente: «Ti richiamo domani.» (1 file allegato)", second.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("listino.pdf", second.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("hai un minuto", second.TextBody, StringComparison.Ordinal);

        // "Nessuna email per questa conversazione": one click, no form token; then no mail for it, the conversation kept.
        var stop = new Uri(second.Headers["List-Unsubscribe"]!.Trim('<', '>')).PathAndQuery;
        using var visitor = Fixture.CreateClient();
        var page = await visitor.GetDocumentAsync(stop);
        Assert.NotNull(page.QuerySelector("form button.btn-primary"));
        using var oneClick = await visitor.Http.PostAsync(new Uri(stop, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.StartsWith("Fatto", (await BrowserLikeClient.ParseAsync(oneClick)).QuerySelector(".lede-dark")!.TextContent, StringComparison.Ordinal);
        await Fixture.As(anna).SendAsync(new SendMessage(toBruno) { Body = "Ci sei?" });
        Assert.Equal(0, await RunJobAsync(Fixture, sink, later));
        Assert.Equal(2, sink.Received().Count);

        // The signed link works for its member and conversation only.
        using var forged = await visitor.Http.PostAsync(new Uri(stop.Replace(bruno.Id.ToString(), dora.Id.ToString(), StringComparison.Ordinal), UriKind.Relative), new FormUrlEncodedContent([]));
        Assert.StartsWith("Questo collegamento non è valido", (await BrowserLikeClient.ParseAsync(forged)).QuerySelector(".lede-dark")!.TextContent, StringComparison.Ordinal);
        Assert.False(await Fixture.QueryDbAsync(db => db.ConversationParticipants.Where(p => p.MemberId == dora.Id).Select(p => p.MailOff).SingleAsync()));
    }

    [Fact]
    public async Task A_member_who_turned_message_mail_off_in_the_preferences_gets_none()
    {
        var anna = await Fixture.CreateMemberAsync("Anna Mittente");
        await Fixture.TrustAsync(anna);
        var bruno = await Fixture.CreateMemberAsync("Bruno Riservato");
        using var client = await Fixture.SignedInClientAsync(bruno);
        var preferences = await client.GetDocumentAsync("/notifiche/preferenze");
        Assert.NotNull(preferences.QuerySelector("#messageMail-True[checked]"));
        using var saved = await client.SubmitAsync(preferences, "form[action='/notifiche/preferenze']", new Dictionary<string, string> { ["messageMail"] = "false" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.NotNull((await client.GetDocumentAsync("/notifiche/preferenze")).QuerySelector("#messageMail-False[checked]"));

        await Fixture.As(anna).SendAsync(new StartConversation { Recipients = bruno.Handle, Body = "Ciao Bruno." });
        await using var sink = await SmtpSink.StartAsync();
        var clock = new TestClock();
        clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(0, await RunJobAsync(Fixture, sink, clock));
        Assert.Empty(sink.Received());
    }
}
