using System.Net;
using ClubMediaSociali.Application.Common.Limits;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Features.Trust;

/// <summary>
/// Mail to an address the requester may not control is limited per recipient and per requester, silently
/// (the same answer either way), with the counts in PostgreSQL so that every instance shares them; every form
/// that sends mail has a rate-limit policy besides.
/// </summary>
public sealed class MailLimitsTests(ClubFixture fixture) : ClubTest(fixture)
{
    /// <summary>Every form whose POST can send a mail to an address.</summary>
    private static readonly string[] MailForms =
        ["/iscriviti", "/account/password-dimenticata", "/account/conferma-di-nuovo", "/aggiornamenti", "/account/email"];

    [Fact]
    public async Task Six_newsletter_requests_for_one_address_send_one_mail_with_six_identical_answers()
    {
        using var visitor = Fixture.CreateClient();
        var answers = new List<string?>();
        for (var i = 0; i < 6; i++)
        {
            using var answer = await visitor.SubmitAsync(await visitor.GetDocumentAsync("/aggiornamenti"), "main form[action='/aggiornamenti']",
                new Dictionary<string, string> { ["Email"] = "bersaglio@esempio.it", ["AcceptPrivacy"] = "true" });
            answers.Add($"{(int)answer.StatusCode} {answer.Headers.Location}");
        }

        Assert.Single(answers.Distinct());
        Assert.Single(Mailbox.To(Fixture.Factory.MailFolder, "bersaglio@esempio.it"));
    }

    [Fact]
    public async Task Password_reset_and_confirmation_again_mail_once_per_ten_minutes_and_answer_alike_for_strangers()
    {
        var member = await Fixture.CreateMemberAsync(confirmed: false);
        using var visitor = Fixture.CreateClient();
        var answers = new List<string?>();
        foreach (var (path, email) in new[]
        {
            ("/account/password-dimenticata", member.Email!), ("/account/password-dimenticata", member.Email!), ("/account/password-dimenticata", "nessuno@esempio.it"),
            ("/account/conferma-di-nuovo", member.Email!), ("/account/conferma-di-nuovo", member.Email!), ("/account/conferma-di-nuovo", "nessuno@esempio.it"),
        })
        {
            using var answer = await visitor.SubmitAsync(await visitor.GetDocumentAsync(path), $"form[action='{path}']", new Dictionary<string, string> { ["Email"] = email });
            answers.Add($"{(int)answer.StatusCode} {answer.Headers.Location}");
        }

        await Fixture.DrainOutboxAsync();
        Assert.Single(answers.Distinct());
        Assert.Equal(2, Mailbox.To(Fixture.Factory.MailFolder, member.Email!).Count); // one reset, one confirmation
        Assert.Empty(Mailbox.To(Fixture.Factory.MailFolder, "nessuno@esempio.it"));
    }

    [Fact]
    public async Task The_count_is_shared_by_every_instance_of_the_app()
    {
        await using var other = new ClubAppFactory(Fixture.Database.ConnectionString);
        using var first = Fixture.CreateClient();
        using var second = new BrowserLikeClient(other.CreateClient(new() { AllowAutoRedirect = false }));

        foreach (var client in new[] { first, second })
        {
            using var answer = await client.SubmitAsync(await client.GetDocumentAsync("/aggiornamenti"), "main form[action='/aggiornamenti']",
                new Dictionary<string, string> { ["Email"] = "condiviso@esempio.it", ["AcceptPrivacy"] = "true" });
            Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        }

        Assert.Single(Mailbox.To(Fixture.Factory.MailFolder, "condiviso@esempio.it"));
        Assert.Empty(Mailbox.To(other.MailFolder, "condiviso@esempio.it"));
    }

    [Fact]
    public async Task One_requester_sends_at_most_thirty_mails_an_hour_and_one_address_five_a_day()
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var allowances = scope.ServiceProvider.GetRequiredService<Allowances>();
        var fromOneAddress = new MailLimits(allowances, new FixedOrigin("203.0.113.7"));
        var fromAnywhere = new MailLimits(allowances, new NoRequestOrigin());

        var allowed = 0;
        for (var i = 0; i < 35; i++)
        {
            allowed += await fromOneAddress.MaySendAsync(RequestedMail.PasswordReset, $"vittima{i}@esempio.it", CancellationToken.None) ? 1 : 0;
        }

        Assert.Equal(MailLimits.PerRequesterPerHour.Limit, allowed);

        var toOneAddress = 0;
        foreach (var kind in Enum.GetValues<RequestedMail>())
        {
            toOneAddress += await fromAnywhere.MaySendAsync(kind, "Molto.Cercata@esempio.it ", CancellationToken.None) ? 1 : 0;
            toOneAddress += await fromAnywhere.MaySendAsync(kind, "molto.cercata@esempio.it", CancellationToken.None) ? 1 : 0;
        }

        Assert.Equal(MailLimits.PerRecipientPerDay.Limit, toOneAddress);
        Assert.True(await Fixture.QueryDbAsync(db => db.AllowanceUses.AnyAsync(u => u.Bucket == "mail-requester:203.0.113.7" && u.Used == 30)));
    }

    [Fact]
    public void Every_form_that_sends_mail_has_a_rate_limit_policy()
    {
        var endpoints = Fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is not null
                && e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
            .ToList();

        foreach (var form in MailForms)
        {
            var endpoint = endpoints.Single(e => "/" + e.RoutePattern.RawText!.TrimStart('/') == form);
            Assert.True(endpoint.Metadata.GetMetadata<ClubMediaSociali.Web.Infrastructure.LimitedFormAttribute>() is not null, $"{form} has no rate-limit policy");
        }
    }

    private sealed class FixedOrigin(string address) : IRequestOrigin
    {
        public string? Address => address;
    }
}
