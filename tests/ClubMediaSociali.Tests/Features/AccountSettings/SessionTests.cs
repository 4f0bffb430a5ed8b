using System.Net;
using ClubMediaSociali.Tests.Features.Accounts;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.AccountSettings;

/// <summary>The account page's list of signed-in devices, and ending them, here and on another instance.</summary>
public sealed class SessionTests(ClubFixture fixture) : ClubTest(fixture)
{
    private const string PhoneAgent = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
    private const string DesktopAgent = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15";

    [Fact]
    public async Task The_account_page_lists_each_device_and_ends_the_one_chosen_at_once()
    {
        var member = await Fixture.CreateMemberAsync();
        using var desktop = await SignedInWithAgentAsync(Fixture.CreateClient(), member, DesktopAgent);
        using var phone = await SignedInWithAgentAsync(Fixture.CreateClient(), member, PhoneAgent);

        var page = await desktop.GetDocumentAsync("/account");
        var rows = page.QuerySelectorAll(".session-item").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("Safari su macOS", rows[0], StringComparison.Ordinal);
        Assert.Contains("questo dispositivo", rows[0], StringComparison.Ordinal);
        Assert.Contains("Chrome su Android", rows[1], StringComparison.Ordinal);
        Assert.Contains("Password", rows[1], StringComparison.Ordinal);

        using var ended = await desktop.SubmitAsync(page, ".session-item form");
        var after = await desktop.FollowRedirectAsync(ended);
        Assert.Contains("Sessione terminata", after.QuerySelector(".notice-bar")!.TextContent, StringComparison.Ordinal);
        Assert.Single(after.QuerySelectorAll(".session-item"));
        await AssertSignedOutAsync(phone);
        await desktop.GetDocumentAsync("/account");
    }

    [Fact]
    public async Task Ending_all_the_others_keeps_only_this_device_and_signing_out_ends_it()
    {
        var member = await Fixture.CreateMemberAsync();
        using var here = await Fixture.SignedInClientAsync(member);
        using var second = await Fixture.SignedInClientAsync(member);
        using var third = await Fixture.SignedInClientAsync(member);

        var page = await here.GetDocumentAsync("/account");
        using var ended = await here.SubmitAsync(page, "form[action='/account/sessioni/termina-le-altre']");
        var after = await here.FollowRedirectAsync(ended);
        Assert.Contains("Hai chiuso 2 altre sessioni", after.QuerySelector(".notice-bar")!.TextContent, StringComparison.Ordinal);
        await AssertSignedOutAsync(second);
        await AssertSignedOutAsync(third);
        Assert.Null(after.QuerySelector("form[action='/account/sessioni/termina-le-altre']"));

        var home = await here.GetDocumentAsync("/");
        using var signedOut = await here.SubmitAsync(home, "form[action='/esci']");
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.MemberSessions.CountAsync(s => s.MemberId == member.Id && s.EndedAt == null)));
    }

    [Fact]
    public async Task A_member_cannot_end_someone_elses_session()
    {
        var owner = await Fixture.CreateMemberAsync("Olga Sessione");
        var stranger = await Fixture.CreateMemberAsync("Sandro Estraneo");
        using var ownerClient = await Fixture.SignedInClientAsync(owner);
        var session = await Fixture.QueryDbAsync(db => db.MemberSessions.Where(s => s.MemberId == owner.Id).Select(s => s.Id).SingleAsync());
        using var strangerClient = await Fixture.SignedInClientAsync(stranger);

        using var refused = await strangerClient.PostAsync($"/account/sessioni/{session}/termina");

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        await ownerClient.GetDocumentAsync("/account");
    }

    [Fact]
    public async Task A_session_ended_through_one_instance_is_refused_by_another_within_seconds()
    {
        var settings = new Dictionary<string, string> { ["Security:SessionCheckSeconds"] = "1" };
        await using var first = new ClubAppFactory(Fixture.Database.ConnectionString, settings);
        await using var second = new ClubAppFactory(Fixture.Database.ConnectionString, settings);
        var member = await Fixture.CreateMemberAsync();
        using var onFirst = await Fixture.SignInAsync(new BrowserLikeClient(first.CreateClient(new() { AllowAutoRedirect = false })), member);
        using var onSecond = await Fixture.SignInAsync(new BrowserLikeClient(second.CreateClient(new() { AllowAutoRedirect = false })), member);
        await onSecond.GetDocumentAsync("/account");

        var page = await onFirst.GetDocumentAsync("/account");
        using var ended = await onFirst.SubmitAsync(page, "form[action='/account/sessioni/termina-le-altre']");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);

        var refusedAt = DateTimeOffset.UtcNow.AddSeconds(10);
        HttpStatusCode status;
        do
        {
            await Task.Delay(250);
            using var response = await onSecond.Http.GetAsync(new Uri("/account", UriKind.Relative));
            status = response.StatusCode;
        }
        while (status == HttpStatusCode.OK && DateTimeOffset.UtcNow < refusedAt);

        Assert.Equal(HttpStatusCode.Redirect, status);
        await AssertSignedOutAsync(onSecond);
    }

    private async Task<BrowserLikeClient> SignedInWithAgentAsync(BrowserLikeClient client, Application.Domain.Members.Member member, string agent)
    {
        client.Http.DefaultRequestHeaders.UserAgent.ParseAdd(agent);
        return await Fixture.SignInAsync(client, member);
    }

    private static async Task AssertSignedOutAsync(BrowserLikeClient client)
    {
        using var response = await client.Http.GetAsync(new Uri("/account", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/accesso", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }
}
