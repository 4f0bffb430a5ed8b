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
}
