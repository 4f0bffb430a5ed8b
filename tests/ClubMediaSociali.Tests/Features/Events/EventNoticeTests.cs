using System.Net;
using ClubMediaSociali.Application.Domain.Events;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Features.Events;
using ClubMediaSociali.Tests.Infrastructure;
using ClubMediaSociali.Web.Infrastructure.Jobs;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Features.Events;

public sealed class EventNoticeTests(ClubFixture fixture) : ClubTest(fixture)
{
    private static SaveEvent Tasting(int capacity) => new()
    {
        ForClub = true,
        Kind = EventKind.Networking,
        Title = "Aperitivo del Club a Trento",
        Description = "Un'ora per conoscersi.",
        Starts = DateTime.UtcNow.Date.AddDays(15).AddHours(18),
        Ends = DateTime.UtcNow.Date.AddDays(15).AddHours(20),
        City = "Trento",
        Region = ItalianRegion.TrentinoAltoAdige,
        Capacity = capacity,
    };

    private async Task RunMailJobAsync()
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NotificationEmailJob>().RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_promotion_a_change_and_a_cancellation_reach_the_registered_in_the_site_and_by_mail_and_the_calendar_says_cancelled()
    {
        var moderator = await Fixture.CreateMemberAsync("Moreno Moderatore");
        var id = (await Fixture.AsModerator(moderator).SendAsync(Tasting(capacity: 1))).Value;
        var seated = await Fixture.CreateMemberAsync("Sara Seduta");
        var waiting = await Fixture.CreateMemberAsync("Walter Attesa");
        var other = await Fixture.CreateMemberAsync("Olga Altrove");
        await Fixture.As(seated).SendAsync(new RegisterForEvent(id));
        await Fixture.As(waiting).SendAsync(new RegisterForEvent(id));

        // Sara gives up her place: Walter is promoted, told in the site and (the events' default) by mail.
        await Fixture.As(seated).SendAsync(new CancelRegistration(id));
        await RunMailJobAsync();
        var promoted = Assert.Single(Mailbox.To(Fixture.Factory.MailFolder, waiting.Email!));
        Assert.Equal("Si è liberato un posto: sei iscritto a «Aperitivo del Club a Trento»", promoted.Subject);
        Assert.Contains($"http://localhost/eventi/{id}", promoted.TextBody, StringComparison.Ordinal);

        // Moved an hour later: everyone still registered is told; nobody else.
        var moved = Tasting(capacity: 1) with { EventId = id, Starts = Tasting(1).Starts!.Value.AddHours(1), Ends = Tasting(1).Ends!.Value.AddHours(1) };
        Assert.True((await Fixture.AsModerator(moderator).SendAsync(moved)).IsSuccess);
        Assert.Equal([NotificationKinds.EventChanged.Name], await KindsAsync(waiting.Id, NotificationKinds.EventChanged.Name));
        Assert.Empty(await KindsAsync(seated.Id, NotificationKinds.EventChanged.Name));

        // Only its organisers or a moderator cancel it.
        Assert.Equal(EventErrors.NotOrganizer, (await Fixture.As(other).SendAsync(new CancelEvent(id))).Error);
        Assert.True((await Fixture.AsModerator(moderator).SendAsync(new CancelEvent(id))).IsSuccess);
        await RunMailJobAsync();
        // The change and the cancellation arrive in one mail, as notifications waiting together do.
        Assert.Contains(Mailbox.To(Fixture.Factory.MailFolder, waiting.Email!), m => m.TextBody?.Contains("L'evento «Aperitivo del Club a Trento» è stato annullato", StringComparison.Ordinal) == true);
        Assert.Empty(Mailbox.To(Fixture.Factory.MailFolder, other.Email!));

        // Its calendar entry: the same UID, the next sequence, cancelled; the list no longer shows it, its page says so.
        using var visitor = Fixture.CreateClient();
        using var ics = await visitor.Http.GetAsync(new Uri($"/eventi/{id}/calendario.ics", UriKind.Relative));
        var e = Assert.Single(Calendar.Load(await ics.Content.ReadAsStringAsync())!.Events);
        Assert.Equal(($"{id:N}@club-dei-media-sociali", 2, "CANCELLED"), (e.Uid, e.Sequence, e.Status));
        Assert.Empty((await visitor.GetDocumentAsync("/eventi")).QuerySelectorAll(".event-card"));
        Assert.Equal("Questo evento è stato annullato.", (await visitor.GetDocumentAsync($"/eventi/{id}")).QuerySelector(".notice-inline")!.TextContent.Trim());
        Assert.Equal(EventErrors.Cancelled, (await Fixture.As(other).SendAsync(new RegisterForEvent(id))).Error);

        // Over HTTP, a stranger's cancellation is refused.
        var another = (await Fixture.AsModerator(moderator).SendAsync(Tasting(capacity: 5))).Value;
        using var otherClient = await Fixture.SignedInClientAsync(other);
        using var refused = await otherClient.PostAsync($"/eventi/{another}/annulla");
        Assert.Contains("/accesso/negato", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(Application.Domain.Events.EventStatus.Scheduled, await Fixture.QueryDbAsync(db => db.Events.Where(x => x.Id == another).Select(x => x.Status).SingleAsync()));
    }

    private Task<List<string>> KindsAsync(Guid member, string kind) =>
        Fixture.QueryDbAsync(db => db.Notifications.Where(n => n.MemberId == member && n.Kind == kind).Select(n => n.Kind).ToListAsync());
}
