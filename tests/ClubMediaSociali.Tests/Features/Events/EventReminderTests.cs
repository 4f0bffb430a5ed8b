using AngleSharp.Dom;
using ClubMediaSociali.Application.Domain.Events;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Features.Events;
using ClubMediaSociali.Tests.Infrastructure;
using ClubMediaSociali.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Features.Events;

public sealed class EventReminderTests(ClubFixture fixture) : ClubTest(fixture)
{
    private const string Link = "https://meet.example.org/club-reminder";

    private async Task<int> RunReminderJobAsync()
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EventReminderJob>().RunAsync(CancellationToken.None);
    }

    /// <summary>Moves the event's start to <paramref name="from"/> from now, as time passing would.</summary>
    private Task<int> StartsInAsync(Guid id, TimeSpan from)
    {
        var at = DateTimeOffset.UtcNow + from;
        return Fixture.QueryDbAsync(db => db.Events.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.StartsAt, at).SetProperty(e => e.EndsAt, at.AddHours(1))));
    }

    [Fact]
    public async Task The_registered_are_reminded_a_day_and_an_hour_before_once_each_in_their_language_and_zone_with_the_online_link()
    {
        var moderator = await Fixture.CreateMemberAsync("Moreno Moderatore");
        var starts = DateTime.UtcNow.Date.AddDays(20).AddHours(18);
        var id = (await Fixture.AsModerator(moderator).SendAsync(new SaveEvent
        {
            ForClub = true,
            Kind = EventKind.Webinar,
            Title = "Webinar sulle recensioni",
            Description = "Come rispondere alle recensioni.",
            Starts = starts,
            Ends = starts.AddHours(1),
            Online = true,
            OnlineUrl = Link,
            Capacity = 3,
        })).Value;
        var anna = await Fixture.CreateMemberAsync("Anna Roma");
        var john = await Fixture.CreateMemberAsync("John Newyork");
        await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == john.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Culture, "en").SetProperty(m => m.TimeZone, "America/New_York")));
        var quiet = await Fixture.CreateMemberAsync("Quinto Silenzioso");
        await Fixture.InsertAsync(new NotificationSetting { MemberId = quiet.Id, Category = NotificationCategories.Event, Channel = NotificationChannel.InSite });
        var waiting = await Fixture.CreateMemberAsync("Walter Attesa");
        foreach (var m in new[] { anna, john, quiet, waiting })
        {
            Assert.True((await Fixture.As(m).SendAsync(new RegisterForEvent(id))).IsSuccess);
        }

        // Three weeks before, nothing is due.
        Assert.Equal(0, await RunReminderJobAsync());

        // A day before: the registered who take event mail, once.
        await StartsInAsync(id, TimeSpan.FromHours(23));
        Assert.Equal(2, await RunReminderJobAsync());
        Assert.Equal(0, await RunReminderJobAsync());
        var italian = Assert.Single(Mailbox.To(Fixture.Factory.MailFolder, anna.Email!));
        Assert.StartsWith("Promemoria: «Webinar sulle recensioni»", italian.Subject, StringComparison.Ordinal);
        Assert.Contains($"Collegamento per partecipare: {Link}", italian.TextBody, StringComparison.Ordinal);
        var start = await Fixture.QueryDbAsync(db => db.Events.Where(e => e.Id == id).Select(e => e.StartsAt).SingleAsync());
        var rome = TimeZoneInfo.ConvertTime(start, TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome"));
        Assert.Contains(rome.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), italian.TextBody, StringComparison.Ordinal);
        // In John's language, on his clock, with his zone named.
        var english = Assert.Single(Mailbox.To(Fixture.Factory.MailFolder, john.Email!));
        Assert.StartsWith("Reminder: “Webinar sulle recensioni”", english.Subject, StringComparison.Ordinal);
        var newYork = TimeZoneInfo.ConvertTime(start, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        Assert.Contains(newYork.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), english.TextBody, StringComparison.Ordinal);
        Assert.Contains("America/New_York time, your time zone", english.TextBody, StringComparison.Ordinal);
        Assert.Empty(Mailbox.To(Fixture.Factory.MailFolder, quiet.Email!));
        Assert.Empty(Mailbox.To(Fixture.Factory.MailFolder, waiting.Email!));

        // An hour before: the second reminder, once.
        await StartsInAsync(id, TimeSpan.FromMinutes(50));
        Assert.Equal(2, await RunReminderJobAsync());
        Assert.Equal(0, await RunReminderJobAsync());
        var soon = Mailbox.To(Fixture.Factory.MailFolder, anna.Email!).Single(m => m.Subject!.StartsWith("Tra un'ora", StringComparison.Ordinal));
        Assert.Contains(Link, soon.TextBody, StringComparison.Ordinal);

        // Moved to another day by its organiser: reminded again of the new start.
        var later = DateTime.UtcNow.Date.AddDays(10).AddHours(18);
        Assert.True((await Fixture.AsModerator(moderator).SendAsync(new SaveEvent
        {
            EventId = id,
            Kind = EventKind.Webinar,
            Title = "Webinar sulle recensioni",
            Description = "Come rispondere alle recensioni.",
            Starts = later,
            Ends = later.AddHours(1),
            Online = true,
            OnlineUrl = Link,
            Capacity = 3,
        })).IsSuccess);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.EventRegistrations.CountAsync(r => r.EventId == id && (r.DayReminderAt != null || r.HourReminderAt != null))));

        // A cancelled event reminds nobody.
        Assert.True((await Fixture.AsModerator(moderator).SendAsync(new CancelEvent(id))).IsSuccess);
        await StartsInAsync(id, TimeSpan.FromHours(2));
        Assert.Equal(0, await RunReminderJobAsync());
    }

    [Fact]
    public async Task A_member_reads_event_times_in_the_zone_chosen_in_their_profile_and_visitors_in_the_events_zone_named()
    {
        var moderator = await Fixture.CreateMemberAsync("Moreno Moderatore");
        var starts = DateTime.UtcNow.Date.AddDays(20).AddHours(18);
        var id = (await Fixture.AsModerator(moderator).SendAsync(new SaveEvent
        {
            ForClub = true,
            Kind = EventKind.Meetup,
            Title = "Incontro a Bari",
            Description = "Per conoscersi.",
            Starts = starts,
            Ends = starts.AddHours(2),
            City = "Bari",
            Region = ItalianRegion.Puglia,
        })).Value;

        using var visitor = Fixture.CreateClient();
        Assert.Contains("18:00–20:00 (ora italiana)", (await visitor.GetDocumentAsync($"/eventi/{id}")).QuerySelector(".event-when")!.TextContent, StringComparison.Ordinal);

        var member = await Fixture.CreateMemberAsync("Lara Londra");
        using var client = await Fixture.SignedInClientAsync(member);
        Assert.Equal("18:00–20:00", (await client.GetDocumentAsync($"/eventi/{id}")).QuerySelector(".event-when")!.TextContent.Trim()[^11..]);

        // She chooses London in her profile: the page says 17:00 on her clock, at once.
        var form = await client.GetDocumentAsync("/profilo/modifica");
        using var saved = await client.SubmitAsync(form, "form[action='/profilo/modifica']", new Dictionary<string, string> { ["TimeZone"] = "Europe/London" });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("17:00–19:00 (ora di Europe/London, il tuo fuso orario)", (await client.GetDocumentAsync($"/eventi/{id}")).QuerySelector(".event-when")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("17:00–19:00", (await client.GetDocumentAsync("/eventi")).QuerySelector(".event-when")!.TextContent, StringComparison.Ordinal);

        // A zone that is not one is refused beside the field, and nothing else is lost.
        var again = await client.GetDocumentAsync("/profilo/modifica");
        var invented = again.CreateElement<AngleSharp.Html.Dom.IHtmlOptionElement>();
        invented.Value = "Marte/Olympus";
        again.QuerySelector("#TimeZone")!.AppendChild(invented);
        using var refused = await client.SubmitAsync(again, "form[action='/profilo/modifica']", new Dictionary<string, string> { ["TimeZone"] = "Marte/Olympus", ["Headline"] = "Scritto ora" });
        var page = await BrowserLikeClient.ParseAsync(refused);
        Assert.Equal("Scegli un fuso orario dall'elenco.", page.QuerySelector("#TimeZone-errore")!.TextContent.Trim());
        Assert.Equal("Scritto ora", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Headline")!.Value);
        Assert.Equal("Europe/London", await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == member.Id).Select(m => m.TimeZone).SingleAsync()));
    }
}
