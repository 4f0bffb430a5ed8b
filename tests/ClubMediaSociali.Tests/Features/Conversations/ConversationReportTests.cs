using System.Net;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Features.Conversations;
using ClubMediaSociali.Application.Features.Moderation;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Conversations;

public sealed class ConversationReportTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task A_reported_message_reaches_the_moderators_as_a_snapshot_of_ten_around_it_and_every_reading_is_audited()
    {
        var anna = await Fixture.CreateMemberAsync("Anna Molesta");
        await Fixture.TrustAsync(anna);
        var bruno = await Fixture.CreateMemberAsync("Bruno Segnala");
        var outsider = await Fixture.CreateMemberAsync("Oscar Estraneo");
        var conversation = (await Fixture.As(anna).SendAsync(new StartConversation { Recipients = bruno.Handle, Body = "Messaggio 1." })).Value;
        for (var i = 2; i <= 14; i++)
        {
            await Fixture.As(i % 4 == 0 ? bruno : anna).SendAsync(new SendMessage(conversation) { Body = $"Messaggio {i}." });
        }

        var seventh = await Fixture.QueryDbAsync(db => db.Messages.Where(m => m.ConversationId == conversation && m.Seq == 7).Select(m => m.Id).SingleAsync());
        var eighth = await Fixture.QueryDbAsync(db => db.Messages.Where(m => m.ConversationId == conversation && m.Seq == 8).Select(m => m.Id).SingleAsync());
        Assert.Equal(ConversationErrors.NotFound, (await Fixture.As(outsider).SendAsync(new ReportConversation(conversation, seventh))).Error);
        Assert.Equal(ConversationErrors.OwnMessage, (await Fixture.As(bruno).SendAsync(new ReportConversation(conversation, eighth))).Error);
        var reported = await Fixture.As(bruno).SendAsync(new ReportConversation(conversation, seventh) { Reason = "Mi offende." });
        Assert.True(reported.IsSuccess);
        Assert.Equal(reported.Value, (await Fixture.As(bruno).SendAsync(new ReportConversation(conversation, seventh))).Value);

        // The author changes it afterwards: the evidence stays as reported.
        Assert.True((await Fixture.As(anna).SendAsync(new DeleteMessage(seventh))).IsSuccess);

        var moderator = await Fixture.CreateMemberAsync("Marta Moderatrice", staffRoles: Application.Domain.Members.StaffRoles.Moderator);
        Assert.Equal(1, (await Fixture.SendAsync(new CountModerationWork())).Reports);
        var line = Assert.Single(await Fixture.SendAsync(new GetMessageReports()));
        Assert.Equal(("Bruno Segnala", "Mi offende.", false), (line.ReporterName, line.Reason, line.WholeConversation));
        var read = (await Fixture.AsModerator(moderator).SendAsync(new ReadMessageReport(reported.Value))).Value;
        Assert.Equal([2L, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], read.Lines.Select(l => l.Line.Seq));
        var shown = Assert.Single(read.Lines, l => l.Line.Reported);
        Assert.Equal(("Messaggio 7.", "Anna Molesta", anna.Handle), (shown.Line.Text, shown.Line.AuthorName, shown.AuthorHandle));
        Assert.Equal(
            [AuditActions.ReadMessageReport],
            await Fixture.QueryDbAsync(db => db.AuditLog.Where(a => a.ActorId == moderator.Id).Select(a => a.Action).ToListAsync()));

        Assert.True((await Fixture.AsModerator(moderator).SendAsync(new CloseMessageReport(reported.Value, ActedOn: true))).IsSuccess);
        Assert.Equal(ModerationErrors.AlreadyDecided, (await Fixture.AsModerator(moderator).SendAsync(new CloseMessageReport(reported.Value, ActedOn: false))).Error);
        Assert.Equal(0, (await Fixture.SendAsync(new CountModerationWork())).Reports);
        Assert.Contains(AuditActions.ActOnMessageReport, await Fixture.QueryDbAsync(db => db.AuditLog.Where(a => a.ActorId == moderator.Id).Select(a => a.Action).ToListAsync()));
    }

    [Fact]
    public async Task The_reporter_sees_the_report_was_received_and_a_too_long_reason_comes_back_as_typed()
    {
        var anna = await Fixture.CreateMemberAsync("Anna Molesta");
        await Fixture.TrustAsync(anna);
        var bruno = await Fixture.CreateMemberAsync("Bruno Segnala");
        var conversation = (await Fixture.As(anna).SendAsync(new StartConversation { Recipients = bruno.Handle, Body = "Compra i miei follower!" })).Value;
        using var client = await Fixture.SignedInClientAsync(bruno);

        var form = await client.GetDocumentAsync($"/messaggi/{conversation}/segnala");
        var tooLong = new string('a', 501);
        using var refused = await client.SubmitAsync(form, "form[action$='/segnala']", new Dictionary<string, string> { ["Reason"] = tooLong });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var again = await BrowserLikeClient.ParseAsync(refused);
        Assert.False(string.IsNullOrWhiteSpace(again.QuerySelector("#Reason-errore")!.TextContent));
        Assert.Equal(tooLong, again.QuerySelector("textarea[name='Reason']")!.TextContent);

        var page = await client.GetDocumentAsync($"/messaggi/{conversation}");
        using var sent = await client.SubmitAsync(page, "details.message-report form", new Dictionary<string, string> { ["Reason"] = "Spam." });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var after = await client.FollowRedirectAsync(sent);
        Assert.Contains("Segnalazione ricevuta", after.QuerySelector(".notice, [role='status']")?.TextContent ?? after.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Hai segnalato questo messaggio ai moderatori.", after.QuerySelector(".message-reported")!.TextContent.Trim());
        Assert.Null(after.QuerySelector("details.message-report"));
    }
}

public sealed class ConversationSpamTests(ClubFixture fixture) : ClubTest(fixture)
{
    private const string Crypto = "Ho guadagnato 2.500€ in una settimana con il trading automatico di Bitcoin! Nessun rischio, rendimento garantito. Scrivimi su WhatsApp +39 351 234 5678 per iniziare.";

    [Fact]
    public async Task A_newcomers_spam_message_waits_for_a_moderator_unseen_by_the_recipient_and_arrives_counted_when_let_through()
    {
        var spammer = await Fixture.CreateMemberAsync("Sergio Nuovo");
        var bruno = await Fixture.CreateMemberAsync("Bruno Destinatario");
        await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == bruno.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.MessagePolicy, Application.Domain.Conversations.MessagePolicy.Everyone)));
        var conversation = (await Fixture.As(spammer).SendAsync(new StartConversation { Recipients = bruno.Handle, Body = Crypto })).Value;

        // Held: its author sees it waiting; the recipient sees nothing at all, counts nothing, gets no mail.
        var authors = (await Fixture.As(spammer).SendAsync(new GetConversation(conversation))).Value;
        Assert.True(Assert.Single(authors.Messages).Held);
        Assert.Empty((await Fixture.As(bruno).SendAsync(new ListMyConversations())).Conversations);
        Assert.Equal(0, await Fixture.As(bruno).SendAsync(new CountUnreadConversations(bruno.Id, Fresh: true)));
        Assert.Empty((await Fixture.As(bruno).SendAsync(new GetConversation(conversation))).Value.Messages);
        Assert.Empty(await Fixture.SendAsync(new TakeDueMessageMails(DateTimeOffset.UtcNow.AddHours(1))));
        var hold = await Fixture.QueryDbAsync(db => db.HeldItems.SingleAsync(h => h.AuthorId == spammer.Id));
        Assert.Equal(ContentKind.Message, hold.Kind);

        var moderator = await Fixture.CreateMemberAsync("Marta Moderatrice", staffRoles: Application.Domain.Members.StaffRoles.Moderator);
        Assert.True((await Fixture.AsModerator(moderator).SendAsync(new ReviewHeldItem { HoldId = hold.Id, Decision = HeldDecision.Approve })).IsSuccess);
        Assert.Single((await Fixture.As(bruno).SendAsync(new ListMyConversations())).Conversations);
        Assert.Equal(1, await Fixture.As(bruno).SendAsync(new CountUnreadConversations(bruno.Id, Fresh: true)));
        Assert.NotNull(await Fixture.QueryDbAsync(db => db.ConversationParticipants.Where(p => p.MemberId == bruno.Id).Select(p => p.MailDueAt).SingleAsync()));

        // Marked as a spammer: their messages leave the others' conversations and counts.
        Assert.True((await Fixture.As(spammer).SendAsync(new SendMessage(conversation) { Body = Crypto + " Ultimi posti!" })).IsSuccess);
        var second = await Fixture.QueryDbAsync(db => db.HeldItems.SingleAsync(h => h.AuthorId == spammer.Id && h.DecidedAt == null));
        Assert.True((await Fixture.AsModerator(moderator).SendAsync(new ReviewHeldItem { HoldId = second.Id, Decision = HeldDecision.Spam })).IsSuccess);
        Assert.Empty((await Fixture.As(bruno).SendAsync(new GetConversation(conversation))).Value.Messages);
        Assert.Equal(0, await Fixture.As(bruno).SendAsync(new CountUnreadConversations(bruno.Id, Fresh: true)));
    }
}
