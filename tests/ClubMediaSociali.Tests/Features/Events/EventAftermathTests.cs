using System.Net;
using AngleSharp.Dom;
using ClubMediaSociali.Application.Domain.Events;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Application.Domain.Reputation;
using ClubMediaSociali.Application.Features.Events;
using ClubMediaSociali.Tests.Infrastructure;
using ClubMediaSociali.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Features.Events;

/// <summary>After the start: registrants' comments, the organisers' materials, the practice made from them, and the points of a held event.</summary>
public sealed class EventAftermathTests(ClubFixture fixture) : ClubTest(fixture)
{
    private async Task<(Guid Id, Member Organiser, Member Speaker, Member Second)> StartedEventAsync(int capacity = 20)
    {
        var organiser = await Fixture.CreateMemberAsync("Elena Esperta");
        await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == organiser.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Reputation, 150).SetProperty(m => m.JoinedAt, DateTimeOffset.UtcNow.AddDays(-30))));
        var speaker = await Fixture.CreateMemberAsync("Sandro Relatore");
        var second = await Fixture.CreateMemberAsync("Bice Relatrice");
        var starts = DateTime.UtcNow.Date.AddDays(3).AddHours(18);
        var id = (await Fixture.As(organiser).SendAsync(new SaveEvent
        {
            Kind = EventKind.Workshop,
            Title = "Workshop sulle storie dei clienti",
            Description = "Come raccontare i clienti senza annoiarli.",
            Starts = starts,
            Ends = starts.AddHours(2),
            City = "Torino",
            Region = ItalianRegion.Piemonte,
            Capacity = capacity,
            Speakers = $"@{speaker.Handle}, @{second.Handle}",
            Tags = "storytelling",
        })).Value;
        return (id, organiser, speaker, second);
    }

    /// <summary>Moves the event so it started an hour ago (or ended, with <paramref name="ended"/>), as time passing would.</summary>
    private Task<int> StartedAsync(Guid id, bool ended = false)
    {
        var at = DateTimeOffset.UtcNow.AddHours(ended ? -3 : -1);
        return Fixture.QueryDbAsync(db => db.Events.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.StartsAt, at).SetProperty(e => e.EndsAt, at.AddHours(2))));
    }

    [Fact]
    public async Task Registrants_and_organisers_comment_on_the_event_and_others_read_without_writing()
    {
        var (id, organiser, _, _) = await StartedEventAsync();
        var guest = await Fixture.CreateMemberAsync("Giulia Ospite");
        await Fixture.As(guest).SendAsync(new RegisterForEvent(id));
        var stranger = await Fixture.CreateMemberAsync("Oreste Esterno");
        Dictionary<string, string> Comment(string body) => new() { ["ThreadKind"] = "Event", ["ThreadId"] = id.ToString(), ["Body"] = body };

        using var guestClient = await Fixture.SignedInClientAsync(guest);
        using (var posted = await guestClient.PostAsync("/commenti", Comment("Porto degli esempi dalla mia libreria.")))
        {
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        }

        using var organiserClient = await Fixture.SignedInClientAsync(organiser);
        using (var answered = await organiserClient.PostAsync("/commenti", Comment("Ottimo, ci sarà tempo per vederli.")))
        {
            Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        }

        // A member who is not registered reads the thread, is told who writes, and cannot post.
        using var strangerClient = await Fixture.SignedInClientAsync(stranger);
        var page = await strangerClient.GetDocumentAsync($"/eventi/{id}");
        Assert.Equal(2, page.QuerySelectorAll(".comment-thread .comment").Length);
        Assert.Contains("Commentano gli iscritti e gli organizzatori", page.QuerySelector(".comment-thread")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".comment-thread form.comment-form"));
        using var refused = await strangerClient.PostAsync("/commenti", Comment("Posso dire la mia?"));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(2, await Fixture.QueryDbAsync(db => db.Comments.CountAsync(c => c.ThreadId == id)));

        // The registered find the form; a visitor reads and is asked to sign in.
        Assert.NotNull((await guestClient.GetDocumentAsync($"/eventi/{id}")).QuerySelector(".comment-thread form.comment-form"));
        using var visitor = Fixture.CreateClient();
        Assert.Contains("per commentare", (await visitor.GetDocumentAsync($"/eventi/{id}")).QuerySelector(".comment-thread")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task From_the_start_organisers_add_materials_and_turn_them_into_a_practice_draft_credited_to_the_first_speaker()
    {
        var (id, organiser, speaker, second) = await StartedEventAsync();
        using var client = await Fixture.SignedInClientAsync(organiser);

        // Before it starts there is nothing to share yet.
        Assert.Equal(EventErrors.NotStarted, (await Fixture.As(organiser).SendAsync(new SaveEventMaterials { EventId = id, Materials = [new() { Title = "Slide", Url = "https://esempio.it/slide.pdf" }] })).Error);
        await StartedAsync(id);

        // Bad rows are said beside their fields, and what was typed stays.
        var form = await client.GetDocumentAsync($"/eventi/{id}/materiali");
        using var bad = await client.SubmitAsync(form, "form.materials-form", new Dictionary<string, string>
        {
            ["Materials[0].Title"] = "Le slide",
            ["Materials[0].Url"] = "non è un indirizzo",
            ["Materials[1].Url"] = "https://video.esempio.it/registrazione",
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var badPage = await BrowserLikeClient.ParseAsync(bad);
        Assert.Equal("Scrivi un indirizzo web completo, che inizi con https://", badPage.QuerySelector("#m-0-url-errore")!.TextContent.Trim());
        Assert.Equal("Dai un titolo a questo materiale.", badPage.QuerySelector("#m-1-title-errore")!.TextContent.Trim());
        Assert.Equal("Le slide", badPage.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#m-0-title")!.Value);

        using var saved = await client.SubmitAsync(form, "form.materials-form", new Dictionary<string, string>
        {
            ["Materials[0].Kind"] = nameof(MaterialKind.Slides),
            ["Materials[0].Title"] = "Le slide",
            ["Materials[0].Url"] = "https://esempio.it/slide.pdf",
            ["Materials[1].Kind"] = nameof(MaterialKind.Recording),
            ["Materials[1].Title"] = "La registrazione",
            ["Materials[1].Url"] = "https://video.esempio.it/registrazione",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var visitor = Fixture.CreateClient();
        var shown = await visitor.GetDocumentAsync($"/eventi/{id}");
        Assert.Equal(["Le slide", "La registrazione"], shown.QuerySelectorAll(".event-materials a").Select(a => a.TextContent));

        // Only the organisers: a speaker is not one.
        Assert.Equal(EventErrors.NotOrganizer, (await Fixture.As(speaker).SendAsync(new TurnEventIntoPractice(id, PracticeKind.Story))).Error);
        using var speakerClient = await Fixture.SignedInClientAsync(speaker);
        using (var stranger = await speakerClient.PostAsync($"/eventi/{id}/materiali", new Dictionary<string, string> { ["Materials[0].Title"] = "" }))
        {
            Assert.Contains("/accesso/negato", stranger.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        // A resource: the recording is its address; the draft is the first speaker's, naming both, with the materials.
        var page = await client.GetDocumentAsync($"/eventi/{id}");
        using (var turned = await client.SubmitAsync(page, $"form[action='/eventi/{id}/pratica']", new Dictionary<string, string> { ["kind"] = "Resource" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, turned.StatusCode);
        }

        var practice = await Fixture.QueryDbAsync(db => db.Practices.SingleAsync(p => p.SourceEventId == id));
        Assert.Equal((PracticeStatus.Draft, PracticeKind.Resource, speaker.Id), (practice.Status, practice.Kind, practice.AuthorId));
        Assert.Equal("https://video.esempio.it/registrazione", practice.ResourceUrl);
        Assert.Equal(ResourceFormat.Video, practice.ResourceFormat);
        Assert.Contains($"[Bice Relatrice](/membri/{second.Handle})", practice.BodyMarkdown, StringComparison.Ordinal);
        Assert.Contains("[Le slide](<https://esempio.it/slide.pdf>)", practice.BodyMarkdown, StringComparison.Ordinal);
        Assert.Equal(["storytelling"], practice.Tags);
        Assert.Equal(practice.Id, await Fixture.QueryDbAsync(db => db.Events.Where(e => e.Id == id).Select(e => e.PracticeId).SingleAsync()));
        // Once: the page now links the practice; a second one is refused.
        Assert.NotNull((await client.GetDocumentAsync($"/eventi/{id}")).QuerySelector($"a[href='/repertorio/{practice.Id}']"));
        Assert.Equal(EventErrors.AlreadyTurned, (await Fixture.As(organiser).SendAsync(new TurnEventIntoPractice(id, PracticeKind.Story))).Error);
        // The speaker finds the draft among their practices, to finish and submit.
        Assert.NotNull((await speakerClient.GetDocumentAsync($"/repertorio/{practice.Id}/modifica")).QuerySelector("form"));
    }

    [Fact]
    public async Task A_held_event_with_five_attendees_earns_its_organiser_and_speakers_their_points_once_and_a_smaller_one_nothing()
    {
        var (id, organiser, speaker, second) = await StartedEventAsync();
        for (var i = 0; i < ReputationReasons.EventAttendees; i++)
        {
            await Fixture.As(await Fixture.CreateMemberAsync($"Partecipante {i}")).SendAsync(new RegisterForEvent(id));
        }

        var (small, smallOrganiser, smallSpeaker, _) = await StartedEventAsync();
        await Fixture.As(await Fixture.CreateMemberAsync("Unico Presente")).SendAsync(new RegisterForEvent(small));
        Task<int> PointsAsync(Member m) => Fixture.QueryDbAsync(db => db.Users.Where(x => x.Id == m.Id).Select(x => x.Reputation).SingleAsync());
        var before = (await PointsAsync(organiser), await PointsAsync(speaker), await PointsAsync(second));

        // Not before it ends.
        await StartedAsync(id);
        Assert.Equal(0, await RunAsync());
        await StartedAsync(id, ended: true);
        await StartedAsync(small, ended: true);
        Assert.Equal(1, await RunAsync());
        Assert.Equal(0, await RunAsync());
        Assert.Equal(
            (before.Item1 + ReputationReasons.EventHeld.Points, before.Item2 + ReputationReasons.EventSpoke.Points, before.Item3 + ReputationReasons.EventSpoke.Points),
            (await PointsAsync(organiser), await PointsAsync(speaker), await PointsAsync(second)));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.ReputationEvents.CountAsync(r => r.SourceId == small)));

        // The rules are on /reputazione.
        using var visitor = Fixture.CreateClient();
        var rules = (await visitor.GetDocumentAsync("/reputazione")).QuerySelector(".reputation-table")!.TextContent;
        Assert.Contains("Evento organizzato che si è tenuto, con almeno 5 partecipanti", rules, StringComparison.Ordinal);
        Assert.Contains("Intervento come relatore", rules, StringComparison.Ordinal);
    }

    private async Task<int> RunAsync()
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HeldEventsJob>().RunAsync(CancellationToken.None);
    }
}
