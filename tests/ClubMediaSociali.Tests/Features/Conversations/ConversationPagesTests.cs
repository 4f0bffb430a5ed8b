using System.Net;
using ClubMediaSociali.Tests.Infrastructure;

namespace ClubMediaSociali.Tests.Features.Conversations;

public sealed class ConversationPagesTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task A_member_writes_from_a_profile_and_the_other_reads_and_answers_with_unread_counts_on_the_list()
    {
        var anna = await Fixture.CreateMemberAsync("Anna Scrive");
        await Fixture.TrustAsync(anna);
        var bruno = await Fixture.CreateMemberAsync("Bruno Legge");
        using var annaClient = await Fixture.SignedInClientAsync(anna);

        var profile = await annaClient.GetDocumentAsync($"/membri/{bruno.Handle}");
        var write = profile.QuerySelector($".connect-actions a[href='/messaggi/nuovo?a={bruno.Handle}']")!;
        var form = await annaClient.GetDocumentAsync(write.GetAttribute("href")!);
        Assert.Equal(bruno.Handle, form.QuerySelector("input[name='Recipients']")!.GetAttribute("value"));

        // An empty message comes back with the reason, the recipient kept.
        using var empty = await annaClient.SubmitAsync(form, "form[action='/messaggi/nuovo']", new Dictionary<string, string> { ["Body"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var again = await BrowserLikeClient.ParseAsync(empty);
        Assert.Equal("Scrivi il messaggio.", again.QuerySelector("#Body-errore")!.TextContent.Trim());
        Assert.Equal(bruno.Handle, again.QuerySelector("input[name='Recipients']")!.GetAttribute("value"));

        using var sent = await annaClient.SubmitAsync(again, "form[action='/messaggi/nuovo']", new Dictionary<string, string> { ["Body"] = "Ciao Bruno, hai letto la mia idea?" });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var conversation = await annaClient.FollowRedirectAsync(sent);
        Assert.Equal(["Ciao Bruno, hai letto la mia idea?"], conversation.QuerySelectorAll(".message-body").Select(m => m.TextContent.Trim()));

        using var brunoClient = await Fixture.SignedInClientAsync(bruno);
        var list = await brunoClient.GetDocumentAsync("/messaggi");
        Assert.Equal("1", list.QuerySelector("#messaggi-nav .notification-count")!.TextContent.Trim());
        var line = list.QuerySelector(".conversation-line")!;
        Assert.Contains("conversation-unread", line.ClassList);
        Assert.Equal("Anna Scrive", line.QuerySelector(".conversation-name")!.TextContent.Trim());
        Assert.Equal("1", line.QuerySelector(".badge")!.TextContent.Trim());

        var page = await brunoClient.GetDocumentAsync(line.QuerySelector("a")!.GetAttribute("href")!.Split('#')[0]);
        using var answered = await brunoClient.SubmitAsync(page, "form.message-form", new Dictionary<string, string> { ["Body"] = "Sì, mi piace molto." });
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var read = await brunoClient.GetDocumentAsync("/messaggi");
        Assert.Null(read.QuerySelector(".conversation-unread"));
        Assert.Null(read.QuerySelector("#messaggi-nav .notification-count"));
        var annaList = await annaClient.GetDocumentAsync("/messaggi");
        Assert.Equal("Sì, mi piace molto.", annaList.QuerySelector(".conversation-unread .conversation-preview")!.TextContent.Trim());

        // An empty answer keeps the page, with the reason; a post without the form's token is refused.
        using var blank = await brunoClient.SubmitAsync(page, "form.message-form", new Dictionary<string, string> { ["Body"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Contains("Scrivi il messaggio.", (await BrowserLikeClient.ParseAsync(blank)).QuerySelector(".message-form")!.TextContent, StringComparison.Ordinal);
        using var forged = await brunoClient.Http.PostAsync(new Uri(page.QuerySelector("form.message-form")!.GetAttribute("action")!, UriKind.Relative),
            new FormUrlEncodedContent([new("Body", "Senza gettone.")]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        // Sent by the open page's script: nothing to render, the page fetches the message as it does the others'.
        using var viaScript = await brunoClient.SubmitAsync(page, "form.message-form", new Dictionary<string, string> { ["Body"] = "A domani." }, htmx: true);
        Assert.Equal(HttpStatusCode.NoContent, viaScript.StatusCode);
        var fetched = await brunoClient.GetDocumentAsync($"{page.QuerySelector("form.message-form")!.GetAttribute("action")}/nuovi?dopo=2&visti=true");
        Assert.Equal(["A domani."], fetched.QuerySelectorAll("li.message-mine .message-body").Select(m => m.TextContent.Trim()));
    }

    [Fact]
    public async Task A_newcomer_refused_by_the_recipients_setting_reads_why_beside_what_they_typed()
    {
        var newcomer = await Fixture.CreateMemberAsync("Nico Nuovo");
        var rita = await Fixture.CreateMemberAsync("Rita Riservata");
        using var client = await Fixture.SignedInClientAsync(newcomer);
        var form = await client.GetDocumentAsync($"/messaggi/nuovo?a={rita.Handle}");
        using var refused = await client.SubmitAsync(form, "form[action='/messaggi/nuovo']", new Dictionary<string, string> { ["Body"] = "Posso presentarmi?" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await BrowserLikeClient.ParseAsync(refused);
        Assert.Contains("Non è possibile scrivere a questo membro", page.QuerySelector(".form-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Posso presentarmi?", page.QuerySelector("textarea[name='Body']")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_member_searches_their_own_messages_with_italian_matching_and_finds_nothing_of_others()
    {
        var anna = await Fixture.CreateMemberAsync("Anna Cerca");
        await Fixture.TrustAsync(anna);
        var bruno = await Fixture.CreateMemberAsync("Bruno Risponde");
        var carla = await Fixture.CreateMemberAsync("Carla Altrove");
        await Fixture.TrustAsync(bruno);
        var conversation = (await Fixture.As(anna).SendAsync(new Application.Features.Conversations.StartConversation { Recipients = bruno.Handle, Body = "Ti mando il preventivo per le campagne social." })).Value;
        await Fixture.As(bruno).SendAsync(new Application.Features.Conversations.SendMessage(conversation) { Body = "Perché il prezzo è cambiato?" });
        await Fixture.As(bruno).SendAsync(new Application.Features.Conversations.SendMessage(conversation) { Body = "Parliamone domani." });
        var theirs = (await Fixture.As(bruno).SendAsync(new Application.Features.Conversations.StartConversation { Recipients = carla.Handle, Body = "Anche a te un preventivo." })).Value;
        Assert.NotEqual(conversation, theirs);

        using var client = await Fixture.SignedInClientAsync(anna);
        var list = await client.GetDocumentAsync("/messaggi");
        using var searched = await client.SubmitAsync(list, "form[action='/messaggi/cerca']", new Dictionary<string, string> { ["q"] = "campagna preventivi" });
        Assert.Equal(HttpStatusCode.OK, searched.StatusCode);
        var found = await BrowserLikeClient.ParseAsync(searched);
        Assert.Equal(["Tu: Ti mando il preventivo per le campagne social."], found.QuerySelectorAll(".message-results .conversation-line").Select(l =>
            $"{l.QuerySelector(".conversation-name")!.TextContent.Trim()}: {l.QuerySelector(".conversation-preview")!.TextContent.Trim()}"));
        var accents = await client.GetDocumentAsync("/messaggi/cerca?q=perche");
        var link = accents.QuerySelector(".message-results a")!.GetAttribute("href")!;
        Assert.Equal($"/messaggi/{conversation}?prima=3#m2", link);
        var shown = await client.GetDocumentAsync(link.Split('#')[0]);
        Assert.Equal("Perché il prezzo è cambiato?", shown.QuerySelectorAll("li.message .message-body")[^1].TextContent.Trim());
        Assert.Contains("Nessun messaggio trovato", (await client.GetDocumentAsync("/messaggi/cerca?q=fatture")).QuerySelector(".notice-inline")!.TextContent, StringComparison.Ordinal);
    }
}
