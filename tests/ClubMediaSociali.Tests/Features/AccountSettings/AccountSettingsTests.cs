using System.Net;
using System.Text.Json;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.AccountSettings;

public sealed class AccountSettingsTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task Changing_the_password_ends_the_other_sessions_but_not_this_one()
    {
        var member = await Fixture.CreateMemberAsync();
        using var here = await Fixture.SignedInClientAsync(member);
        using var elsewhere = await Fixture.SignedInClientAsync(member);
        var page = await here.GetDocumentAsync("/account");

        using var changed = await here.SubmitAsync(page, "form[action='/account/password']", new Dictionary<string, string>
        {
            ["CurrentPassword"] = Infrastructure.Accounts.Password,
            ["NewPassword"] = "pioggia leggera sulle colline",
        });

        var after = await here.FollowRedirectAsync(changed);
        Assert.Contains("Password cambiata", after.QuerySelector(".notice-bar")!.TextContent, StringComparison.Ordinal);
        using var stale = await elsewhere.Http.GetAsync(new Uri("/account", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.Contains("/accesso", stale.Headers.Location!.ToString(), StringComparison.Ordinal);
        await here.GetDocumentAsync("/account");
    }

    [Fact]
    public async Task A_wrong_current_password_is_refused_beside_its_field()
    {
        var member = await Fixture.CreateMemberAsync();
        using var client = await Fixture.SignedInClientAsync(member);
        var page = await client.GetDocumentAsync("/account");

        using var response = await client.SubmitAsync(page, "form[action='/account/password']", new Dictionary<string, string>
        {
            ["CurrentPassword"] = "non è questa",
            ["NewPassword"] = "pioggia leggera sulle colline",
        });

        var again = await BrowserLikeClient.ParseAsync(response);
        Assert.Contains("non è corretta", again.QuerySelector("#CurrentPassword-errore")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_address_counts_only_once_confirmed_from_that_address()
    {
        var member = await Fixture.CreateMemberAsync();
        using var client = await Fixture.SignedInClientAsync(member);
        var page = await client.GetDocumentAsync("/account");

        using var requested = await client.SubmitAsync(page, "form[action='/account/email']",
            new Dictionary<string, string> { ["NewEmail"] = "nuovo.indirizzo@esempio.it" });
        await client.FollowRedirectAsync(requested);
        Assert.Equal(member.Email, await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == member.Id).Select(m => m.Email).SingleAsync()));

        var confirmed = await client.GetDocumentAsync(Mailbox.LatestLinkTo(Fixture.Factory.MailFolder, "nuovo.indirizzo@esempio.it"));
        Assert.Equal("Indirizzo confermato", confirmed.QuerySelector("h1")!.TextContent);
        var stored = await Fixture.QueryDbAsync(db => db.Users.SingleAsync(m => m.Id == member.Id));
        Assert.Equal("nuovo.indirizzo@esempio.it", stored.Email);
        stored.Email = "nuovo.indirizzo@esempio.it";
        using var withNewAddress = await Fixture.SignedInClientAsync(stored);
    }

    [Fact]
    public async Task The_digest_consent_can_be_given_and_withdrawn_and_the_history_keeps_both()
    {
        var member = await Fixture.CreateMemberAsync();
        using var client = await Fixture.SignedInClientAsync(member);

        var page = await client.GetDocumentAsync("/account");
        using var on = await client.SubmitAsync(page, "form[action='/account/aggiornamenti']");
        page = await client.FollowRedirectAsync(on);
        using var off = await client.SubmitAsync(page, "form[action='/account/aggiornamenti']");
        page = await client.FollowRedirectAsync(off);

        Assert.Contains("Consenso revocato", page.QuerySelector(".notice-bar")!.TextContent, StringComparison.Ordinal);
        var choices = page.QuerySelectorAll(".consent-history tbody tr td:last-child").Select(td => td.TextContent).ToList();
        Assert.Equal(["negato o revocato", "dato"], choices);
    }

    [Fact]
    public async Task The_export_holds_the_profile_and_the_consents()
    {
        var member = await Fixture.CreateMemberAsync("Ada Fontana");
        await using (var db = Fixture.Database.CreateDbContext())
        {
            var stored = await db.Users.FindAsync(member.Id);
            stored!.OffersTags = ["formazione"];
            stored.SeeksText = "Cerco aziende del turismo.";
            db.ConsentRecords.Add(new ConsentRecord { MemberId = member.Id, Kind = ConsentKind.Privacy, Version = "2026-11", Granted = true, RecordedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        using var client = await Fixture.SignedInClientAsync(member);
        using var response = await client.Http.GetAsync(new Uri("/account/dati", UriKind.Relative));

        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        using var export = await DataExport.ReadAsync(response);
        var root = export.Root;
        Assert.Equal(member.Email, root.GetProperty("account").GetProperty("email").GetString());
        Assert.Equal("Ada Fontana", root.GetProperty("profile").GetProperty("displayName").GetString());
        Assert.Equal("formazione", root.GetProperty("profile").GetProperty("offersTags")[0].GetString());
        Assert.Equal("Cerco aziende del turismo.", root.GetProperty("profile").GetProperty("seeksText").GetString());
        Assert.Equal(1, root.GetProperty("consents").GetArrayLength());
    }

    [Fact]
    public async Task Deleting_the_account_erases_personal_data_and_sign_in_becomes_impossible()
    {
        var member = await Fixture.CreateMemberAsync("Elio Marchi");
        using var client = await Fixture.SignedInClientAsync(member);
        var page = await client.GetDocumentAsync("/account");

        using var wrong = await client.SubmitAsync(page, "form[action='/account/elimina']", new Dictionary<string, string> { ["Password"] = "sbagliata" });
        var refused = await BrowserLikeClient.ParseAsync(wrong);
        Assert.Contains("non è corretta", refused.QuerySelector("#Password-errore")!.TextContent, StringComparison.Ordinal);

        using var deleted = await client.SubmitAsync(page, "form[action='/account/elimina']",
            new Dictionary<string, string> { ["Password"] = Infrastructure.Accounts.Password });

        var home = await client.FollowRedirectAsync(deleted);
        Assert.Contains("eliminato", home.QuerySelector(".notice-bar")!.TextContent, StringComparison.Ordinal);
        Assert.Null(home.QuerySelector(".member-name"));
        var stored = await Fixture.QueryDbAsync(db => db.Users.SingleAsync(m => m.Id == member.Id));
        Assert.Equal("Ex membro", stored.DisplayName);
        Assert.DoesNotContain("Elio", stored.Email, StringComparison.Ordinal);
        Assert.Null(stored.PasswordHash);
        Assert.NotNull(stored.DeletedAt);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.ConsentRecords.CountAsync(c => c.MemberId == member.Id)));
        using var again = Fixture.CreateClient();
        var signIn = await again.GetDocumentAsync("/accesso");
        using var attempt = await again.SubmitAsync(signIn, "form[action='/accesso']",
            new Dictionary<string, string> { ["Email"] = member.Email!, ["Password"] = Infrastructure.Accounts.Password });
        Assert.Equal(HttpStatusCode.OK, attempt.StatusCode);
        await again.GetDocumentAsync($"/membri/{member.Handle}", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/account/password")]
    [InlineData("/account/email")]
    [InlineData("/account/aggiornamenti")]
    [InlineData("/account/elimina")]
    [InlineData("/profilo/modifica")]
    [InlineData("/account/verifica-in-due-passaggi/attiva")]
    [InlineData("/account/verifica-in-due-passaggi/codici")]
    [InlineData("/account/verifica-in-due-passaggi/disattiva")]
    public async Task Visitors_cannot_use_account_actions(string action)
    {
        using var visitor = Fixture.CreateClient();
        var page = await visitor.GetDocumentAsync("/aggiornamenti");
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Password"] = "x" });

        using var response = await visitor.Http.PostAsync(new Uri(action, UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/accesso", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
