using System.Net;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Features.Notifications;
using ClubMediaSociali.Tests.Features.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;
using ClubMediaSociali.Web.Infrastructure.Jobs;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Features.Notifications;

public sealed class DigestAndEmailTests(ClubFixture fixture) : ClubTest(fixture)
{
    private static Notification Notice(Guid member, NotificationKind kind, string subject) =>
        Notification.Of(member, kind, subject, new Target(kind.Targets[0], Guid.NewGuid().ToString()), DateTimeOffset.UtcNow);

    [Fact]
    public async Task Preferences_turn_a_category_off_in_the_centre_send_another_by_email_once_and_record_the_digest_consent()
    {
        var member = await Fixture.CreateMemberAsync("Nora Notifiche");
        using var client = await Fixture.SignedInClientAsync(member);
        var form = await client.GetDocumentAsync("/notifiche/preferenze");
        using var saved = await client.SubmitAsync(form, "form[action='/notifiche/preferenze']", new Dictionary<string, string>
        {
            ["channels[comment]"] = "Off",
            ["channels[practice]"] = "Email",
            ["digest"] = "Daily",
        });
        var page = await client.FollowRedirectAsync(saved);
        Assert.Equal("Preferenze salvate.", page.QuerySelector(".notice-bar")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("#canale-comment-Off[checked]"));
        Assert.NotNull(page.QuerySelector("#digest-Daily[checked]"));
        var consent = await Fixture.QueryDbAsync(db => db.ConsentRecords.Where(c => c.MemberId == member.Id && c.Kind == ConsentKind.EmailDigest)
            .OrderByDescending(c => c.RecordedAt).FirstAsync());
        Assert.True(consent.Granted);

        await Fixture.InsertAsync(Notice(member.Id, NotificationKinds.CommentNew, "Una pratica"), Notice(member.Id, NotificationKinds.PracticePublished, "Il mio metodo"));
        var centre = await client.GetDocumentAsync("/notifiche");
        Assert.Equal(["La tua pratica «Il mio metodo» è pubblicata"], centre.QuerySelectorAll(".notification .notification-text").Select(n => n.TextContent.Trim()));
        Assert.Equal("1", (await client.GetDocumentAsync("/notifiche/conteggio")).QuerySelector(".notification-count")!.TextContent);

        await RunAsync<NotificationEmailJob>(job => job.RunAsync(CancellationToken.None));
        await RunAsync<NotificationEmailJob>(job => job.RunAsync(CancellationToken.None));
        var mail = Assert.Single(Mailbox.To(Fixture.Factory.MailFolder, member.Email!));
        Assert.Equal("La tua pratica «Il mio metodo» è pubblicata", mail.Subject);
        Assert.Contains("http://localhost/repertorio", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("http://localhost/notifiche/preferenze", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Notifications.CountAsync(n => n.EmailCheckedAt == null)));

        // Turning the digest off records the withdrawal.
        using (await client.SubmitAsync(await client.GetDocumentAsync("/notifiche/preferenze"), "form[action='/notifiche/preferenze']", new Dictionary<string, string> { ["digest"] = "Off" }))
        {
        }

        Assert.Equal([false, true], await Fixture.QueryDbAsync(db => db.ConsentRecords.Where(c => c.MemberId == member.Id && c.Kind == ConsentKind.EmailDigest)
            .OrderByDescending(c => c.RecordedAt).Select(c => c.Granted).ToListAsync()));
    }

    [Fact]
    public async Task The_digest_tells_a_member_what_happened_over_real_smtp_with_a_one_click_way_out_and_stays_silent_when_nothing_did()
    {
        var busy = await DigestMemberAsync("Dora Digest", DigestFrequency.Daily, consent: true);
        var quiet = await DigestMemberAsync("Quirino Quieto", DigestFrequency.Weekly, consent: true);
        var withdrawn = await DigestMemberAsync("Wanda Ritirata", DigestFrequency.Weekly, consent: false);
        // Quirino had his last digest eight days ago, and works in technology.
        await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == quiet.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.LastDigestAt, DateTimeOffset.UtcNow.AddDays(-8)).SetProperty(m => m.PrimaryRoleId, 18)));
        var author = await Fixture.CreateMemberAsync();
        await Fixture.InsertPublishedAsync(author, p => { p.Title = "Come misurare una community"; p.TargetRoleIds = [1]; });
        var idea = Build.Idea(author.Id, "Un osservatorio sulle PMI");
        idea.EngagedAt = DateTimeOffset.UtcNow;
        await Fixture.InsertAsync(idea, Notice(busy.Id, NotificationKinds.ConnectionRequest, "Carla Contatto"));

        await using var sink = await SmtpSink.StartAsync();
        int sent;
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var job = new DigestJob(
                services.GetRequiredService<IMediator>(), sink.Sender(), services.GetRequiredService<Web.Infrastructure.Links.ISiteAddress>(),
                services.GetRequiredService<Application.Common.Email.EmailTokens>(),
                services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Web.SharedResource>>(), TimeProvider.System);
            sent = await job.RunAsync(CancellationToken.None);
            Assert.Equal(0, await job.RunAsync(CancellationToken.None));
        }

        // Dora hears about the practice for her role, the rising idea and her notification; Quirino, whose role
        // the practice is not for, still hears about the idea; Wanda withdrew her consent and hears nothing.
        Assert.Equal(2, sent);
        var received = sink.Received();
        var dora = Assert.Single(received, m => m.To.Mailboxes.Single().Address == busy.Email);
        Assert.Equal("Il tuo riepilogo del Club: 3 novità", dora.Subject);
        Assert.Contains("Come misurare una community", dora.TextBody, StringComparison.Ordinal);
        Assert.Contains("Un osservatorio sulle PMI", dora.TextBody, StringComparison.Ordinal);
        Assert.Contains("Carla Contatto chiede di collegarvi", dora.TextBody, StringComparison.Ordinal);
        Assert.Contains("http://localhost/rete", dora.TextBody, StringComparison.Ordinal);
        Assert.Contains("ogni giorno", dora.TextBody, StringComparison.Ordinal);
        var quirino = Assert.Single(received, m => m.To.Mailboxes.Single().Address == quiet.Email);
        Assert.DoesNotContain("Come misurare una community", quirino.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(received, m => m.To.Mailboxes.Single().Address == withdrawn.Email);
        Assert.NotNull(await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == busy.Id).Select(m => m.LastDigestAt).SingleAsync()));

        // The way out: the link opens a page with one button; the List-Unsubscribe one-click POST needs no form token.
        var link = new Uri(dora.Headers["List-Unsubscribe"]!.Trim('<', '>')).PathAndQuery;
        Assert.Contains(link, dora.TextBody, StringComparison.Ordinal);
        using var visitor = Fixture.CreateClient();
        var page = await visitor.GetDocumentAsync(link);
        Assert.Equal(DigestFrequency.Daily, await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == busy.Id).Select(m => m.DigestFrequency).SingleAsync()));
        Assert.NotNull(page.QuerySelector("form[action='/riepilogo/disiscriviti'] button"));
        using var oneClick = await visitor.Http.PostAsync(new Uri(link, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.Equal(DigestFrequency.Off, await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == busy.Id).Select(m => m.DigestFrequency).SingleAsync()));
        Assert.False(await Fixture.QueryDbAsync(db => db.ConsentRecords.Where(c => c.MemberId == busy.Id && c.Kind == ConsentKind.EmailDigest)
            .OrderByDescending(c => c.RecordedAt).Select(c => c.Granted).FirstAsync()));

        // A tampered token stops nothing.
        var tampered = await BrowserLikeClient.ParseAsync(await visitor.Http.PostAsync(
            new Uri("/riepilogo/disiscriviti?t=" + Uri.EscapeDataString("CfDJ8-falso"), UriKind.Relative), new FormUrlEncodedContent([])));
        Assert.StartsWith("Questo collegamento non è valido", tampered.QuerySelector(".lede-dark")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_digest_brings_new_practices_of_the_tags_and_roles_the_member_follows_besides_their_own_role()
    {
        var member = await DigestMemberAsync("Fabio Follower", DigestFrequency.Weekly, consent: true);
        await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == member.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.PrimaryRoleId, 1).SetProperty(m => m.SecondaryRoleIds, Array.Empty<int>())));
        await Fixture.As(member).SendAsync(new Application.Features.Following.Follow(Application.Domain.Network.FollowKind.Tag, "video", On: true));
        await Fixture.As(member).SendAsync(new Application.Features.Following.Follow(Application.Domain.Network.FollowKind.Role, "6", On: true));
        var author = await Fixture.CreateMemberAsync();
        await Fixture.InsertPublishedAsync(author, p => { p.Title = "Un video per un altro ruolo"; p.TargetRoleIds = [12]; p.Tags = ["video"]; });
        await Fixture.InsertPublishedAsync(author, p => { p.Title = "Per i social media manager"; p.TargetRoleIds = [6]; });
        await Fixture.InsertPublishedAsync(author, p => { p.Title = "Per un ruolo che non seguo"; p.TargetRoleIds = [12]; p.Tags = ["fiere"]; });

        var digest = await Fixture.SendAsync(new GetDigest(member.Id, DateTimeOffset.UtcNow.AddMinutes(1)));

        Assert.Equal(["Per i social media manager", "Un video per un altro ruolo"], digest!.NewPractices.Select(p => p.Title).Order());
    }

    [Fact]
    public async Task A_digest_with_nothing_to_say_is_not_sent_and_waits_for_the_next_period()
    {
        var member = await DigestMemberAsync("Silvia Silenzio", DigestFrequency.Weekly, consent: true);
        var digest = await Fixture.SendAsync(new GetDigest(member.Id, DateTimeOffset.UtcNow));
        Assert.False(digest!.HasNews);

        await RunAsync<DigestJob>(job => job.RunAsync(CancellationToken.None));
        Assert.Empty(Mailbox.To(Fixture.Factory.MailFolder, member.Email!));
        Assert.Empty(await Fixture.SendAsync(new GetDueDigests(DateTimeOffset.UtcNow)));
        Assert.Equal([member.Id], await Fixture.SendAsync(new GetDueDigests(DateTimeOffset.UtcNow.AddDays(7))));
    }

    [Fact]
    public async Task Only_admins_open_the_jobs_dashboard()
    {
        using var visitor = Fixture.CreateClient();
        using var anonymous = await visitor.Http.GetAsync("/admin/lavori");
        Assert.StartsWith("/accesso", anonymous.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        using var member = await Fixture.SignedInClientAsync(await Fixture.CreateMemberAsync());
        using var denied = await member.Http.GetAsync("/admin/lavori");
        Assert.Equal("/accesso/negato", denied.Headers.Location!.AbsolutePath);
        using var moderator = await Fixture.SignedInClientAsync(await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator));
        using var alsoDenied = await moderator.Http.GetAsync("/admin/lavori");
        Assert.Equal("/accesso/negato", alsoDenied.Headers.Location!.AbsolutePath);
        using var admin = await Fixture.SignedInClientAsync(await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Admin));
        using var dashboard = await admin.Http.GetAsync("/admin/lavori");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("Hangfire", await dashboard.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<Member> DigestMemberAsync(string name, DigestFrequency frequency, bool consent)
    {
        var member = await Fixture.CreateMemberAsync(name);
        await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == member.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.DigestFrequency, frequency)));
        await Fixture.InsertAsync(new ConsentRecord { MemberId = member.Id, Kind = ConsentKind.EmailDigest, Version = "1", Granted = consent, RecordedAt = DateTimeOffset.UtcNow });
        return member;
    }

    private async Task RunAsync<TJob>(Func<TJob, Task> run)
        where TJob : notnull
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        await run(scope.ServiceProvider.GetRequiredService<TJob>());
    }
}
