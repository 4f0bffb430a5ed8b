using System.Net;
using AngleSharp.Dom;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Accounts;

/// <summary>
/// Joining, signing in and linking with an OpenID Connect provider, against a real one (OpenIddict) started here:
/// the authorization code flow with PKCE, the state checked, addresses trusted only when verified, an existing
/// account's address linked only from inside that account, the last way in kept, staff's second step kept.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes the provider and the app through IAsyncLifetime.DisposeAsync.")]
public sealed class ExternalSignInTests(ClubFixture fixture) : ClubTest(fixture), IAsyncLifetime
{
    private const string Scheme = "aziendale";
    private const string RedirectUri = $"http://localhost/accesso/esterno/{Scheme}/ritorno";

    private OidcServer _provider = null!;
    private ClubAppFactory _app = null!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        _provider = await OidcServer.StartAsync(RedirectUri);
        _app = new ClubAppFactory(Fixture.Database.ConnectionString, _provider.Settings(Scheme, "Azienda Uno"));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await _app.DisposeAsync();
        await _provider.DisposeAsync();
    }

    [Fact]
    public async Task A_newcomer_joins_with_the_provider_gives_the_consents_and_signs_in_with_it_again()
    {
        _provider.SignedIn = new ProviderAccount("sub-0001", "Giulia Esterna", "giulia@azienda-uno.it", EmailVerified: true);
        using var club = Client();

        var back = await SignInWithProviderAsync(club);
        Assert.Equal("/accesso/esterno/iscriviti", back.Headers.Location!.PathAndQuery());
        var join = await club.GetDocumentAsync("/accesso/esterno/iscriviti");
        Assert.Equal("Giulia Esterna", join.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#DisplayName")!.Value);
        Assert.Equal("giulia@azienda-uno.it", join.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Email")!.Value);
        using var refused = await club.SubmitAsync(join, "form[action='/accesso/esterno/iscriviti']", new Dictionary<string, string> { ["PrimaryRoleId"] = "1" });
        var again = await BrowserLikeClient.ParseAsync(refused);
        Assert.Contains("condizioni d'uso", again.QuerySelector("#AcceptTerms-errore")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Giulia Esterna", again.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#DisplayName")!.Value);

        using var joined = await club.SubmitAsync(again, "form[action='/accesso/esterno/iscriviti']",
            new Dictionary<string, string> { ["PrimaryRoleId"] = "1", ["AcceptTerms"] = "true" });
        Assert.Equal("/profilo/modifica", joined.Headers.Location!.PathAndQuery());
        var member = await Fixture.QueryDbAsync(db => db.Users.SingleAsync(m => m.Email == "giulia@azienda-uno.it"));
        Assert.True(member.EmailConfirmed);
        Assert.Null(member.PasswordHash);
        Assert.Equal("sub-0001", await Fixture.QueryDbAsync(db => db.UserLogins.Where(l => l.UserId == member.Id && l.LoginProvider == Scheme).Select(l => l.ProviderKey).SingleAsync()));
        Assert.Equal(3, await Fixture.QueryDbAsync(db => db.ConsentRecords.CountAsync(c => c.MemberId == member.Id)));
        var account = await club.GetDocumentAsync("/account");
        Assert.Contains("Account Azienda Uno", account.QuerySelector("section[aria-labelledby='sessioni-titolo'] .session-item")!.TextContent, StringComparison.Ordinal);

        using var fresh = Client();
        var signedIn = await SignInWithProviderAsync(fresh);
        Assert.Equal("/", signedIn.Headers.Location!.PathAndQuery());
        await fresh.GetDocumentAsync("/account");
    }

    [Fact]
    public async Task An_address_the_provider_did_not_verify_is_confirmed_by_mail_and_never_reaches_an_existing_account()
    {
        var existing = await Fixture.CreateMemberAsync("Olga Esistente");
        _provider.SignedIn = new ProviderAccount("sub-0002", "Impostore", existing.Email!, EmailVerified: false);
        using var club = Client();

        var back = await SignInWithProviderAsync(club);
        Assert.Equal("/accesso/esterno/iscriviti", back.Headers.Location!.PathAndQuery());
        var join = await club.GetDocumentAsync("/accesso/esterno/iscriviti");
        using var answered = await club.SubmitAsync(join, "form[action='/accesso/esterno/iscriviti']",
            new Dictionary<string, string> { ["PrimaryRoleId"] = "1", ["AcceptTerms"] = "true" });

        // The same answer as a sign-up with a taken address; nothing linked, nobody signed in.
        Assert.Equal("/iscriviti/controlla-la-posta", answered.Headers.Location!.PathAndQuery());
        Assert.False(await Fixture.QueryDbAsync(db => db.UserLogins.AnyAsync()));
        await AssertSignedOutAsync(club);

        _provider.SignedIn = new ProviderAccount("sub-0003", "Nuovo Arrivo", "nuovo@azienda-uno.it", EmailVerified: false);
        using var newcomer = Client();
        await SignInWithProviderAsync(newcomer);
        var form = await newcomer.GetDocumentAsync("/accesso/esterno/iscriviti");
        Assert.Contains("non ha verificato", form.QuerySelector("#email-hint")!.TextContent, StringComparison.Ordinal);
        using var joined = await newcomer.SubmitAsync(form, "form[action='/accesso/esterno/iscriviti']",
            new Dictionary<string, string> { ["PrimaryRoleId"] = "1", ["AcceptTerms"] = "true" });
        Assert.False(await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Email == "nuovo@azienda-uno.it").Select(m => m.EmailConfirmed).SingleAsync()));
    }

    [Fact]
    public async Task An_existing_members_address_is_linked_only_after_they_sign_in_to_that_account()
    {
        var member = await Fixture.CreateMemberAsync("Paola Collegata");
        _provider.SignedIn = new ProviderAccount("sub-0004", "Paola Collegata", member.Email!, EmailVerified: true);
        using var visitor = Client();

        var back = await SignInWithProviderAsync(visitor);
        Assert.True(back.StatusCode == HttpStatusCode.OK, $"{back.StatusCode} {back.Headers.Location}");
        var existing = await BrowserLikeClient.ParseAsync(back);
        Assert.Contains("c'è già un account", existing.QuerySelector(".lede-dark")!.TextContent, StringComparison.Ordinal);
        Assert.False(await Fixture.QueryDbAsync(db => db.UserLogins.AnyAsync()));
        await AssertSignedOutAsync(visitor);

        using var signedIn = await Fixture.SignInAsync(Client(), member);
        var account = await signedIn.GetDocumentAsync("/account");
        using var challenge = await signedIn.SubmitAsync(account, $"form[action='/account/collegamenti/{Scheme}']");
        using var linked = await ThroughProviderAsync(signedIn, challenge);
        using var done = await signedIn.Http.GetAsync(new Uri(linked.Headers.Location!.PathAndQuery(), UriKind.Relative));
        var after = await signedIn.FollowRedirectAsync(done);
        Assert.Contains("Account Azienda Uno collegato", after.QuerySelector(".notice-bar")!.TextContent, StringComparison.Ordinal);

        using var fresh = Client();
        Assert.Equal("/", (await SignInWithProviderAsync(fresh)).Headers.Location!.PathAndQuery());
        var page = await fresh.GetDocumentAsync("/account");
        Assert.Contains(member.Email!, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Linking_long_after_signing_in_asks_for_the_password_again()
    {
        var clock = new TestClock();
        await using var app = new ClubAppFactory(Fixture.Database.ConnectionString, _provider.Settings(Scheme, "Azienda Uno"),
            services => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<TimeProvider>(services, clock));
        var member = await Fixture.CreateMemberAsync("Carla Prudente");
        _provider.SignedIn = new ProviderAccount("sub-0009", "Carla Prudente", member.Email!, EmailVerified: true);
        using var club = await Fixture.SignInAsync(new BrowserLikeClient(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })), member);
        clock.Advance(TimeSpan.FromMinutes(20));

        var account = await club.GetDocumentAsync("/account");
        using var asked = await club.SubmitAsync(account, $"form[action='/account/collegamenti/{Scheme}']");
        Assert.StartsWith("/account/conferma-identita", asked.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        Assert.False(await Fixture.QueryDbAsync(db => db.UserLogins.AnyAsync()));
        var confirm = await club.GetDocumentAsync(asked.Headers.Location!.PathAndQuery());
        using var wrong = await club.SubmitAsync(confirm, "form[action='/account/conferma-identita']", new Dictionary<string, string> { ["password"] = "non è questa" });
        var again = await BrowserLikeClient.ParseAsync(wrong);
        Assert.Contains("non è corretta", again.QuerySelector("#password-errore")!.TextContent, StringComparison.Ordinal);
        using var right = await club.SubmitAsync(again, "form[action='/account/conferma-identita']", new Dictionary<string, string> { ["password"] = Infrastructure.Accounts.Password });
        Assert.Equal("/account#collegamenti-titolo", right.Headers.Location!.PathAndQuery());

        account = await club.GetDocumentAsync("/account");
        using var challenge = await club.SubmitAsync(account, $"form[action='/account/collegamenti/{Scheme}']");
        using var linked = await ThroughProviderAsync(club, challenge);
        using var done = await club.Http.GetAsync(new Uri(linked.Headers.Location!.PathAndQuery(), UriKind.Relative));
        Assert.True(await Fixture.QueryDbAsync(db => db.UserLogins.AnyAsync(l => l.UserId == member.Id && l.ProviderKey == "sub-0009")));
    }

    [Fact]
    public async Task A_tampered_state_is_refused_and_nobody_is_signed_in()
    {
        var member = await Fixture.CreateMemberAsync();
        await Fixture.InsertAsync(new Microsoft.AspNetCore.Identity.IdentityUserLogin<Guid> { UserId = member.Id, LoginProvider = Scheme, ProviderKey = "sub-0005", ProviderDisplayName = "Azienda Uno" });
        _provider.SignedIn = new ProviderAccount("sub-0005", "Qualcuno", member.Email!, EmailVerified: true);
        using var club = Client();
        var page = await club.GetDocumentAsync("/accesso");
        using var challenge = await club.SubmitAsync(page, $"form[action='/accesso/esterno/{Scheme}']");
        Assert.Contains("code_challenge_method=S256", challenge.Headers.Location!.Query, StringComparison.Ordinal);
        using var provider = ProviderBrowser();
        using var approved = await provider.GetAsync(challenge.Headers.Location);
        var callback = approved.Headers.Location!.PathAndQuery();
        var tampered = System.Text.RegularExpressions.Regex.Replace(callback, "state=([^&]{8})", "state=AAAAAAAA");

        using var refused = await club.Http.GetAsync(new Uri(tampered, UriKind.Relative));

        Assert.Equal($"/accesso/esterno/{Scheme}/non-riuscito", refused.Headers.Location!.PathAndQuery());
        var failed = await club.GetDocumentAsync(refused.Headers.Location!.PathAndQuery(), HttpStatusCode.BadRequest);
        Assert.Contains("Non è entrato nessuno", failed.QuerySelector(".external-failed")!.TextContent, StringComparison.Ordinal);
        await AssertSignedOutAsync(club);
    }

    [Fact]
    public async Task The_last_way_in_cannot_be_unlinked_and_a_second_way_frees_it()
    {
        _provider.SignedIn = new ProviderAccount("sub-0006", "Sara Sola", "sara@azienda-uno.it", EmailVerified: true);
        using var club = Client();
        await SignInWithProviderAsync(club);
        var join = await club.GetDocumentAsync("/accesso/esterno/iscriviti");
        using var joined = await club.SubmitAsync(join, "form[action='/accesso/esterno/iscriviti']", new Dictionary<string, string> { ["PrimaryRoleId"] = "1", ["AcceptTerms"] = "true" });

        var account = await club.GetDocumentAsync("/account");
        using var unlink = await club.SubmitAsync(account, $"form[action='/account/collegamenti/{Scheme}/scollega']");
        var after = await club.FollowRedirectAsync(unlink);
        Assert.Contains("unico modo con cui puoi accedere", after.QuerySelector(".notice-bar")!.TextContent, StringComparison.Ordinal);
        Assert.True(await Fixture.QueryDbAsync(db => db.UserLogins.AnyAsync(l => l.ProviderKey == "sub-0006")));

        // Deleting the account needs the address, since there is no password to type.
        Assert.NotNull(after.QuerySelector("form.delete-account input[type=email]"));
    }

    [Fact]
    public async Task Staff_signing_in_with_a_provider_still_pass_the_second_step_and_without_it_have_no_powers()
    {
        var moderator = await Fixture.CreateMemberAsync("Mario Moderatore", confirmed: true, StaffRoles.Moderator);
        await Fixture.InsertAsync(new Microsoft.AspNetCore.Identity.IdentityUserLogin<Guid> { UserId = moderator.Id, LoginProvider = Scheme, ProviderKey = "sub-0007", ProviderDisplayName = "Azienda Uno" });
        _provider.SignedIn = new ProviderAccount("sub-0007", "Mario Moderatore", moderator.Email!, EmailVerified: true);
        using var club = Client();

        var back = await SignInWithProviderAsync(club);
        Assert.StartsWith("/accesso/verifica", back.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        await AssertSignedOutAsync(club);
        var secondStep = await club.GetDocumentAsync(back.Headers.Location!.PathAndQuery());
        using var verified = await club.SubmitAsync(secondStep, "form[action='/accesso/verifica']",
            new Dictionary<string, string> { ["Code"] = await Fixture.NextAuthenticatorCodeAsync(moderator) });
        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        await club.GetDocumentAsync("/moderazione");

        // A staff member without the second step who comes in through the provider alone moderates nothing.
        var unguarded = Build.Member("Ugo Senza Codice");
        await Fixture.InsertAsync(unguarded);
        await Fixture.QueryDbAsync(async db =>
        {
            db.UserRoles.Add(new() { UserId = unguarded.Id, RoleId = (await db.Roles.SingleAsync(r => r.Name == StaffRoles.Moderator)).Id });
            db.UserLogins.Add(new() { UserId = unguarded.Id, LoginProvider = Scheme, ProviderKey = "sub-0008", ProviderDisplayName = "Azienda Uno" });
            return await db.SaveChangesAsync();
        });
        _provider.SignedIn = new ProviderAccount("sub-0008", "Ugo Senza Codice", unguarded.Email!, EmailVerified: true);
        using var other = Client();
        Assert.Equal("/", (await SignInWithProviderAsync(other)).Headers.Location!.PathAndQuery());
        using var desk = await other.Http.GetAsync(new Uri("/moderazione", UriKind.Relative));
        Assert.Contains("/accesso/negato", desk.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Linking_and_unlinking_need_a_signed_in_member_and_the_forms_token()
    {
        using var visitor = Client();
        using var anonymous = await visitor.PostAsync($"/account/collegamenti/{Scheme}");
        Assert.StartsWith("/accesso", anonymous.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);

        var member = await Fixture.CreateMemberAsync();
        using var club = await Fixture.SignInAsync(Client(), member);
        using var noToken = new FormUrlEncodedContent(new Dictionary<string, string>());
        using var forged = await club.Http.PostAsync(new Uri($"/account/collegamenti/{Scheme}", UriKind.Relative), noToken);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        using var notLinked = await club.PostAsync($"/account/collegamenti/{Scheme}/scollega");
        Assert.Equal(HttpStatusCode.NotFound, notLinked.StatusCode);
        using var unknown = await club.PostAsync("/accesso/esterno/sconosciuto");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private BrowserLikeClient Client() => new(_app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    private static HttpClient ProviderBrowser() => new(new HttpClientHandler { AllowAutoRedirect = false });

    /// <summary>From the sign-in page's button to the provider and back; returns the answer of the page the Club sends the member to.</summary>
    private static async Task<HttpResponseMessage> SignInWithProviderAsync(BrowserLikeClient club)
    {
        var page = await club.GetDocumentAsync("/accesso");
        using var challenge = await club.SubmitAsync(page, $"form[action='/accesso/esterno/{Scheme}']");
        using var callback = await ThroughProviderAsync(club, challenge);
        return await club.Http.GetAsync(new Uri(callback.Headers.Location!.PathAndQuery(), UriKind.Relative));
    }

    /// <summary>Follows the Club's redirect to the provider, which approves at once, and brings its answer back to the Club.</summary>
    private static async Task<HttpResponseMessage> ThroughProviderAsync(BrowserLikeClient club, HttpResponseMessage challenge)
    {
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        using var provider = ProviderBrowser();
        using var approved = await provider.GetAsync(challenge.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.StartsWith(RedirectUri, approved.Headers.Location!.ToString(), StringComparison.Ordinal);
        var back = await club.Http.GetAsync(new Uri(approved.Headers.Location.PathAndQuery(), UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        return back;
    }

    private static async Task AssertSignedOutAsync(BrowserLikeClient client)
    {
        using var response = await client.Http.GetAsync(new Uri("/account", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/accesso", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }
}
