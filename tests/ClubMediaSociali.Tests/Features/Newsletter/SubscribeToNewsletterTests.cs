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
    public async Task Valid_form_records_the_subscription_and_the_consent_version()
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
        Assert.Contains("Grazie", thanks.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var subscriber = await Fixture.QueryDbAsync(db => db.NewsletterSubscribers.SingleAsync());
        Assert.Equal("giulia.verdi@esempio.it", subscriber.Email);
        Assert.Equal(PolicyVersions.Privacy, subscriber.PrivacyPolicyVersion);
        Assert.Equal("it", subscriber.Culture);
    }

    [Fact]
    public async Task Subscribing_twice_says_the_address_is_already_subscribed()
    {
        var command = new SubscribeToNewsletter { Email = "anna@esempio.it", AcceptPrivacy = true };

        var first = await Fixture.SendAsync(command);
        var second = await Fixture.SendAsync(command with { Email = "ANNA@esempio.it" });

        Assert.True(first.IsSuccess);
        Assert.Equal(NewsletterErrors.AlreadySubscribed, second.Error);
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
