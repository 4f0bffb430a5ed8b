using ClubMediaSociali.Tests.Infrastructure;

namespace ClubMediaSociali.Tests.Features.Accounts;

public sealed class PasswordResetTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task The_reset_link_from_the_mail_sets_a_new_password_and_the_old_one_stops_working()
    {
        var member = await Fixture.CreateMemberAsync();
        using var client = Fixture.CreateClient();
        var forgot = await client.GetDocumentAsync("/account/password-dimenticata");
        using var requested = await client.SubmitAsync(forgot, "form[action='/account/password-dimenticata']",
            new Dictionary<string, string> { ["Email"] = member.Email! });
        await client.FollowRedirectAsync(requested);
        await Fixture.DrainOutboxAsync(); // the mail follows the commit

        var resetPage = await client.GetDocumentAsync(Mailbox.LatestLinkTo(Fixture.Factory.MailFolder, member.Email!));
        using var reset = await client.SubmitAsync(resetPage, "form[action='/account/nuova-password']",
            new Dictionary<string, string> { ["NewPassword"] = "nuvole basse sopra il vesuvio" });

        var signIn = await client.FollowRedirectAsync(reset);
        Assert.Contains("Password cambiata", signIn.QuerySelector(".notice-bar")!.TextContent, StringComparison.Ordinal);
        using var withNew = await Fixture.SignedInClientAsync(member, "nuvole basse sopra il vesuvio");
        using var old = Fixture.CreateClient();
        var oldForm = await old.GetDocumentAsync("/accesso");
        using var oldAttempt = await old.SubmitAsync(oldForm, "form[action='/accesso']",
            new Dictionary<string, string> { ["Email"] = member.Email!, ["Password"] = Infrastructure.Accounts.Password });
        Assert.Equal(System.Net.HttpStatusCode.OK, oldAttempt.StatusCode);
    }

    [Fact]
    public async Task Asking_for_an_unknown_address_looks_the_same_and_sends_nothing()
    {
        using var client = Fixture.CreateClient();
        var forgot = await client.GetDocumentAsync("/account/password-dimenticata");

        using var requested = await client.SubmitAsync(forgot, "form[action='/account/password-dimenticata']",
            new Dictionary<string, string> { ["Email"] = "sconosciuto@esempio.it" });

        var sent = await client.FollowRedirectAsync(requested);
        Assert.Contains("Se esiste un account", sent.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(Mailbox.To(Fixture.Factory.MailFolder, "sconosciuto@esempio.it"));
    }

    [Fact]
    public async Task A_tampered_reset_link_is_refused()
    {
        var member = await Fixture.CreateMemberAsync();
        using var client = Fixture.CreateClient();
        var resetPage = await client.GetDocumentAsync($"/account/nuova-password?memberId={member.Id}&token=falso");

        using var reset = await client.SubmitAsync(resetPage, "form[action='/account/nuova-password']",
            new Dictionary<string, string> { ["NewPassword"] = "nuvole basse sopra il vesuvio" });

        var page = await BrowserLikeClient.ParseAsync(reset);
        Assert.Contains("non è valido o è scaduto", page.QuerySelector(".form-summary")!.TextContent, StringComparison.Ordinal);
    }
}
