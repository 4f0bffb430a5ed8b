using System.Net;
using ClubMediaSociali.Application.Domain.Events;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Features.Events;
using ClubMediaSociali.Tests.Infrastructure;
using Ical.Net;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Events;

public sealed class EventCalendarTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task The_ics_is_parsed_back_field_by_field_with_its_zone_and_an_edit_keeps_the_uid_with_a_new_sequence()
    {
        var moderator = await Fixture.CreateMemberAsync("Moreno Moderatore");
        // A summer date: Rome is two hours ahead of UTC.
        var day = new DateTime(DateTime.UtcNow.Year + 1, 7, 9, 18, 0, 0);
        var title = "Perché la città è più viva: comunità, marchi e partecipazione ài tempi dei social";
        var description = string.Concat(Enumerable.Repeat("Così è più facile: ò à è ì ù é — ", 12));
        var id = (await Fixture.AsModerator(moderator).SendAsync(new SaveEvent
        {
            ForClub = true,
            Kind = EventKind.Workshop,
            Title = title,
            Description = description,
            Starts = day,
            Ends = day.AddHours(2),
            Venue = "Palazzo Ducale",
            City = "Genova",
            Region = ItalianRegion.Liguria,
        })).Value;

        using var client = Fixture.CreateClient();
        var first = await ReadAsync(client, id);
        var e = Assert.Single(first.Events);
        Assert.Equal($"{id:N}@club-dei-media-sociali", e.Uid);
        Assert.Equal(0, e.Sequence);
        Assert.Equal(title, e.Summary);
        Assert.StartsWith(description.Trim()[..40], e.Description, StringComparison.Ordinal);
        Assert.Equal("Palazzo Ducale, Genova", e.Location);
        Assert.Equal("CONFIRMED", e.Status);
        Assert.Equal("Europe/Rome", e.DtStart!.TzId);
        Assert.Equal((18, 0), (e.DtStart.Value.Hour, e.DtStart.Value.Minute));
        Assert.Equal((20, 0), (e.DtEnd!.Value.Hour, e.DtEnd.Value.Minute));
        Assert.Equal(new DateTime(day.Year, 7, 9, 16, 0, 0, DateTimeKind.Utc), e.DtStart.AsUtc);
        Assert.Contains(first.TimeZones, z => z.TzId == "Europe/Rome");

        // Moved an hour later: the same UID, the next SEQUENCE.
        Assert.True((await Fixture.AsModerator(moderator).SendAsync(new SaveEvent
        {
            EventId = id,
            Kind = EventKind.Workshop,
            Title = title,
            Description = description,
            Starts = day.AddHours(1),
            Ends = day.AddHours(3),
            Venue = "Palazzo Ducale",
            City = "Genova",
            Region = ItalianRegion.Liguria,
        })).IsSuccess);
        var second = Assert.Single((await ReadAsync(client, id)).Events);
        Assert.Equal((e.Uid, 1, 19), (second.Uid, second.Sequence, second.DtStart!.Value.Hour));

        // The page carries schema.org's Event for search engines, with the time's offset in Rome.
        var page = await client.GetDocumentAsync($"/eventi/{id}");
        using var json = System.Text.Json.JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var root = json.RootElement;
        Assert.Equal(("Event", title), (root.GetProperty("@type").GetString(), root.GetProperty("name").GetString()));
        Assert.Equal($"{day.Year}-07-09T19:00:00+02:00", root.GetProperty("startDate").GetString());
        Assert.Equal("https://schema.org/OfflineEventAttendanceMode", root.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal(("Palazzo Ducale", "Genova"), (root.GetProperty("location").GetProperty("name").GetString(),
            root.GetProperty("location").GetProperty("address").GetProperty("addressLocality").GetString()));
        Assert.Equal("Club dei media sociali", root.GetProperty("organizer").GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_public_calendar_holds_the_events_to_come_without_their_online_links()
    {
        var moderator = await Fixture.CreateMemberAsync("Moreno Moderatore");
        var day = DateTime.UtcNow.Date.AddDays(10).AddHours(18);
        SaveEvent Event(string title) => new()
        {
            ForClub = true,
            Kind = EventKind.Meetup,
            Title = title,
            Description = "Un incontro.",
            Starts = day,
            Ends = day.AddHours(2),
            City = "Pisa",
            Region = ItalianRegion.Toscana,
        };
        var inPerson = (await Fixture.AsModerator(moderator).SendAsync(Event("Incontro a Pisa"))).Value;
        var online = (await Fixture.AsModerator(moderator).SendAsync(Event("Webinar del Club") with
        {
            Online = true,
            OnlineUrl = "https://meet.example.org/segreto",
            City = null,
            Region = null,
        })).Value;
        var past = (await Fixture.AsModerator(moderator).SendAsync(Event("Incontro passato"))).Value;
        await Fixture.QueryDbAsync(db => db.Events.Where(e => e.Id == past)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.StartsAt, DateTimeOffset.UtcNow.AddDays(-3)).SetProperty(e => e.EndsAt, DateTimeOffset.UtcNow.AddDays(-3).AddHours(2))));

        using var client = Fixture.CreateClient();
        using var response = await client.Http.GetAsync(new Uri("/eventi/calendario.ics", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("segreto", text, StringComparison.Ordinal);
        var calendar = Calendar.Load(text)!;
        Assert.Equal(new[] { $"{inPerson:N}@club-dei-media-sociali", $"{online:N}@club-dei-media-sociali" }.Order(), calendar.Events.Select(e => e.Uid).Order());
    }

    private static async Task<Calendar> ReadAsync(BrowserLikeClient client, Guid id)
    {
        using var response = await client.Http.GetAsync(new Uri($"/eventi/{id}/calendario.ics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        // Folded by octets: no line of the file is longer than 75 bytes.
        Assert.All(text.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
        return Calendar.Load(text)!;
    }
}
