using System.Net;
using ClubMediaSociali.Application.Common.Accounts;
using ClubMediaSociali.Tests.Features.Accounts;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Features.AccountSettings;

/// <summary>Passkeys' rules on the server: the last way in kept, names checked, adding only soon after proving who one is, bad answers refused plainly.</summary>
public sealed class PasskeyTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task The_last_passkey_of_a_member_without_a_password_stays_and_with_a_password_it_goes()
    {
        var member = await Fixture.CreateMemberAsync();
        var passkey = await AddPasskeyAsync(member.Id, "Telefono");
        using var client = await Fixture.SignedInClientAsync(member);
        await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == member.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.PasswordHash, (string?)null)));

        var page = await client.GetDocumentAsync("/account");
        using var refused = await client.SubmitAsync(page, $"form[action='/account/passkey/{passkey}/rimuovi']");
        var after = await client.FollowRedirectAsync(refused);
        Assert.Contains("unico modo con cui puoi accedere", after.QuerySelector(".notice-bar")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await Fixture.QueryDbAsync(db => db.UserPasskeys.CountAsync(p => p.UserId == member.Id)));

        var second = await AddPasskeyAsync(member.Id, "Portatile");
        page = await client.GetDocumentAsync("/account");
        using var removed = await client.SubmitAsync(page, $"form[action='/account/passkey/{second}/rimuovi']");
        after = await client.FollowRedirectAsync(removed);
        Assert.Contains("Passkey «Portatile» rimossa", after.QuerySelector(".notice-bar")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_passkey_name_must_be_there_and_short()
    {
        var member = await Fixture.CreateMemberAsync();
        var passkey = await AddPasskeyAsync(member.Id, "Telefono");
        using var client = await Fixture.SignedInClientAsync(member);
        var page = await client.GetDocumentAsync("/account");

        using var empty = await client.SubmitAsync(page, $"form[action='/account/passkey/{passkey}/nome']", new Dictionary<string, string> { ["name"] = " " });
        Assert.Contains("Scrivi un nome per la passkey", (await client.FollowRedirectAsync(empty)).QuerySelector(".notice-bar")!.TextContent, StringComparison.Ordinal);
        using var renamed = await client.SubmitAsync(page, $"form[action='/account/passkey/{passkey}/nome']", new Dictionary<string, string> { ["name"] = "iPhone di lavoro" });
        var after = await client.FollowRedirectAsync(renamed);
        Assert.Equal("iPhone di lavoro", after.QuerySelector(".passkey-name")!.TextContent);
    }

    [Fact]
    public async Task Adding_a_passkey_long_after_signing_in_asks_for_the_password_first()
    {
        var clock = new TestClock();
        await using var app = new ClubAppFactory(Fixture.Database.ConnectionString, null, services => services.AddSingleton<TimeProvider>(clock));
        var member = await Fixture.CreateMemberAsync();
        using var client = await Fixture.SignInAsync(new BrowserLikeClient(app.CreateClient(new() { AllowAutoRedirect = false })), member);
        clock.Advance(TimeSpan.FromMinutes(20));

        var page = await client.GetDocumentAsync("/account");
        Assert.Null(page.QuerySelector("form[data-passkey='create']"));
        Assert.NotNull(page.QuerySelector("a[href^='/account/conferma-identita']"));
        using var options = await client.PostAsync("/account/passkey/opzioni");
        Assert.Equal(HttpStatusCode.Forbidden, options.StatusCode);
        using var added = await client.PostAsync("/account/passkey", new Dictionary<string, string> { ["credential"] = "{}" });
        Assert.StartsWith("/account/conferma-identita", added.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_or_stale_passkey_answer_is_refused_on_the_sign_in_page()
    {
        using var visitor = Fixture.CreateClient();

        // No ceremony under way: nothing to check the answer against.
        using var stale = await visitor.PostAsync("/accesso/passkey", new Dictionary<string, string> { ["credential"] = "{\"id\":\"AAAA\"}" });
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Contains("non è stata riconosciuta", (await BrowserLikeClient.ParseAsync(stale)).QuerySelector(".form-summary")!.TextContent, StringComparison.Ordinal);

        // A ceremony under way, and an answer no authenticator made.
        using var options = await visitor.PostAsync("/accesso/passkey/opzioni");
        Assert.Equal(HttpStatusCode.OK, options.StatusCode);
        Assert.Contains("challenge", await options.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var forged = await visitor.PostAsync("/accesso/passkey", new Dictionary<string, string> { ["credential"] = "{\"id\":\"AAAA\",\"type\":\"public-key\"}" });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        using var account = await visitor.Http.GetAsync(new Uri("/account", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
    }

    private async Task<string> AddPasskeyAsync(Guid memberId, string name)
    {
        var passkey = Build.Passkey(memberId, name);
        await Fixture.InsertAsync(passkey);
        return PasskeyIds.IdOf(passkey.CredentialId);
    }
}
