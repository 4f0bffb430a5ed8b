using System.Net;
using ClubMediaSociali.Application.Domain.Legal;
using ClubMediaSociali.Application.Features.Newsletter;
using ClubMediaSociali.Tests.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Newsletter;

public sealed class SubscribeToNewsletterTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task Invalid_form_is_shown_again_with_the_input_and_a_message_per_field()
    {
        using var client = Fixture.CreateClient();
        var form = await client.GetDocumentAsync("/aggiornamenti");

        using var response = await client.SubmitAsync(form, "form[action='/aggiornamenti']", new Dictionary<string, string>
        {
            ["Email"] = "mario.rossi-at-esempio",
            ["Name"] = "Mario Rossi",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserLikeClient.ParseAsync(response);
        var email = page.QuerySelector("input[name='Email']")!;
        Assert.Equal("mario.rossi-at-esempio", email.GetAttribute("value"));
        Assert.Equal("true", email.GetAttribute("aria-invalid"));
        Assert.Equal("Mario Rossi", page.QuerySelector("input[name='Name']")!.GetAttribute("value"));
        Assert.Contains("non sembra valido", page.QuerySelector("#Email-errore")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("consenso all'informativa", page.QuerySelector("#AcceptPrivacy-errore")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.NewsletterSubscribers.CountAsync()));
    }

    [Fact]
    public async Task Valid_form_records_the_consent_and_the_address_counts_only_once_confirmed_by_the_link_in_the_mail()
    {
        using var client = Fixture.CreateClient();
        var form = await client.GetDocumentAsync("/aggiornamenti");

        using var response = await client.SubmitAsync(form, "form[action='/aggiornamenti']", new Dictionary<string, string>
        {
            ["Email"] = "  Giulia.Verdi@Esempio.it ",
            ["Name"] = "Giulia",
            ["AcceptPrivacy"] = "true",
        });

        var thanks = await client.FollowRedirectAsync(response);
        Assert.Equal("Controlla la tua posta", thanks.QuerySelector("h1")!.TextContent);
        var subscriber = await Fixture.QueryDbAsync(db => db.NewsletterSubscribers.SingleAsync());
        Assert.Equal("giulia.verdi@esempio.it", subscriber.Email);
        Assert.Equal(PolicyVersions.Privacy, subscriber.PrivacyPolicyVersion);
        Assert.Equal("it", subscriber.Culture);
        Assert.Null(subscriber.ConfirmedAt);

        // Opening the link shows a button and changes nothing (mail scanners open links); pressing it confirms.
        var mail = Assert.Single(Mailbox.To(Fixture.Factory.MailFolder, "giulia.verdi@esempio.it"));
        Assert.Equal("Conferma la tua iscrizione agli aggiornamenti", mail.Subject);
        var confirmPage = await client.GetDocumentAsync(Mailbox.LatestLinkTo(Fixture.Factory.MailFolder, "giulia.verdi@esempio.it"));
        Assert.Null(await Fixture.QueryDbAsync(db => db.NewsletterSubscribers.Select(s => s.ConfirmedAt).SingleAsync()));
        var confirmed = await BrowserLikeClient.ParseAsync(await client.SubmitAsync(confirmPage, "form[action='/aggiornamenti/conferma']", new Dictionary<string, string>()));
        Assert.StartsWith("Iscrizione confermata", confirmed.QuerySelector(".lede-dark")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(await Fixture.QueryDbAsync(db => db.NewsletterSubscribers.Select(s => s.ConfirmedAt).SingleAsync()));

        // A forged or altered token confirms nothing.
        var forged = await BrowserLikeClient.ParseAsync(await client.PostAsync("/aggiornamenti/conferma", new Dictionary<string, string> { ["t"] = "abc" }));
        Assert.StartsWith("Questo collegamento non è valido", forged.QuerySelector(".lede-dark")!.TextContent, StringComparison.Ordinal);

        // The mail's List-Unsubscribe works with one click: a POST with no form token, as mail clients send it.
        var unsubscribe = new Uri(mail.Headers["List-Unsubscribe"]!.Trim('<', '>')).PathAndQuery;
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        using var oneClick = await Fixture.CreateClient().Http.PostAsync(
            new Uri(unsubscribe, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.NewsletterSubscribers.CountAsync()));
    }

    [Fact]
    public async Task Subscribing_again_answers_as_the_first_time_and_a_confirmed_address_is_told_by_mail_not_on_the_page()
    {
        var command = new SubscribeToNewsletter { Email = "anna@esempio.it", AcceptPrivacy = true };

        var first = await Fixture.SendAsync(command);
        var second = await Fixture.SendAsync(command with { Email = "ANNA@esempio.it" });
        Assert.True(first.IsSuccess && second.IsSuccess);
        // One link per address every ten minutes: the second request renews the consent and mails nothing more.
        Assert.Single(Mailbox.To(Fixture.Factory.MailFolder, "anna@esempio.it"));

        await Fixture.QueryDbAsync(db => db.NewsletterSubscribers.ExecuteUpdateAsync(s => s.SetProperty(x => x.ConfirmedAt, DateTimeOffset.UtcNow)));
        await Fixture.QueryDbAsync(db => db.AllowanceUses.ExecuteDeleteAsync()); // ten minutes later
        var third = await Fixture.SendAsync(command);
        Assert.True(third.IsSuccess);
        Assert.Equal("Ricevi già gli aggiornamenti del Club", Mailbox.To(Fixture.Factory.MailFolder, "anna@esempio.it")[^1].Subject);
        Assert.Equal(1, await Fixture.QueryDbAsync(db => db.NewsletterSubscribers.CountAsync()));
    }

    [Fact]
    public async Task The_mediator_refuses_an_invalid_command_even_without_the_web_form()
    {
        var command = new SubscribeToNewsletter { Email = "", AcceptPrivacy = false };

        var error = await Assert.ThrowsAsync<ValidationException>(() => Fixture.SendAsync(command));

        Assert.Contains(error.Errors, e => e.PropertyName == nameof(SubscribeToNewsletter.Email));
        Assert.Contains(error.Errors, e => e.PropertyName == nameof(SubscribeToNewsletter.AcceptPrivacy));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_rejected()
    {
        using var client = Fixture.CreateClient();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "intruso@esempio.it",
            ["AcceptPrivacy"] = "true",
        });

        using var response = await client.Http.PostAsync(new Uri("/aggiornamenti", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.NewsletterSubscribers.CountAsync()));
    }
}
