using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Events;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Events;

/// <summary>
/// One event as its page shows it to the one who looks: everything public about it; for members, their registration
/// (and their place in the waiting list); the online link only to the registered and the organisers; who else is
/// going, only those who chose to show it and only to the registered and the organisers.
/// </summary>
public sealed record GetEvent(Guid Id) : IQuery<Result<EventView>>;

public sealed record EventSpeaker(Guid Id, string Handle, string DisplayName, string? PhotoHash);

public sealed record EventView(
    Event Event, EventCard Card, IReadOnlyList<EventSpeaker> Speakers, RegistrationStatus? Mine, int? WaitingPosition, bool Manages,
    bool RegistrationOpen, string? OnlineUrl, IReadOnlyList<EventSpeaker>? Going, bool Over = false, bool Started = false)
{
    public int? PlacesLeft => Event.Capacity is { } capacity ? Math.Max(0, capacity - Event.RegisteredCount) : null;
}

public sealed class GetEventHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : IQueryHandler<GetEvent, Result<EventView>>
{
    public async ValueTask<Result<EventView>> Handle(GetEvent query, CancellationToken cancellationToken)
    {
        var e = await db.Events.AsNoTracking().SingleOrDefaultAsync(x => x.Id == query.Id, cancellationToken);
        if (e is null)
        {
            return EventErrors.NotFound;
        }

        var card = await EventCards.Project(db, db.Events.Where(x => x.Id == e.Id)).SingleAsync(cancellationToken);
        var speakerIds = e.SpeakerIds;
        var speakers = await db.Users.AsNoTracking().Where(m => speakerIds.Contains(m.Id) && m.DeletedAt == null)
            .Select(m => new EventSpeaker(m.Id, m.Handle, m.DisplayName, m.PhotoHash)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var ordered = speakerIds.Where(speakers.ContainsKey).Select(id => speakers[id]).ToList();

        RegistrationStatus? mine = null;
        int? position = null;
        var manages = false;
        if (currentMember.Id is { } me)
        {
            var registration = await db.EventRegistrations.AsNoTracking()
                .Where(r => r.EventId == e.Id && r.MemberId == me && r.Status != RegistrationStatus.Cancelled)
                .Select(r => new { r.Status, r.Number }).SingleOrDefaultAsync(cancellationToken);
            mine = registration?.Status;
            if (registration is { Status: RegistrationStatus.Waiting, Number: var number })
            {
                position = 1 + await db.EventRegistrations.CountAsync(
                    r => r.EventId == e.Id && r.Status == RegistrationStatus.Waiting && r.Number < number, cancellationToken);
            }

            manages = await EventPermissions.ManagesAsync(db, currentMember, e, cancellationToken);
        }

        var insider = manages || mine == RegistrationStatus.Registered;
        var onlineUrl = insider ? e.OnlineUrl : null;
        e.OnlineUrl = null; // the page reads the link from the view, where only insiders find it
        IReadOnlyList<EventSpeaker>? going = null;
        if (insider)
        {
            going = await db.EventRegistrations.AsNoTracking()
                .Where(r => r.EventId == e.Id && r.Status == RegistrationStatus.Registered && r.ShowMe)
                .OrderBy(r => r.Number)
                .Join(db.Users.Where(m => m.DeletedAt == null), r => r.MemberId, m => m.Id, (r, m) => new EventSpeaker(m.Id, m.Handle, m.DisplayName, m.PhotoHash))
                .Take(200)
                .ToListAsync(cancellationToken);
        }

        var now = clock.GetUtcNow();
        return new EventView(e, card, ordered, mine, position, manages, e.RegistrationOpen(now), onlineUrl, going, Over: e.EndsAt <= now, Started: e.StartsAt <= now);
    }
}
