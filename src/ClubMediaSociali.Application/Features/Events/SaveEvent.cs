using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Content;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Common;
using ClubMediaSociali.Application.Domain.Events;
using ClubMediaSociali.Application.Domain.Members;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Events;

/// <summary>
/// An organiser creates an event (<see cref="EventId"/> null) or edits one that is not over. Times are typed as
/// the wall clock of <see cref="TimeZone"/> and stored as instants. Creating, the organiser is the company named by
/// <see cref="Company"/> (its representative), the Club with <see cref="ForClub"/> (its staff), or the member
/// (from trust level "esperto"). A change of time or place raises the event's calendar sequence; more places
/// promote those waiting, in order.
/// </summary>
[ChangesPages(PublicPages.Events)]
public sealed record SaveEvent : ICommand<Result<Guid>>, ITransactional
{
    public Guid? EventId { get; init; }

    /// <summary>The organising company's address word, when creating as its representative.</summary>
    public string? Company { get; init; }

    /// <summary>Creating as the Club (its staff).</summary>
    public bool ForClub { get; init; }

    public EventKind? Kind { get; init; }

    [SingleLine]
    public string Title { get; init; } = "";

    [Markdown]
    public string Description { get; init; } = "";

    /// <summary>When it starts, on the wall clock of <see cref="TimeZone"/>.</summary>
    public DateTime? Starts { get; init; }

    public DateTime? Ends { get; init; }

    [SingleLine]
    public string TimeZone { get; init; } = Event.DefaultTimeZone;

    public bool Online { get; init; }

    [SingleLine]
    public string? OnlineUrl { get; init; }

    [SingleLine]
    public string? Venue { get; init; }

    [SingleLine]
    public string? Address { get; init; }

    [SingleLine]
    public string? City { get; init; }

    public ItalianRegion? Region { get; init; }

    public int? Capacity { get; init; }

    /// <summary>When registrations close, on the same wall clock; at the start when empty.</summary>
    public DateTime? RegistrationDeadline { get; init; }

    public bool Free { get; init; } = true;

    [SingleLine]
    public string? PriceNote { get; init; }

    public int[] RoleIds { get; init; } = [];

    [SingleLine]
    public string? Tags { get; init; }

    /// <summary>The speakers' handles (with or without @), separated by commas.</summary>
    [SingleLine]
    public string? Speakers { get; init; }

    [SingleLine]
    public string? Question { get; init; }

    public IReadOnlyList<string> SpeakerHandles =>
        [.. (Speakers ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries).Select(h => h.TrimStart('@').ToLowerInvariant()).Distinct()];
}

public sealed class SaveEventValidator : AbstractValidator<SaveEvent>
{
    public SaveEventValidator(IStringLocalizer<ValidationMessages> text, ClubDbContext db, TimeProvider clock)
    {
        RuleFor(c => c.Kind).Must(k => k is { } kind && Enum.IsDefined(kind)).WithMessage(_ => text["Scegli il tipo di evento."]);
        RuleFor(c => c.Title)
            .Cascade(CascadeMode.Stop)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => text["Dai un titolo all'evento."])
            .ClubMaxLength(text, Event.TitleMaxLength);
        RuleFor(c => c.Description)
            .Cascade(CascadeMode.Stop)
            .Must(d => !string.IsNullOrWhiteSpace(d)).WithMessage(_ => text["Descrivi l'evento: di che cosa si parla, per chi è, come si svolge."])
            .ClubMaxLength(text, Event.DescriptionMaxLength);
        RuleFor(c => c.TimeZone).Must(EventTimes.IsKnown).WithMessage(_ => text["Scegli un fuso orario dall'elenco."]);
        RuleFor(c => c.Starts)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => text["Indica giorno e ora di inizio."])
            .Must((c, s) => !EventTimes.IsKnown(c.TimeZone) || EventTimes.ToInstant(s!.Value, c.TimeZone) is not null)
                .WithMessage(_ => text["Quest'ora non esiste in quel fuso orario (è l'ora saltata per il passaggio all'ora legale): scegline un'altra."])
            .Must((c, s) => c.EventId is not null || !EventTimes.IsKnown(c.TimeZone) || EventTimes.ToInstant(s!.Value, c.TimeZone) > clock.GetUtcNow())
                .WithMessage(_ => text["L'inizio non può essere già passato."]);
        RuleFor(c => c.Ends)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => text["Indica giorno e ora di fine."])
            .Must((c, e) => c.Starts is null || e > c.Starts).WithMessage(_ => text["La fine deve venire dopo l'inizio."])
            .Must((c, e) => c.Starts is null || e - c.Starts <= Event.MaxDuration)
                .WithMessage(_ => text["Un evento dura al massimo {0} giorni: per di più, creane uno per ciascuna parte.", Event.MaxDuration.Days]);
        RuleFor(c => c.RegistrationDeadline)
            .Must((c, d) => d is null || c.Starts is null || d <= c.Starts)
                .WithMessage(_ => text["Le iscrizioni non possono chiudersi dopo l'inizio dell'evento."]);
        RuleFor(c => c.OnlineUrl).ClubWebAddress(text, Event.UrlMaxLength);
        RuleFor(c => c.OnlineUrl)
            .Must((c, u) => !c.Online || !string.IsNullOrWhiteSpace(u)).WithMessage(_ => text["Per un evento online indica il collegamento per partecipare."]);
        RuleFor(c => c.City)
            .Cascade(CascadeMode.Stop)
            .Must((c, city) => c.Online || !string.IsNullOrWhiteSpace(city)).WithMessage(_ => text["Indica la città in cui si svolge l'evento."])
            .ClubMaxLength(text, Event.PlaceMaxLength);
        RuleFor(c => c.Region)
            .Must(r => r is null || Enum.IsDefined(r.Value)).WithMessage(_ => text["Scegli una regione dall'elenco."])
            .Must((c, r) => c.Online || r is not null).WithMessage(_ => text["Scegli la regione in cui si svolge l'evento."]);
        RuleFor(c => c.Venue).ClubMaxLength(text, Event.PlaceMaxLength);
        RuleFor(c => c.Address).ClubMaxLength(text, Event.PlaceMaxLength);
        RuleFor(c => c.Capacity).Must(c => c is null or > 0).WithMessage(_ => text["I posti devono essere almeno 1 (lascia vuoto se non ci sono limiti)."]);
        RuleFor(c => c.PriceNote)
            .Cascade(CascadeMode.Stop)
            .Must((c, p) => c.Free || !string.IsNullOrWhiteSpace(p)).WithMessage(_ => text["Indica il prezzo indicativo (per esempio «30 euro, pranzo compreso»)."])
            .ClubMaxLength(text, Event.PriceNoteMaxLength);
        RuleFor(c => c.RoleIds)
            .Cascade(CascadeMode.Stop)
            .Must(ids => ids.Distinct().Count() <= Event.MaxRoles).WithMessage(_ => text["Scegli al massimo {0} ruoli.", Event.MaxRoles])
            .ClubRoleIds(text, db);
        RuleFor(c => c.Tags).ClubTags(text);
        RuleFor(c => c.Speakers)
            .Must((c, _) => c.SpeakerHandles.Count <= Event.MaxSpeakers).WithMessage(_ => text["Al massimo {0} relatori.", Event.MaxSpeakers]);
        RuleFor(c => c.Question).ClubMaxLength(text, Event.QuestionMaxLength);
    }
}

public sealed class SaveEventHandler(
    ICurrentMember currentMember, ClubDbContext db, MarkdownRenderer markdown, EventSeats seats, TimeProvider clock, IStringLocalizer<ValidationMessages> text)
    : ICommandHandler<SaveEvent, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(SaveEvent command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        Event e;
        if (command.EventId is { } id)
        {
            var found = await db.Events.SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
            if (found is null)
            {
                return EventErrors.NotFound;
            }

            if (!await EventPermissions.ManagesAsync(db, currentMember, found, cancellationToken))
            {
                return EventErrors.NotOrganizer;
            }

            if (found.Status == EventStatus.Cancelled)
            {
                return EventErrors.Cancelled;
            }

            if (found.EndsAt <= now)
            {
                return EventErrors.Over;
            }

            e = found;
        }
        else
        {
            Guid? companyId = null;
            if (!string.IsNullOrEmpty(command.Company))
            {
                companyId = await db.Companies.Where(c => c.Slug == command.Company).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);
                if (companyId is null)
                {
                    return EventErrors.NotFound;
                }
            }

            var organizer = companyId is not null ? EventOrganizer.Company : command.ForClub ? EventOrganizer.Club : EventOrganizer.Member;
            if (await EventPermissions.OrganizeRefusalAsync(db, currentMember, organizer, companyId, clock, cancellationToken) is { } refusal)
            {
                return refusal;
            }

            e = new Event { Title = "", OrganizedBy = organizer, CompanyId = companyId, CreatedById = currentMember.RequiredId, CreatedAt = now };
            db.Events.Add(e);
        }

        var handles = command.SpeakerHandles;
        var speakers = await db.Users.Where(m => handles.Contains(m.Handle) && m.DeletedAt == null)
            .Select(m => new { m.Id, m.Handle }).ToDictionaryAsync(m => m.Handle, m => m.Id, cancellationToken);
        if (handles.FirstOrDefault(h => !speakers.ContainsKey(h)) is { } unknown)
        {
            return Error.Invalid("events.unknown_speaker", nameof(SaveEvent.Speakers), text["Nessun membro del Club ha il nome utente «{0}».", unknown]);
        }

        var starts = EventTimes.ToInstant(command.Starts!.Value, command.TimeZone)!.Value;
        var ends = EventTimes.ToInstant(command.Ends!.Value, command.TimeZone)
            ?? throw new InvalidOperationException("The end was checked to exist in the zone.");
        if (command.EventId is not null && starts != e.StartsAt && starts <= now)
        {
            return Error.Invalid("events.start_past", nameof(SaveEvent.Starts), text["L'inizio non può essere già passato."]);
        }

        if (command.Capacity is { } capacity && capacity < e.RegisteredCount)
        {
            return Error.Invalid(
                "events.capacity_below_registered", nameof(SaveEvent.Capacity), text["Ci sono già {0} iscritti: i posti non possono essere meno di così.", e.RegisteredCount]);
        }

        var online = command.Online;
        var moved = e.StartsAt != starts || e.EndsAt != ends || e.TimeZone != command.TimeZone || e.Online != online
            || e.OnlineUrl != Clean(command.OnlineUrl) || e.Venue != Clean(command.Venue) || e.Address != Clean(command.Address) || e.City != Clean(command.City);
        var startMoved = e.StartsAt != starts;
        e.Kind = command.Kind!.Value;
        e.Title = command.Title.Trim();
        e.DescriptionMarkdown = command.Description.Trim();
        e.DescriptionHtml = markdown.ToSafeHtml(e.DescriptionMarkdown);
        e.StartsAt = starts;
        e.EndsAt = ends;
        e.TimeZone = command.TimeZone;
        e.Online = online;
        e.OnlineUrl = Clean(command.OnlineUrl);
        e.Venue = Clean(command.Venue);
        e.Address = Clean(command.Address);
        e.City = Clean(command.City);
        e.Region = command.Region;
        e.Capacity = command.Capacity;
        e.RegistrationDeadline = command.RegistrationDeadline is { } deadline ? EventTimes.ToInstant(deadline, command.TimeZone) ?? starts : null;
        e.Free = command.Free;
        e.PriceNote = command.Free ? null : Clean(command.PriceNote);
        e.RoleIds = [.. command.RoleIds.Distinct().Order()];
        e.Tags = Tags.Parse(command.Tags);
        e.SpeakerIds = [.. handles.Select(h => speakers[h])];
        e.Question = Clean(command.Question);
        e.UpdatedAt = now;
        var changed = moved && command.EventId is not null;
        if (changed)
        {
            e.Sequence++;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (changed)
        {
            // Web calendars refresh a subscribed feed only every 12 to 24 hours: those registered are told at once.
            await seats.NotifyAsync(e, Domain.Notifications.NotificationKinds.EventChanged, now, cancellationToken);
        }

        if (changed && startMoved)
        {
            // Reminders are of the start: a new start is reminded again.
            await db.EventRegistrations.Where(r => r.EventId == e.Id && (r.DayReminderAt != null || r.HourReminderAt != null))
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.DayReminderAt, (DateTimeOffset?)null).SetProperty(r => r.HourReminderAt, (DateTimeOffset?)null), cancellationToken);
        }

        // More places than before: those waiting come in, in order.
        await seats.PromoteAsync(e, now, cancellationToken);
        return e.Id;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
