using ClubMediaSociali.Application.Domain.Events;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Features.Events;
using ClubMediaSociali.Web.Features.Members;
using ClubMediaSociali.Web.Infrastructure;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using ClubMediaSociali.Web.Infrastructure.Caching;
using ClubMediaSociali.Web.Infrastructure.Links;
using ClubMediaSociali.Web.Infrastructure.Localization;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Events;

/// <summary>
/// The Club's events: the list of those to come and the archive, each event's page, creating and editing by their
/// organisers, and registering (a seat or the waiting list) and cancelling.
/// </summary>
public sealed class EventsController(IMediator mediator, IStringLocalizer<SharedResource> text, ISiteAddress site, TimeProvider clock) : ClubController
{
    private const string FeedSecretKey = "calendar-feed-secret";

    private string FeedAddress(string secret) => site.Absolute($"/calendario/{secret}.ics");

    [AllowAnonymous]
    [OutputCache(PolicyName = PageCache.MemberPolicy, Tags = [PageCache.Events])]
    [HttpGet("/eventi")]
    public async Task<IActionResult> Index(
        [FromQuery(Name = "archivio")] bool past, [FromQuery(Name = "regione")] ItalianRegion? region, [FromQuery(Name = "online")] bool online,
        [FromQuery(Name = "tipo")] string? kind, [FromQuery(Name = "ruolo")] int? role, [FromQuery(Name = "tema")] string? tag, [FromQuery(Name = "q")] string? words, [FromQuery(Name = "azienda")] string? company, [FromQuery(Name = "dopo")] string? after,
        CancellationToken cancellationToken)
    {
        var filters = new EventFilters(
            region, online, EventTexts.ParseKind(kind), role, string.IsNullOrWhiteSpace(tag) ? null : tag.Trim(),
            string.IsNullOrWhiteSpace(words) ? null : words.Trim()[..Math.Min(words.Trim().Length, Application.Features.Search.SearchClub.MaxLength)],
            string.IsNullOrWhiteSpace(company) ? null : company.Trim());
        await ViewData.LoadRoleGroupsAsync(mediator, cancellationToken);
        return View(new EventsPage(await mediator.Send(new ListEvents(past, after, filters), cancellationToken), past, filters));
    }

    /// <summary>"I miei eventi": registrations, events organised, the last attended, and the personal calendar address.</summary>
    [Authorize(Policy = Policies.Member)]
    [OutputCache(PolicyName = PageCache.MemberPolicy, Tags = [PageCache.Events, PageCache.Companies])]
    [HttpGet("/eventi/miei")]
    public async Task<IActionResult> Mine(CancellationToken cancellationToken)
    {
        // Read only when a notice waits: reading it empty would answer with a cookie, and such a page is never kept.
        var secret = Request.Cookies.ContainsKey(PageCache.TempDataCookie) ? TempData[FeedSecretKey] as string : null;
        if (secret is not null)
        {
            // The new calendar address is shown this once: no cache keeps the page that holds it.
            Response.Headers.CacheControl = "private, no-store";
        }

        return View(new MyEventsPage(await mediator.Send(new ListMyEvents(), cancellationToken), secret is null ? null : FeedAddress(secret)));
    }

    /// <summary>Makes the personal calendar address (a new one ends the old), shown once on the next page.</summary>
    [Authorize(Policy = Policies.Member)]
    [HttpPost("/eventi/miei/calendario")]
    public async Task<IActionResult> CreateFeed(CancellationToken cancellationToken)
    {
        TempData[FeedSecretKey] = await mediator.Send(new ResetCalendarFeed(), cancellationToken);
        return Redirect("/eventi/miei#calendario");
    }

    [Authorize(Policy = Policies.Member)]
    [HttpPost("/eventi/miei/calendario/revoca")]
    public async Task<IActionResult> RevokeFeed(CancellationToken cancellationToken)
    {
        await mediator.Send(new ResetCalendarFeed(Revoke: true), cancellationToken);
        Notice(text["Indirizzo del calendario revocato: i calendari che lo usavano non ricevono più i tuoi eventi."]);
        return Redirect("/eventi/miei#calendario");
    }

    /// <summary>
    /// The member's own calendar for their calendar app, at the secret address, without sign-in; an unknown or revoked
    /// address is simply not found. Never cached on the way: it holds online links.
    /// </summary>
    [AllowAnonymous]
    [HttpGet("/calendario/{secret}.ics")]
    public async Task<IActionResult> PersonalCalendar(string secret, CancellationToken cancellationToken)
    {
        var events = await mediator.Send(new GetPersonalCalendar(secret), cancellationToken);
        if (events is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        Response.Headers["X-Robots-Tag"] = "noindex";
        var ics = EventCalendar.Write([.. events.Select(e => EventTexts.CalendarItem(text, e, e.OnlineUrl, site))], clock.GetUtcNow());
        return File(System.Text.Encoding.UTF8.GetBytes(ics), EventCalendar.ContentType);
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpGet("/eventi/nuovo")]
    public async Task<IActionResult> Create(
        [FromQuery(Name = "azienda")] string? company, [FromQuery(Name = "club")] bool forClub, [FromQuery(Name = "personale")] bool personal,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(company) && !forClub && !personal)
        {
            // "Organizza un evento": in whose name, or who may when the member may not yet.
            var choices = await mediator.Send(new GetOrganizerChoices(), cancellationToken);
            if (choices.Count != 1 || !choices.AsMember)
            {
                return View("Choose", choices);
            }
        }

        if (!await mediator.Send(new MayOrganizeEvent(company, forClub), cancellationToken))
        {
            return Refusal(EventErrors.MayNotOrganize);
        }

        await ViewData.LoadRoleGroupsAsync(mediator, cancellationToken);
        return View("Edit", new SaveEvent { Company = company, ForClub = forClub });
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [LimitedForm(FormLimit.Contributions)]
    [HttpPost("/eventi/nuovo")]
    public async Task<IActionResult> Create(SaveEvent form, CancellationToken cancellationToken)
    {
        // Who may organise is decided before what is wrong with the form.
        if (!await mediator.Send(new MayOrganizeEvent(form.Company, form.ForClub), cancellationToken))
        {
            return Refusal(EventErrors.MayNotOrganize);
        }

        return await SaveAsync(form with { EventId = null }, cancellationToken);
    }

    [AllowAnonymous]
    [OutputCache(PolicyName = PageCache.MemberPolicy, Tags = [PageCache.Events, PageCache.Companies])]
    [HttpGet("/eventi/{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetEvent(id), cancellationToken);
        return result.IsSuccess ? View(result.Value) : Refusal(result.Error!);
    }

    /// <summary>The public calendar of the events to come, for calendars that subscribe to it (no online links).</summary>
    [AllowAnonymous]
    [OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.Events])]
    [HttpGet("/eventi/calendario.ics")]
    public async Task<IActionResult> PublicCalendar(CancellationToken cancellationToken)
    {
        var events = await mediator.Send(new ListCalendarEvents(), cancellationToken);
        var ics = EventCalendar.Write([.. events.Select(e => EventTexts.CalendarItem(text, e, null, site))], clock.GetUtcNow());
        return File(System.Text.Encoding.UTF8.GetBytes(ics), EventCalendar.ContentType);
    }

    /// <summary>The event for a calendar (.ics): the same UID for ever, a new SEQUENCE at each change, its zone with it.</summary>
    [AllowAnonymous]
    [HttpGet("/eventi/{id:guid}/calendario.ics")]
    public async Task<IActionResult> Calendar(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetEvent(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!);
        }

        var ics = EventCalendar.Write([EventTexts.CalendarItem(text, result.Value.Event, result.Value.OnlineUrl, site)], clock.GetUtcNow());
        Response.Headers.CacheControl = "private, no-cache";
        return File(System.Text.Encoding.UTF8.GetBytes(ics), EventCalendar.ContentType, $"evento-{id:N}.ics");
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpGet("/eventi/{id:guid}/modifica")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetEvent(id), cancellationToken);
        if (!result.IsSuccess || !result.Value.Manages)
        {
            return Refusal(result.Error ?? EventErrors.NotOrganizer);
        }

        var e = result.Value.Event;
        await ViewData.LoadRoleGroupsAsync(mediator, cancellationToken);
        return View(EventForms.Of(e, result.Value.Speakers, result.Value.OnlineUrl));
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/eventi/{id:guid}/modifica")]
    public async Task<IActionResult> Edit(Guid id, SaveEvent form, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetEvent(id), cancellationToken);
        if (!result.IsSuccess || !result.Value.Manages)
        {
            return Refusal(result.Error ?? EventErrors.NotOrganizer);
        }

        return await SaveAsync(form with { EventId = id }, cancellationToken);
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/eventi/{id:guid}/iscrizione")]
    public async Task<IActionResult> Register(Guid id, RegisterForEvent form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await mediator.Send(form with { EventId = id }, cancellationToken);
            if (result.IsSuccess)
            {
                Notice(result.Value == RegistrationStatus.Registered
                    ? text["Sei iscritto: ti aspettiamo."]
                    : text["I posti sono esauriti: sei in lista d'attesa. Se si libera un posto, è tuo e te lo diciamo."]);
                return Redirect($"/eventi/{id}");
            }

            if (result.Error!.Kind != Application.Common.Results.ErrorKind.Invalid)
            {
                return Refusal(result.Error, $"/eventi/{id}");
            }

            AddRefusal(result.Error);
        }

        var page = await mediator.Send(new GetEvent(id), cancellationToken);
        if (!page.IsSuccess)
        {
            return Refusal(page.Error!);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Show", page.Value);
    }

    [Authorize(Policy = Policies.Member)]
    [HttpPost("/eventi/{id:guid}/iscrizione/annulla")]
    public async Task<IActionResult> CancelRegistration(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new CancelRegistration(id), cancellationToken);
        if (result.Error?.Code == EventErrors.NotRegistered.Code)
        {
            // A second tap, or another tab: there is nothing left to cancel, which is what the member wanted.
            Notice(text["Non risulti iscritto a questo evento."]);
            return Redirect($"/eventi/{id}");
        }

        if (!result.IsSuccess)
        {
            return Refusal(result.Error!, $"/eventi/{id}");
        }

        Notice(text["Iscrizione annullata."]);
        return Redirect($"/eventi/{id}");
    }

    /// <summary>The organisers' form of the event's materials: those listed, and empty rows to add more.</summary>
    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpGet("/eventi/{id:guid}/materiali")]
    public async Task<IActionResult> Materials(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetEvent(id), cancellationToken);
        if (!result.IsSuccess || !result.Value.Manages)
        {
            return Refusal(result.Error ?? EventErrors.NotOrganizer);
        }

        var e = result.Value.Event;
        var form = new SaveEventMaterials { EventId = id, Materials = [.. e.Materials.Select(m => new MaterialLine { Kind = m.Kind, Title = m.Title, Url = m.Url })] };
        return View(new MaterialsPage(e, form with { Materials = MaterialsPage.WithEmptyRows(form.Materials) }));
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/eventi/{id:guid}/materiali")]
    public async Task<IActionResult> Materials(Guid id, SaveEventMaterials form, CancellationToken cancellationToken)
    {
        // Who may is decided before what is wrong with the form.
        var page = await mediator.Send(new GetEvent(id), cancellationToken);
        if (!page.IsSuccess || !page.Value.Manages)
        {
            return Refusal(page.Error ?? EventErrors.NotOrganizer);
        }

        if (ModelState.IsValid)
        {
            var result = await mediator.Send(form with { EventId = id }, cancellationToken);
            if (result.IsSuccess)
            {
                Notice(text["Materiali salvati."]);
                return Redirect($"/eventi/{id}#materiali");
            }

            if (result.Error!.Kind != Application.Common.Results.ErrorKind.Invalid)
            {
                return Refusal(result.Error, $"/eventi/{id}");
            }

            AddRefusal(result.Error);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(new MaterialsPage(page.Value.Event, form with { EventId = id }));
    }

    /// <summary>Turns the event and its materials into a practice draft credited to its first speaker.</summary>
    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/eventi/{id:guid}/pratica")]
    public async Task<IActionResult> TurnIntoPractice(Guid id, [FromForm] Application.Domain.Repertoire.PracticeKind kind, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new TurnEventIntoPractice(id, kind), cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!, $"/eventi/{id}");
        }

        Notice(text["Bozza di pratica creata: chi ha parlato all'evento la completa e la invia ai moderatori."]);
        return Redirect($"/eventi/{id}#materiali");
    }

    /// <summary>The organisers' list of who registered, searchable at the door, where arrivals are marked.</summary>
    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpGet("/eventi/{id:guid}/iscritti")]
    public async Task<IActionResult> Registrants(Guid id, [FromQuery(Name = "q")] string? search, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new ListEventRegistrants(id, search, ClubCultures.Current), cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!);
        }

        Response.Headers.CacheControl = "private, no-store";
        return View(new RegistrantsPage(result.Value, search?.Trim() ?? "", clock.GetUtcNow()));
    }

    /// <summary>The same list as a spreadsheet (CSV), for the organisers.</summary>
    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpGet("/eventi/{id:guid}/iscritti.csv")]
    public async Task<IActionResult> RegistrantsCsv(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new ListEventRegistrants(id, null, ClubCultures.Current), cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!);
        }

        var list = result.Value;
        string[] header = [text["Nome"], text["Profilo"], text["Ruolo"], text["Organizzazione"], text["Stato"], list.Event.Question ?? text["Risposta"], text["Iscritto il"], text["Arrivato"]];
        var rows = list.People.Select(p => (IReadOnlyList<string?>)[
            p.DisplayName, site.Absolute($"/membri/{p.Handle}"), p.Role, p.Company,
            p.Status == RegistrationStatus.Registered ? text["Iscritto"] : text["In lista d'attesa"], p.Answer,
            EventTimes.ToLocal(p.RegisteredAt, list.Event.TimeZone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            p.CheckedInAt is null ? "" : text["sì"]]);
        Response.Headers.CacheControl = "private, no-store";
        return File(CsvFile.Write(header, rows), CsvFile.ContentType, $"iscritti-{id:N}.csv");
    }

    /// <summary>Marks an arrival at the door, or takes it back; the list comes back where it was (its search kept).</summary>
    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/eventi/{id:guid}/iscritti/{memberId:guid}/arrivo")]
    public async Task<IActionResult> CheckIn(Guid id, Guid memberId, [FromForm] bool arrived, [FromForm(Name = "q")] string? search, CancellationToken cancellationToken)
    {
        var list = $"/eventi/{id}/iscritti" + (string.IsNullOrWhiteSpace(search) ? "" : "?q=" + Uri.EscapeDataString(search.Trim()));
        var result = await mediator.Send(new CheckInRegistrant(id, memberId, arrived), cancellationToken);
        return result.IsSuccess ? Redirect($"{list}#iscritto-{memberId}") : Refusal(result.Error!, list);
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/eventi/{id:guid}/annulla")]
    public async Task<IActionResult> Cancel(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new CancelEvent(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!, $"/eventi/{id}");
        }

        Notice(text["Evento annullato: chi era iscritto o in attesa riceve un avviso."]);
        return Redirect($"/eventi/{id}");
    }

    private async Task<IActionResult> SaveAsync(SaveEvent form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await mediator.Send(form, cancellationToken);
            if (result.IsSuccess)
            {
                Notice(form.EventId is null ? text["Evento pubblicato."] : text["Modifiche salvate."]);
                return Redirect($"/eventi/{result.Value}");
            }

            if (result.Error!.Kind != Application.Common.Results.ErrorKind.Invalid)
            {
                return Refusal(result.Error);
            }

            AddRefusal(result.Error);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        await ViewData.LoadRoleGroupsAsync(mediator, cancellationToken);
        return View("Edit", form);
    }
}

public sealed record EventsPage(EventPage Events, bool Past, EventFilters Filters)
{
    /// <summary>The list's address with its filters, and the page after <paramref name="after"/> when given.</summary>
    public string Link(bool past, string? after = null)
    {
        var parts = new List<string>();
        if (past) parts.Add("archivio=true");
        if (Filters.Region is { } region) parts.Add($"regione={region}");
        if (Filters.OnlineOnly) parts.Add("online=true");
        if (Filters.Kind is { } kind) parts.Add($"tipo={EventTexts.KindSlugs[kind]}");
        if (Filters.RoleId is { } role) parts.Add($"ruolo={role}");
        if (!string.IsNullOrEmpty(Filters.Tag)) parts.Add($"tema={Uri.EscapeDataString(Filters.Tag)}");
        if (!string.IsNullOrEmpty(Filters.Text)) parts.Add($"q={Uri.EscapeDataString(Filters.Text)}");
        if (!string.IsNullOrEmpty(Filters.Company)) parts.Add($"azienda={Uri.EscapeDataString(Filters.Company)}");
        if (after is not null) parts.Add($"dopo={Uri.EscapeDataString(after)}");
        return parts.Count == 0 ? "/eventi" : "/eventi?" + string.Join("&", parts);
    }
}

/// <summary>The materials form of an event: the rows as typed (or as saved, with empty ones to fill).</summary>
public sealed record MaterialsPage(Event Event, SaveEventMaterials Form)
{
    /// <summary>Empty rows after those listed, up to the most an event holds, at least one.</summary>
    public static List<MaterialLine> WithEmptyRows(IReadOnlyList<MaterialLine> lines) =>
        [.. lines, .. Enumerable.Repeat(new MaterialLine(), Math.Max(1, Math.Min(3, EventMaterial.Max - lines.Count)))];
}

/// <summary>"I miei eventi", with the new calendar address when it was just made (shown this once).</summary>
public sealed record MyEventsPage(MyEvents Events, string? NewFeedAddress);

/// <summary>The organisers' list at <paramref name="Now"/>: whether the door is open for marking arrivals.</summary>
public sealed record RegistrantsPage(EventRegistrants List, string Search, DateTimeOffset Now)
{
    public bool DoorOpen => CheckInRegistrant.DoorOpen(List.Event, Now);
}

/// <summary>The edit form filled from a saved event: its times back on the wall clock of its zone.</summary>
public static class EventForms
{
    public static SaveEvent Of(Event e, IReadOnlyList<EventSpeaker> speakers, string? onlineUrl) => new()
    {
        EventId = e.Id,
        Kind = e.Kind,
        Title = e.Title,
        Description = e.DescriptionMarkdown,
        Starts = EventTimes.ToLocal(e.StartsAt, e.TimeZone).DateTime,
        Ends = EventTimes.ToLocal(e.EndsAt, e.TimeZone).DateTime,
        TimeZone = e.TimeZone,
        Online = e.Online,
        OnlineUrl = onlineUrl,
        Venue = e.Venue,
        Address = e.Address,
        City = e.City,
        Region = e.Region,
        Capacity = e.Capacity,
        RegistrationDeadline = e.RegistrationDeadline is { } deadline ? EventTimes.ToLocal(deadline, e.TimeZone).DateTime : null,
        Free = e.Free,
        PriceNote = e.PriceNote,
        RoleIds = e.RoleIds,
        Tags = string.Join(", ", e.Tags),
        Speakers = string.Join(", ", speakers.Select(s => "@" + s.Handle)),
        Question = e.Question,
    };
}
