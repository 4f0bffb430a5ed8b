using System.Net;
using ClubMediaSociali.Application.Common.Email;
using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Tests.Infrastructure;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Features.Accounts;

/// <summary>
/// The mail server is down when someone joins: joining still works, the confirmation waits in the job
/// queue, and goes out once the server is back. (Found by bench/security-scan, which ran with no mail
/// server and saw every newsletter subscription end on the error page.)
/// </summary>
public sealed class SmtpOutageTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task With_the_mail_server_down_joining_succeeds_and_the_confirmation_goes_out_when_it_is_back()
    {
        var port = SmtpSink.FreePort();
        await using var app = new ClubAppFactory(Fixture.Database.ConnectionString, new Dictionary<string, string>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = $"{port}",
            ["Smtp:UseStartTls"] = "false",
            ["Smtp:FromAddress"] = "club@club.example",
        });
        using var client = new BrowserLikeClient(app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));

        using var joined = await client.SubmitAsync(await client.GetDocumentAsync("/iscriviti"), "form[action='/iscriviti']", new Dictionary<string, string>
        {
            ["DisplayName"] = "Bice Paziente",
            ["Email"] = "bice@esempio.it",
            ["Password"] = "la posta arriva sempre dopo",
            ["PrimaryRoleId"] = "2",
            ["AcceptTerms"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        Assert.Equal("Controlla la posta", (await client.FollowRedirectAsync(joined)).QuerySelector("h1")!.TextContent);
        Assert.True(await Fixture.QueryDbAsync(db => db.Users.AnyAsync(m => m.Email == "bice@esempio.it")));

        await app.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None); // the confirmation mail follows the commit
        Assert.Null(await Fixture.QueryDbAsync(db => db.OutboxMessages.Select(m => m.LastError).SingleAsync()));
        var queued = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedJobs("default", 0, 100)
            .Select(j => j.Value.Job)
            .Single(j => j.Args.Count > 0 && j.Args[0] is EmailMessage { To: "bice@esempio.it" });

        // The server comes back; the queued job runs as Hangfire runs it: the job's type from the container, its method, its stored arguments.
        await using var sink = await SmtpSink.StartAsync(port);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await (Task)queued.Method.Invoke(scope.ServiceProvider.GetRequiredService(queued.Type), [.. queued.Args])!;
        }

        var mail = Assert.Single(sink.Received());
        Assert.Equal("bice@esempio.it", mail.To.Mailboxes.Single().Address);
        Assert.Contains("/account/conferma", mail.TextBody, StringComparison.Ordinal);
    }
}
