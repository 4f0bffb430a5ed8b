using System.Net;
using ClubMediaSociali.Application.Domain.Legal;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Features.Accounts;

public sealed class SignUpTests(ClubFixture fixture) : ClubTest(fixture)
{
    private static Dictionary<string, string> ValidForm(string email) => new()
    {
        ["DisplayName"] = "Niccolò Bellini",
        ["Email"] = email,
        ["Password"] = "tramonto sul lago di garda",
        ["PrimaryRoleId"] = "7",
        ["AcceptTerms"] = "true",
    };

    [Fact]
    public async Task A_confirmation_link_opened_again_or_forged_shows_no_address()
    {
        var member = await Fixture.CreateMemberAsync("Gina Confermata");
        using var client = Fixture.CreateClient();

        var forged = await client.GetDocumentAsync($"/account/conferma?memberId={member.Id}&token=falso");

        Assert.Equal("Collegamento non valido", forged.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain(member.Email!, forged.Source.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_member_signed_in_who_confirms_goes_on_to_their_profile()
    {
        var member = await Fixture.CreateMemberAsync("Pia Attesa", confirmed: false);
        using var client = await Fixture.SignedInClientAsync(member);
        string token;
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
            token = await users.GenerateEmailConfirmationTokenAsync((await users.FindByIdAsync(member.Id.ToString()))!);
        }

        using var confirmed = await client.Http.GetAsync(new Uri($"/account/conferma?memberId={member.Id}&token={Uri.EscapeDataString(token)}", UriKind.Relative));

        Assert.Equal("/profilo/modifica", confirmed.Headers.Location!.OriginalString);
        var profile = await client.FollowRedirectAsync(confirmed);
        Assert.Contains("Indirizzo confermato", profile.QuerySelector(".notice-bar")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_up_then_confirm_from_the_mail_then_sign_in()
    {
        using var client = Fixture.CreateClient();
        var form = await client.GetDocumentAsync("/iscriviti");

        using var signUp = await client.SubmitAsync(form, "form[action='/iscriviti']", ValidForm("niccolo@esempio.it"));

        var check = await client.FollowRedirectAsync(signUp);
        Assert.Equal("Controlla la posta", check.QuerySelector("h1")!.TextContent);
        await Fixture.DrainOutboxAsync(); // the confirmation mail follows the commit
        var confirmed = await client.GetDocumentAsync(Mailbox.LatestLinkTo(Fixture.Factory.MailFolder, "niccolo@esempio.it"));
        Assert.Equal("Indirizzo confermato", confirmed.QuerySelector("h1")!.TextContent);
        // The page signs the member in, the address already filled, and then opens their profile to complete.
        Assert.Equal("niccolo@esempio.it", confirmed.QuerySelector("#Email")!.GetAttribute("value"));
        using var signIn = await client.SubmitAsync(confirmed, "form[action='/accesso']", new Dictionary<string, string>
        {
            ["Password"] = "tramonto sul lago di garda",
        });
        Assert.Equal("/profilo/modifica", signIn.Headers.Location!.OriginalString);
        var edit = await client.FollowRedirectAsync(signIn);
        Assert.Equal("Niccolò Bellini", edit.QuerySelector(".member-name")!.TextContent);
        Assert.Null(edit.QuerySelector(".notice-bar"));

        using var saved = await client.SubmitAsync(edit, "form[action='/profilo/modifica']", new Dictionary<string, string>
        {
            ["OffersTags"] = "moderazione, eventi",
            ["SeeksTags"] = "aziende del turismo",
        });
        var profile = await client.FollowRedirectAsync(saved);
        Assert.Equal(["moderazione", "eventi"], profile.QuerySelectorAll(".value-offers .tag").Select(t => t.TextContent));

        var member = await Fixture.QueryDbAsync(db => db.Users.SingleAsync(m => m.Email == "niccolo@esempio.it"));
        Assert.True(member.EmailConfirmed);
        Assert.Equal("niccolo-bellini", member.Handle);
        Assert.Equal(7, member.PrimaryRoleId);
        var consents = await Fixture.QueryDbAsync(db => db.ConsentRecords.Where(c => c.MemberId == member.Id).ToListAsync());
        Assert.Contains(consents, c => c.Kind == ConsentKind.Terms && c.Granted && c.Version == PolicyVersions.Terms);
        Assert.Contains(consents, c => c.Kind == ConsentKind.Privacy && c.Granted && c.Version == PolicyVersions.Privacy);
        Assert.Contains(consents, c => c.Kind == ConsentKind.EmailDigest && !c.Granted);
    }

    [Fact]
    public async Task Bad_input_gets_a_message_beside_each_field_and_keeps_what_was_typed()
    {
        using var client = Fixture.CreateClient();
        var form = await client.GetDocumentAsync("/iscriviti");

        using var response = await client.SubmitAsync(form, "form[action='/iscriviti']", new Dictionary<string, string>
        {
            ["DisplayName"] = "Anna Neri",
            ["Email"] = "anna@esempio.it",
            ["Password"] = "corta",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserLikeClient.ParseAsync(response);
        Assert.Equal("Anna Neri", page.QuerySelector("input[name='DisplayName']")!.GetAttribute("value"));
        Assert.Equal("anna@esempio.it", page.QuerySelector("input[name='Email']")!.GetAttribute("value"));
        Assert.Contains("almeno 12 caratteri", page.QuerySelector("#Password-errore")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("ruolo professionale", page.QuerySelector("#PrimaryRoleId-errore")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("condizioni d'uso", page.QuerySelector("#AcceptTerms-errore")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task A_long_but_guessable_password_is_refused_with_a_helpful_message()
    {
        using var client = Fixture.CreateClient();
        var form = await client.GetDocumentAsync("/iscriviti");
        var fields = ValidForm("luca@esempio.it");
        fields["Password"] = "password1234";

        using var response = await client.SubmitAsync(form, "form[action='/iscriviti']", fields);

        var page = await BrowserLikeClient.ParseAsync(response);
        Assert.Contains("troppo facile da indovinare", page.QuerySelector("#Password-errore")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task An_address_already_in_use_gets_the_usual_answer_and_its_owner_a_mail_saying_how_to_get_in()
    {
        var existing = await Fixture.CreateMemberAsync();
        using var client = Fixture.CreateClient();
        using var fresh = await client.SubmitAsync(await client.GetDocumentAsync("/iscriviti"), "form[action='/iscriviti']", ValidForm("nuova@esempio.it"));

        using var response = await client.SubmitAsync(await client.GetDocumentAsync("/iscriviti"), "form[action='/iscriviti']", ValidForm(existing.Email!));

        // The page cannot tell who is a member: the same redirect as for a new address.
        Assert.Equal(fresh.Headers.Location, response.Headers.Location);
        Assert.Equal(2, await Fixture.QueryDbAsync(db => db.Users.CountAsync()));
        await Fixture.DrainOutboxAsync();
        var mail = Assert.Single(Mailbox.To(Fixture.Factory.MailFolder, existing.Email!));
        Assert.Equal("Hai già un account nel Club", mail.Subject);
        Assert.Contains("/account/password-dimenticata", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bot_that_fills_the_honeypot_is_thanked_but_nothing_is_created()
    {
        using var client = Fixture.CreateClient();
        var form = await client.GetDocumentAsync("/iscriviti");
        var fields = ValidForm("bot@esempio.it");
        fields["Website"] = "http://spam.example";

        using var response = await client.SubmitAsync(form, "form[action='/iscriviti']", fields);

        Assert.Equal("/iscriviti/controlla-la-posta", response.Headers.Location!.OriginalString);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Users.CountAsync()));
        Assert.Empty(Mailbox.To(Fixture.Factory.MailFolder, "bot@esempio.it"));
    }

    [Fact]
    public async Task An_unconfirmed_member_is_reminded_to_confirm()
    {
        var member = await Fixture.CreateMemberAsync(confirmed: false);
        using var client = await Fixture.SignedInClientAsync(member);

        var home = await client.GetDocumentAsync("/");

        Assert.Contains("Conferma il tuo indirizzo email", home.QuerySelector(".notice-bar")!.TextContent, StringComparison.Ordinal);
    }
}
