using System.Net;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Tests.Infrastructure;

namespace ClubMediaSociali.Tests.Features.Accounts;

public sealed class TwoFactorTests(ClubFixture fixture) : ClubTest(fixture)
{
    private async Task<(BrowserLikeClient Client, List<string> RecoveryCodes)> EnableAsync(Member member)
    {
        var client = await Fixture.SignedInClientAsync(member);
        var setup = await client.GetDocumentAsync("/account/verifica-in-due-passaggi");
        // As a desktop user does: the phone's app scans the code on the screen.
        var scanned = new Uri(QrScanner.Scan(setup.QuerySelector("svg.qr-code")!));
        Assert.Equal(setup.QuerySelector("a[href^='otpauth:']")!.GetAttribute("href"), scanned.OriginalString);
        var key = System.Web.HttpUtility.ParseQueryString(scanned.Query)["secret"]!;
        Assert.Equal(setup.QuerySelector(".shared-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal), key, ignoreCase: true);
        using var enabled = await client.SubmitAsync(setup, "form[action='/account/verifica-in-due-passaggi/attiva']",
            new Dictionary<string, string> { ["code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var codes = (await BrowserLikeClient.ParseAsync(enabled)).QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent).ToList();
        return (client, codes);
    }

    private static async Task<HttpResponseMessage> PasswordStepAsync(BrowserLikeClient client, Member member)
    {
        var form = await client.GetDocumentAsync("/accesso");
        return await client.SubmitAsync(form, "form[action='/accesso']", new Dictionary<string, string>
        {
            ["Email"] = member.Email!,
            ["Password"] = Infrastructure.Accounts.Password,
        });
    }

    [Fact]
    public async Task With_two_step_verification_on_signing_in_needs_the_code_from_the_app()
    {
        var member = await Fixture.CreateMemberAsync("Teresa Doppia");
        var (first, codes) = await EnableAsync(member);
        first.Dispose();
        Assert.Equal(10, codes.Count);

        using var client = Fixture.CreateClient();
        using var passwordStep = await PasswordStepAsync(client, member);
        Assert.StartsWith("/accesso/verifica", passwordStep.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var second = await client.GetDocumentAsync(passwordStep.Headers.Location.OriginalString);

        using var wrong = await client.SubmitAsync(second, "form[action='/accesso/verifica']", new Dictionary<string, string> { ["Code"] = "000000" });
        var again = await BrowserLikeClient.ParseAsync(wrong);
        Assert.Contains("non è corretto", again.QuerySelector("#Code-errore")!.TextContent, StringComparison.Ordinal);

        using var right = await client.SubmitAsync(again, "form[action='/accesso/verifica']", new Dictionary<string, string> { ["Code"] = await Fixture.NextAuthenticatorCodeAsync(member) });
        var home = await client.FollowRedirectAsync(right);
        Assert.Equal("Teresa Doppia", home.QuerySelector(".member-name")!.TextContent);
    }

    [Fact]
    public async Task An_authenticator_code_works_once_even_when_two_requests_bring_it_at_the_same_moment()
    {
        var member = await Fixture.CreateMemberAsync("Ugo Unico");
        var (first, _) = await EnableAsync(member);
        first.Dispose();
        var key = await Fixture.AuthenticatorKeyAsync(member);
        var step = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        // Codes of the next steps: the server accepts two steps either side of now, and enabling took this step's.
        var next = Totp.Code(key, DateTimeOffset.FromUnixTimeSeconds((step + 1) * 30));
        var after = Totp.Code(key, DateTimeOffset.FromUnixTimeSeconds((step + 2) * 30));

        // Two instances (here two requests in parallel) receiving one code: one gets in.
        using var left = Fixture.CreateClient();
        using var right = Fixture.CreateClient();
        var answers = await Task.WhenAll(SecondStepAsync(left, member, next), SecondStepAsync(right, member, next));
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Redirect);
        foreach (var answer in answers)
        {
            answer.Dispose();
        }

        // Brought again later, the used code is refused, and so is an older one; the next one works.
        foreach (var used in new[] { next, Totp.Code(key, DateTimeOffset.FromUnixTimeSeconds(step * 30)) })
        {
            using var replay = Fixture.CreateClient();
            using var replayed = await SecondStepAsync(replay, member, used);
            Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
            Assert.Contains("non è corretto", (await BrowserLikeClient.ParseAsync(replayed)).QuerySelector("#Code-errore")!.TextContent, StringComparison.Ordinal);
        }

        using var owner = Fixture.CreateClient();
        using var ownerIn = await SecondStepAsync(owner, member, after);
        Assert.Equal(HttpStatusCode.Redirect, ownerIn.StatusCode);
    }

    private static async Task<HttpResponseMessage> SecondStepAsync(BrowserLikeClient client, Member member, string code)
    {
        using var passwordStep = await PasswordStepAsync(client, member);
        var form = await client.GetDocumentAsync(passwordStep.Headers.Location!.OriginalString);
        return await client.SubmitAsync(form, "form[action='/accesso/verifica']", new Dictionary<string, string> { ["Code"] = code });
    }

    [Fact]
    public async Task A_recovery_code_lets_the_member_in_once()
    {
        var member = await Fixture.CreateMemberAsync();
        var (first, codes) = await EnableAsync(member);
        first.Dispose();

        foreach (var expected in new[] { HttpStatusCode.Redirect, HttpStatusCode.OK })
        {
            using var client = Fixture.CreateClient();
            using var passwordStep = await PasswordStepAsync(client, member);
            var second = await client.GetDocumentAsync(passwordStep.Headers.Location!.OriginalString);
            using var withCode = await client.SubmitAsync(second, "form[action='/accesso/verifica']",
                new Dictionary<string, string> { ["Code"] = codes[0], ["UseRecoveryCode"] = "true" });
            Assert.Equal(expected, withCode.StatusCode);
        }
    }

    [Fact]
    public async Task Staff_without_two_step_verification_are_asked_to_turn_it_on()
    {
        var admin = Build.Member("Admin Senza 2FA");
        await Fixture.InsertAsync(admin);
        await using (var db = Fixture.Database.CreateDbContext())
        {
            var role = db.Roles.Single(r => r.Name == StaffRoles.Admin);
            db.UserRoles.Add(new() { UserId = admin.Id, RoleId = role.Id });
            var stored = await db.Users.FindAsync(admin.Id);
            stored!.PasswordHash = new Microsoft.AspNetCore.Identity.PasswordHasher<Member>().HashPassword(stored, Infrastructure.Accounts.Password);
            await db.SaveChangesAsync();
        }

        using var client = await Fixture.SignedInClientAsync(admin);
        using var response = await client.Http.GetAsync(new Uri("/admin", UriKind.Relative));
        var denied = await client.GetDocumentAsync(new Uri(response.Headers.Location!.ToString(), UriKind.RelativeOrAbsolute) is { IsAbsoluteUri: true } u ? u.PathAndQuery : response.Headers.Location.OriginalString, HttpStatusCode.Forbidden);
        Assert.NotNull(denied.QuerySelector(".staff-needs-2fa"));

        var setup = await client.GetDocumentAsync("/account/verifica-in-due-passaggi");
        // As a desktop user does: the phone's app scans the code on the screen.
        var scanned = new Uri(QrScanner.Scan(setup.QuerySelector("svg.qr-code")!));
        Assert.Equal(setup.QuerySelector("a[href^='otpauth:']")!.GetAttribute("href"), scanned.OriginalString);
        var key = System.Web.HttpUtility.ParseQueryString(scanned.Query)["secret"]!;
        Assert.Equal(setup.QuerySelector(".shared-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal), key, ignoreCase: true);
        using var enabled = await client.SubmitAsync(setup, "form[action='/account/verifica-in-due-passaggi/attiva']",
            new Dictionary<string, string> { ["code"] = Totp.Code(key) });
        await client.GetDocumentAsync("/admin");

        var twoFactor = await client.GetDocumentAsync("/account/verifica-in-due-passaggi");
        using var disable = await client.SubmitAsync(twoFactor, "form[action='/account/verifica-in-due-passaggi/disattiva']");
        var still = await client.FollowRedirectAsync(disable);
        Assert.Contains("deve tenere attiva", still.QuerySelector(".notice-bar")!.TextContent, StringComparison.Ordinal);
    }
}
