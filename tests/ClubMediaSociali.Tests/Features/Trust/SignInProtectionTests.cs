using System.Net;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Features.Trust;

/// <summary>
/// Strangers can neither find accounts through sign-in nor lock a member out (ADR-011): known and unknown
/// addresses get the same work and the same answers; wrong passwords slow guessing per account and per address
/// without locking anyone out, and the member can always get in with a link mailed to them, which never skips
/// the second step.
/// </summary>
public sealed class SignInProtectionTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task A_known_and_an_unknown_address_get_the_same_answer_after_the_same_password_check()
    {
        var member = await Fixture.CreateMemberAsync();
        var hasher = new CountingHasher();
        await using var app = new ClubAppFactory(Fixture.Database.ConnectionString, services: s => s.AddSingleton<IPasswordHasher<Member>>(hasher));
        using var client = new BrowserLikeClient(app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));

        var known = await WrongPasswordAsync(client, member.Email!);
        var checkedForKnown = hasher.Verified;
        var unknown = await WrongPasswordAsync(client, "nessuno.qui@esempio.it");

        Assert.Equal(known, unknown);
        Assert.Equal("Email o password non corretti.", known);
        Assert.Equal(1, checkedForKnown);
        Assert.Equal(2, hasher.Verified); // one PBKDF2 check each: the time of the answer tells nothing
    }

    [Fact]
    public async Task Wrong_passwords_from_a_stranger_do_not_keep_the_member_out()
    {
        var member = await Fixture.CreateMemberAsync("Lia Tenace");
        using var stranger = Fixture.CreateClient();
        for (var i = 0; i < 8; i++)
        {
            Assert.Equal("Email o password non corretti.", await WrongPasswordAsync(stranger, member.Email!));
        }

        // Identity's lockout took five failures to keep her out for 15 minutes; now her password still works.
        using var owner = await Fixture.SignedInClientAsync(member);
        Assert.Equal("Lia Tenace", (await owner.GetDocumentAsync("/")).QuerySelector(".member-name")!.TextContent.Trim());
    }

    [Fact]
    public async Task Guessing_is_stopped_per_account_and_the_member_gets_in_with_a_link_that_works_once()
    {
        var member = await Fixture.CreateMemberAsync("Ada Paziente");
        using var stranger = Fixture.CreateClient();
        for (var i = 0; i < 10; i++)
        {
            await WrongPasswordAsync(stranger, member.Email!);
        }

        using var owner = Fixture.CreateClient();
        using var refused = await owner.SubmitAsync(await owner.GetDocumentAsync("/accesso"), "form[action='/accesso']",
            new Dictionary<string, string> { ["Email"] = member.Email!, ["Password"] = Infrastructure.Accounts.Password });
        var page = await BrowserLikeClient.ParseAsync(refused);
        Assert.Contains("Troppi tentativi per questo accesso", page.QuerySelector(".form-summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main a[href='/accesso/collegamento']"));

        using var asked = await owner.SubmitAsync(await owner.GetDocumentAsync("/accesso/collegamento"), "form[action='/accesso/collegamento']",
            new Dictionary<string, string> { ["Email"] = member.Email! });
        Assert.Equal("/account/email-inviata", asked.Headers.Location!.OriginalString);
        await Fixture.DrainOutboxAsync();
        var link = Mailbox.LatestLinkTo(Fixture.Factory.MailFolder, member.Email!);
        var enter = await owner.GetDocumentAsync(link);
        using var entered = await owner.SubmitAsync(enter, "form[action='/accesso/collegamento/entra']");
        Assert.Equal("/", entered.Headers.Location!.OriginalString);
        Assert.Equal("Ada Paziente", (await owner.GetDocumentAsync("/")).QuerySelector(".member-name")!.TextContent.Trim());

        using var again = Fixture.CreateClient();
        using var reused = await again.SubmitAsync(await again.GetDocumentAsync(link), "form[action='/accesso/collegamento/entra']");
        Assert.Contains("non vale più", (await BrowserLikeClient.ParseAsync(reused)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_link_never_skips_the_second_step()
    {
        var moderator = await Fixture.CreateMemberAsync(staffRoles: ["Moderator"]);
        using var client = Fixture.CreateClient();
        using var asked = await client.SubmitAsync(await client.GetDocumentAsync("/accesso/collegamento"), "form[action='/accesso/collegamento']",
            new Dictionary<string, string> { ["Email"] = moderator.Email! });
        await Fixture.DrainOutboxAsync();

        using var entered = await client.SubmitAsync(await client.GetDocumentAsync(Mailbox.LatestLinkTo(Fixture.Factory.MailFolder, moderator.Email!)), "form[action='/accesso/collegamento/entra']");

        Assert.StartsWith("/accesso/verifica", entered.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Null((await client.GetDocumentAsync("/")).QuerySelector(".member-name"));
    }

    [Fact]
    public async Task Asking_for_a_link_answers_alike_for_any_address_and_mails_only_members()
    {
        var member = await Fixture.CreateMemberAsync();
        using var client = Fixture.CreateClient();
        var answers = new List<string?>();
        foreach (var email in new[] { member.Email!, "sconosciuto@esempio.it" })
        {
            using var asked = await client.SubmitAsync(await client.GetDocumentAsync("/accesso/collegamento"), "form[action='/accesso/collegamento']",
                new Dictionary<string, string> { ["Email"] = email });
            answers.Add($"{(int)asked.StatusCode} {asked.Headers.Location}");
        }

        await Fixture.DrainOutboxAsync();
        Assert.Single(answers.Distinct());
        Assert.Equal("Il tuo collegamento per entrare nel Club", Assert.Single(Mailbox.To(Fixture.Factory.MailFolder, member.Email!)).Subject);
        Assert.Empty(Mailbox.To(Fixture.Factory.MailFolder, "sconosciuto@esempio.it"));
    }

    private static async Task<string> WrongPasswordAsync(BrowserLikeClient client, string email)
    {
        using var answer = await client.SubmitAsync(await client.GetDocumentAsync("/accesso"), "form[action='/accesso']",
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = "non è la password giusta" });
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return (await BrowserLikeClient.ParseAsync(answer)).QuerySelector(".form-summary")!.TextContent.Trim();
    }

    private sealed class CountingHasher : IPasswordHasher<Member>
    {
        private readonly PasswordHasher<Member> _inner = new(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = 210_000 }));

        public int Verified { get; private set; }

        public string HashPassword(Member user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(Member user, string hashedPassword, string providedPassword)
        {
            Verified++;
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
