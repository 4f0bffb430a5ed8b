using System.Net;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Features.Conversations;
using ClubMediaSociali.Tests.Infrastructure;
using ClubMediaSociali.Web.Features.Conversations;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Conversations;

public sealed class ConversationLiveTests(ClubFixture fixture) : ClubTest(fixture)
{
    private async Task<(Member Anna, Member Bruno, Guid Conversation)> TwoWritingAsync()
    {
        var anna = await Fixture.CreateMemberAsync("Anna Diretta");
        await Fixture.TrustAsync(anna);
        var bruno = await Fixture.CreateMemberAsync("Bruno Diretto");
        var conversation = (await Fixture.As(anna).SendAsync(new StartConversation { Recipients = bruno.Handle, Body = "Primo messaggio." })).Value;
        return (anna, bruno, conversation);
    }

    [Fact]
    public async Task A_participants_open_page_hears_of_a_new_message_and_fetches_just_it_while_an_outsider_cannot_watch()
    {
        var (anna, bruno, conversation) = await TwoWritingAsync();
        var outsider = await Fixture.CreateMemberAsync("Oscar Estraneo");
        await using var brunoPage = await LivePage.OpenAsync(Fixture, Fixture.Factory, bruno);
        await using var outsiderPage = await LivePage.OpenAsync(Fixture, Fixture.Factory, outsider);

        await brunoPage.Connection.InvokeAsync("Watch", conversation);
        var refused = await Assert.ThrowsAsync<HubException>(() => outsiderPage.Connection.InvokeAsync("Watch", conversation));
        Assert.Contains("not-a-participant", refused.Message, StringComparison.Ordinal);

        var seq = (await Fixture.As(anna).SendAsync(new SendMessage(conversation) { Body = "Sei lì?" })).Value;
        Assert.Equal(2, seq);
        Assert.True(await brunoPage.HearsAsync($"changed {conversation} 2"));
        Assert.True(await brunoPage.HearsAsync("unread"));
        Assert.False(await outsiderPage.HearsAsync($"changed {conversation} 2", seconds: 1));

        // What the page fetches: only what came after the last message it shows, read since the page is in view.
        var fetched = await brunoPage.Client.GetDocumentAsync($"/messaggi/{conversation}/nuovi?dopo=1&visti=true");
        Assert.Equal(["m2"], fetched.QuerySelectorAll("li.message").Select(m => m.Id));
        Assert.Equal("Sei lì?", fetched.QuerySelector("li.message .message-body")!.TextContent.Trim());
        var list = await brunoPage.Client.GetDocumentAsync("/messaggi");
        Assert.Null(list.QuerySelector("#messaggi-nav .notification-count"));
        using var outsiders = await outsiderPage.Client.Http.GetAsync(new Uri($"/messaggi/{conversation}/nuovi?dopo=0&visti=true", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, outsiders.StatusCode);

        // An edit is told with the message's own number; the page fetches it again from there on.
        var message = await Fixture.QueryDbAsync(db => db.Messages.Where(m => m.ConversationId == conversation && m.Seq == 2).Select(m => m.Id).SingleAsync());
        Assert.True((await Fixture.As(anna).SendAsync(new EditMessage(message) { Body = "Sei lì? Ti aspetto." })).IsSuccess);
        Assert.True(await brunoPage.HearsAsync($"changed {conversation} 2"));
    }

    [Fact]
    public async Task A_page_coming_back_after_more_than_a_page_of_messages_is_told_to_load_again_and_not_read_unless_in_view()
    {
        var (anna, bruno, conversation) = await TwoWritingAsync();
        for (var i = 0; i < GetConversation.PageSize + 1; i++)
        {
            await Fixture.As(anna).SendAsync(new SendMessage(conversation) { Body = $"Messaggio {i}." });
        }

        using var client = await Fixture.SignedInClientAsync(bruno);
        using var tooMany = await client.Http.GetAsync(new Uri($"/messaggi/{conversation}/nuovi?dopo=0&visti=true", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Conflict, tooMany.StatusCode);

        var hidden = await client.GetDocumentAsync($"/messaggi/{conversation}/nuovi?dopo=20&visti=false");
        Assert.Equal(12, hidden.QuerySelectorAll("li.message").Length);
        Assert.Equal(1, await Fixture.As(bruno).SendAsync(new CountUnreadConversations(bruno.Id)));
    }

    [Fact]
    public async Task Without_a_sign_in_there_is_no_live_connection()
    {
        using var client = Fixture.CreateClient();
        using var negotiate = await client.Http.PostAsync(new Uri(ConversationHub.Path + "/negotiate?negotiateVersion=1", UriKind.Relative), null);
        Assert.NotEqual(HttpStatusCode.OK, negotiate.StatusCode);
    }
}

/// <summary>Two instances of the app on one database and one real Redis, as behind a load balancer.</summary>
public sealed class ConversationLiveInstancesTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task A_message_sent_through_one_instance_reaches_a_page_open_on_the_other()
    {
        await using var redis = await RedisServer.StartAsync();
        var settings = new Dictionary<string, string> { ["ConnectionStrings:Redis"] = redis.ConnectionString };
        await using var first = new ClubAppFactory(Fixture.Database.ConnectionString, settings);
        await using var second = new ClubAppFactory(Fixture.Database.ConnectionString, settings);
        var anna = await Fixture.CreateMemberAsync("Anna Prima");
        await Fixture.TrustAsync(anna);
        var bruno = await Fixture.CreateMemberAsync("Bruno Secondo");
        var conversation = (await Fixture.As(anna).SendAsync(new StartConversation { Recipients = bruno.Handle, Body = "Ciao." })).Value;

        await using var annaOnFirst = await LivePage.OpenAsync(Fixture, first, anna);
        await using var brunoOnSecond = await LivePage.OpenAsync(Fixture, second, bruno);
        await brunoOnSecond.Connection.InvokeAsync("Watch", conversation);

        var page = await annaOnFirst.Client.GetDocumentAsync($"/messaggi/{conversation}");
        using var sent = await annaOnFirst.Client.SubmitAsync(page, "form.message-form", new Dictionary<string, string> { ["Body"] = "Dal primo server." });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        Assert.True(await brunoOnSecond.HearsAsync($"changed {conversation} 2"));
        Assert.True(await brunoOnSecond.HearsAsync("unread"));
        var badge = await brunoOnSecond.Client.GetDocumentAsync("/messaggi/conteggio");
        Assert.Equal("1", badge.QuerySelector(".notification-count")!.TextContent.Trim());
    }
}
