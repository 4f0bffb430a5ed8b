using System.Net;
using AngleSharp.Dom;
using ClubMediaSociali.Application.Domain.Events;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Features.Events;
using ClubMediaSociali.Tests.Infrastructure;
using Ical.Net;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Events;

public sealed class PersonalCalendarTests(ClubFixture fixture) : ClubTest(fixture)
{
    private static SaveEvent Online(string title, string link, int? capacity = null, int inDays = 12) => new()
    {
        ForClub = true,
        Kind = EventKind.Webinar,
        Title = title,
        Description = "Un'ora online.",
        Starts = DateTime.UtcNow.Date.AddDays(inDays).AddHours(18),
        Ends = DateTime.UtcNow.Date.AddDays(inDays).AddHours(19),
        Online = true,
        OnlineUrl = link,
        Capacity = capacity,
    };

    [Fact]
    public async Task My_events_come_to_my_calendar_app_at_a_secret_address_shown_once_which_a_new_one_or_a_revocation_ends()
    {
        var moderator = await Fixture.CreateMemberAsync("Moreno Moderatore");
        var seated = (await Fixture.AsModerator(moderator).SendAsync(Online("Webinar sui podcast", "https://meet.example.org/podcast"))).Value;
        var full = (await Fixture.AsModerator(moderator).SendAsync(Online("Webinar sulle newsletter", "https://meet.example.org/newsletter", capacity: 1, inDays: 14))).Value;
        var other = (await Fixture.AsModerator(moderator).SendAsync(Online("Webinar che non mi riguarda", "https://meet.example.org/altro"))).Value;
        var first = await Fixture.CreateMemberAsync("Primo Posto");
        await Fixture.As(first).SendAsync(new RegisterForEvent(full));
        var member = await Fixture.CreateMemberAsync("Carla Calendario");
        await Fixture.As(member).SendAsync(new RegisterForEvent(seated));
        Assert.Equal(RegistrationStatus.Waiting, (await Fixture.As(member).SendAsync(new RegisterForEvent(full))).Value);

        using var client = await Fixture.SignedInClientAsync(member);
        var mine = await client.GetDocumentAsync("/eventi/miei");
        Assert.Equal(["Webinar sui podcast", "Webinar sulle newsletter"], mine.QuerySelectorAll("#iscrizioni ~ ol .event-card h2").Select(h => h.TextContent.Trim()));
        Assert.Equal(["Sei iscritto", "In lista d'attesa"], mine.QuerySelectorAll("#iscrizioni ~ ol .event-card .badge:last-child").Select(b => b.TextContent.Trim()));
        Assert.Null(mine.QuerySelector("#indirizzo-calendario"));

        // Made: shown on the next page, once.
        using (var made = await client.SubmitAsync(mine, "form[action='/eventi/miei/calendario']"))
        {
            Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        }

        var shown = await client.GetDocumentAsync("/eventi/miei");
        var address = shown.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#indirizzo-calendario")!.Value;
        Assert.StartsWith("http://localhost/calendario/", address, StringComparison.Ordinal);
        var secret = address["http://localhost/calendario/".Length..^".ics".Length];
        Assert.Null((await client.GetDocumentAsync("/eventi/miei")).QuerySelector("#indirizzo-calendario"));
        // Only its digest is kept.
        var stored = await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == member.Id).Select(m => m.CalendarFeedHash).SingleAsync());
        Assert.Equal(CalendarFeeds.Hash(secret), stored);
        Assert.DoesNotContain(secret, stored, StringComparison.Ordinal);

        // Read by a calendar app, signed in nowhere: my two events, the online link only where I have a seat.
        using var app = Fixture.CreateClient();
        var calendar = await ReadAsync(app, address);
        Assert.Equal(["Webinar sui podcast", "Webinar sulle newsletter"], calendar.Events.OrderBy(e => e.DtStart!.AsUtc).Select(e => e.Summary));
        Assert.Equal("https://meet.example.org/podcast", calendar.Events.Single(e => e.Summary == "Webinar sui podcast").Location);
        Assert.DoesNotContain("meet.example.org/newsletter", calendar.Events.Single(e => e.Summary == "Webinar sulle newsletter").Location, StringComparison.Ordinal);
        Assert.DoesNotContain(calendar.Events, e => e.Uid == $"{other:N}@club-dei-media-sociali");

        // A cancelled event stays in it, said cancelled, so the calendar removes it.
        await Fixture.AsModerator(moderator).SendAsync(new CancelEvent(seated));
        Assert.Equal("CANCELLED", (await ReadAsync(app, address)).Events.Single(e => e.Summary == "Webinar sui podcast").Status);

        // A new address ends the old one; a revocation ends it too.
        await client.SubmitAsync(await client.GetDocumentAsync("/eventi/miei"), "form[action='/eventi/miei/calendario']");
        var renewed = (await client.GetDocumentAsync("/eventi/miei")).QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#indirizzo-calendario")!.Value;
        Assert.NotEqual(address, renewed);
        await AssertGoneAsync(app, address);
        Assert.Equal(2, (await ReadAsync(app, renewed)).Events.Count);
        var active = await client.GetDocumentAsync("/eventi/miei");
        Assert.Contains("Hai un indirizzo attivo", active.QuerySelector("#calendario")!.TextContent, StringComparison.Ordinal);
        await client.SubmitAsync(active, "form[action='/eventi/miei/calendario/revoca']");
        await AssertGoneAsync(app, renewed);
        Assert.Null(await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == member.Id).Select(m => m.CalendarFeedHash).SingleAsync()));
        // Guessing is not a way in.
        await AssertGoneAsync(app, "http://localhost/calendario/" + new string('a', 43) + ".ics");
        await AssertGoneAsync(app, "http://localhost/calendario/x.ics");

        // The organiser's own calendar holds the events they created, with their links.
        var organiser = await Fixture.AsModerator(moderator).SendAsync(new ResetCalendarFeed());
        Assert.Equal(3, (await ReadAsync(app, $"http://localhost/calendario/{organiser}.ics")).Events.Count);
    }

    private static async Task<Calendar> ReadAsync(BrowserLikeClient client, string address)
    {
        using var response = await client.Http.GetAsync(new Uri(address));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        return Calendar.Load(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task AssertGoneAsync(BrowserLikeClient client, string address)
    {
        using var response = await client.Http.GetAsync(new Uri(address));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
