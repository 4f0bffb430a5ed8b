using System.Net;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Network;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Features.Following;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Features.Home;

/// <summary>
/// A member's bacheca is kept for them for half a minute (PageCache.MemberPolicy, as the other pages members open most). These run on an instance that checks
/// sign-ins every minute, as in production (the shared test app checks them on every request, which renews the
/// cookie and so keeps nothing).
/// </summary>
public sealed class MemberPageCacheTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task A_bacheca_kept_for_its_member_shows_their_own_writes_and_what_comes_to_wait_for_them_on_the_next_page()
    {
        var me = await Fixture.CreateMemberAsync("Marta Lettrice");
        var giulia = await Fixture.CreateMemberAsync("Giulia Seguita");
        await Fixture.As(me).SendAsync(new Follow(FollowKind.Member, giulia.Handle, On: true));
        await using var app = new ClubAppFactory(Fixture.Database.ConnectionString, new Dictionary<string, string> { ["Security:StampValidationSeconds"] = "60" });
        using var client = await Fixture.SignInAsync(new BrowserLikeClient(app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true })), me);
        async Task<List<string>> FeedAsync() => [.. (await client.GetDocumentAsync("/")).QuerySelectorAll(".feed-item .feed-text").Select(t => t.TextContent.Trim())];
        Assert.Empty(await FeedAsync());

        // What others do reaches a kept bacheca when it expires...
        var idea = Build.Idea(giulia.Id, "Un calendario comune degli eventi");
        await Fixture.InsertAsync(idea);
        await Fixture.InsertAsync(Build.IdeaPosted(idea, DateTimeOffset.UtcNow));
        Assert.Empty(await FeedAsync());

        // ...or as soon as the member does something: here, following a tag.
        using (await client.SubmitAsync(await client.GetDocumentAsync("/repertorio/parole-chiave/video"), "form[action='/parole-chiave/video/segui']"))
        {
        }

        Assert.Equal(["Giulia Seguita ha proposto l'idea «Un calendario comune degli eventi»"], await FeedAsync());

        // A notification for the member drops it too, wherever it is written.
        Assert.Null((await client.GetDocumentAsync("/")).QuerySelector(".waiting-list a[href='/notifiche']"));
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClubDbContext>();
            db.Notifications.Add(Notification.Of(me.Id, NotificationKinds.ConnectionRequest, giulia.DisplayName, Target.Contacts, DateTimeOffset.UtcNow, actor: giulia.Id));
            await db.SaveChangesAsync();
        }

        Assert.Equal("1 notifica da leggere", (await client.GetDocumentAsync("/")).QuerySelector(".waiting-list a[href='/notifiche']")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_kept_idea_page_shows_the_members_own_vote_and_another_members_comment_on_the_next_page()
    {
        var me = await Fixture.CreateMemberAsync("Marta Lettrice");
        var giulia = await Fixture.CreateMemberAsync("Giulia Commentatrice");
        var idea = Build.Idea(giulia.Id, "Un archivio comune di casi");
        await Fixture.InsertAsync(idea);
        await using var app = new ClubAppFactory(Fixture.Database.ConnectionString, new Dictionary<string, string> { ["Security:StampValidationSeconds"] = "60" });
        BrowserLikeClient Device() => new(app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));
        using var client = await Fixture.SignInAsync(Device(), me);
        using var other = await Fixture.SignInAsync(Device(), giulia);
        var url = $"/idee/{idea.Id}";

        // Kept: the same page, antiforgery tokens included, comes back without being rendered again.
        var page = await client.GetDocumentAsync(url);
        Assert.Equal(page.DocumentElement.OuterHtml, (await client.GetDocumentAsync(url)).DocumentElement.OuterHtml);

        // The member's own vote shows on their next page...
        using (await client.SubmitAsync(page, $"form[action='/idee/{idea.Id}/voto']", submitterSelector: "button.vote-for"))
        {
        }

        page = await client.GetDocumentAsync(url);
        Assert.Equal("true", page.QuerySelector("button.vote-for")!.GetAttribute("aria-pressed"));
        Assert.Equal("1", page.QuerySelector("button.vote-for .vote-count")!.TextContent.Trim());

        // ...and so does what another member writes there, as it does for visitors.
        using (await other.SubmitAsync(await other.GetDocumentAsync(url), "form.comment-form", new Dictionary<string, string> { ["Body"] = "Ci metto i casi del mio studio." }))
        {
        }

        Assert.Contains("Ci metto i casi del mio studio.", (await client.GetDocumentAsync(url)).QuerySelector(".comment-thread")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kept_event_page_shows_the_members_registration_and_the_places_others_took()
    {
        var me = await Fixture.CreateMemberAsync("Marta Lettrice");
        var giulia = await Fixture.CreateMemberAsync("Giulia Iscritta");
        var organiser = await Fixture.CreateMemberAsync(staffRoles: Application.Domain.Members.StaffRoles.Moderator);
        var id = (await Fixture.AsModerator(organiser).SendAsync(Build.ClubMeetup("Aperitivo del Club a Parma", capacity: 10))).Value;
        await using var app = new ClubAppFactory(Fixture.Database.ConnectionString, new Dictionary<string, string> { ["Security:StampValidationSeconds"] = "60" });
        BrowserLikeClient Device() => new(app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));
        using var client = await Fixture.SignInAsync(Device(), me);
        using var other = await Fixture.SignInAsync(Device(), giulia);
        var url = $"/eventi/{id}";
        string Places(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector(".event-registration p")!.TextContent.Trim();

        var page = await client.GetDocumentAsync(url);
        Assert.Equal(page.DocumentElement.OuterHtml, (await client.GetDocumentAsync(url)).DocumentElement.OuterHtml);
        Assert.Equal("Posti liberi: 10 su 10.", Places(page));

        using (await other.SubmitAsync(await other.GetDocumentAsync(url), "form.event-register-form"))
        {
        }

        Assert.Equal("Posti liberi: 9 su 10.", Places(await client.GetDocumentAsync(url)));
        using (await client.SubmitAsync(await client.GetDocumentAsync(url), "form.event-register-form"))
        {
        }

        page = await client.GetDocumentAsync(url);
        Assert.Equal("Posti liberi: 8 su 10.", Places(page));
        Assert.Contains("Sei iscritto.", page.QuerySelector(".event-registration")!.TextContent, StringComparison.Ordinal);

        // "I miei eventi" is kept too, and shows the registration made just before.
        var mine = await client.GetDocumentAsync("/eventi/miei");
        Assert.Contains("Aperitivo del Club a Parma", mine.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(mine.DocumentElement.OuterHtml, (await client.GetDocumentAsync("/eventi/miei")).DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task Kept_conversation_pages_show_a_new_message_an_edit_and_the_members_own_answer_on_the_next_page()
    {
        var anna = await Fixture.CreateMemberAsync("Anna Scrive");
        await Fixture.TrustAsync(anna);
        var bruno = await Fixture.CreateMemberAsync("Bruno Legge");
        await using var app = new ClubAppFactory(Fixture.Database.ConnectionString, new Dictionary<string, string> { ["Security:StampValidationSeconds"] = "60" });
        BrowserLikeClient Device() => new(app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));
        using var annaClient = await Fixture.SignInAsync(Device(), anna);
        using var brunoClient = await Fixture.SignInAsync(Device(), bruno);
        using var sent = await annaClient.SubmitAsync(await annaClient.GetDocumentAsync($"/messaggi/nuovo?a={bruno.Handle}"), "form[action='/messaggi/nuovo']",
            new Dictionary<string, string> { ["Body"] = "Ciao Bruno, hai letto la mia idea?" });
        var url = sent.Headers.Location!.OriginalString.Split('#')[0];
        async Task<List<string>> MessagesAsync() => [.. (await brunoClient.GetDocumentAsync(url)).QuerySelectorAll(".message-body").Select(m => m.TextContent.Trim())];

        // Bruno's list and conversation, kept: the same page comes back.
        var list = await brunoClient.GetDocumentAsync("/messaggi");
        Assert.Equal(list.DocumentElement.OuterHtml, (await brunoClient.GetDocumentAsync("/messaggi")).DocumentElement.OuterHtml);
        Assert.Equal(["Ciao Bruno, hai letto la mia idea?"], await MessagesAsync());
        Assert.Equal(["Ciao Bruno, hai letto la mia idea?"], await MessagesAsync());

        // A new message from Anna shows on his next page, and in his list.
        var annaPage = await annaClient.GetDocumentAsync(url);
        using (await annaClient.SubmitAsync(annaPage, "form.message-form", new Dictionary<string, string> { ["Body"] = "Ti mando anche i numeri." }))
        {
        }

        Assert.Equal(["Ciao Bruno, hai letto la mia idea?", "Ti mando anche i numeri."], await MessagesAsync());
        Assert.Equal("Ti mando anche i numeri.", (await brunoClient.GetDocumentAsync("/messaggi")).QuerySelector(".conversation-preview")!.TextContent.Trim());

        // Her correction too (an edit moves no unread count): in the conversation and in his list.
        var last = (await annaClient.GetDocumentAsync(url)).QuerySelectorAll("a[href$='/modifica']")[^1].GetAttribute("href")!;
        using (await annaClient.SubmitAsync(await annaClient.GetDocumentAsync(last), "form[action$='/modifica']", new Dictionary<string, string> { ["Body"] = "Ti mando anche i numeri del 2026." }))
        {
        }

        Assert.Equal(["Ciao Bruno, hai letto la mia idea?", "Ti mando anche i numeri del 2026."], await MessagesAsync());
        Assert.Equal("Ti mando anche i numeri del 2026.", (await brunoClient.GetDocumentAsync("/messaggi")).QuerySelector(".conversation-preview")!.TextContent.Trim());

        // His own answer shows on his next page.
        using (await brunoClient.SubmitAsync(await brunoClient.GetDocumentAsync(url), "form.message-form", new Dictionary<string, string> { ["Body"] = "Grazie, li guardo stasera." }))
        {
        }

        Assert.Equal("Grazie, li guardo stasera.", (await MessagesAsync())[^1]);
    }

    [Fact]
    public async Task A_kept_bacheca_is_the_devices_own_so_its_forms_work_there()
    {
        var me = await Fixture.CreateMemberAsync("Marta Lettrice");
        await using var app = new ClubAppFactory(Fixture.Database.ConnectionString, new Dictionary<string, string> { ["Security:StampValidationSeconds"] = "60" });
        BrowserLikeClient Device() => new(app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));
        using var phone = await Fixture.SignInAsync(Device(), me);
        using var laptop = await Fixture.SignInAsync(Device(), me);

        var onPhone = await phone.GetDocumentAsync("/");
        Assert.Equal(onPhone.DocumentElement.OuterHtml, (await phone.GetDocumentAsync("/")).DocumentElement.OuterHtml);
        var onLaptop = await laptop.GetDocumentAsync("/");
        string Token(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector("form[action='/esci'] input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        Assert.NotEqual(Token(onPhone), Token(onLaptop));

        using var signedOut = await laptop.SubmitAsync(onLaptop, "form[action='/esci']");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal("La mia bacheca", (await phone.GetDocumentAsync("/")).QuerySelector("h1")!.TextContent);
    }
}
