using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Events;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Events;

/// <summary>
/// The events on a member's bacheca and in their digest: the next ones they are registered or waiting for, and "eventi
/// per te", those to come within <see cref="Horizon"/> they are not registered for, for their roles (their own and
/// those they follow), in their region (or online), or organised by companies they follow; soonest first. For
/// <paramref name="MemberId"/>, or the signed-in member.
/// </summary>
public sealed record GetEventsForMe(int Take = 3, Guid? MemberId = null) : IQuery<EventsForMe>
{
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(60);
}

public sealed record EventsForMe(IReadOnlyList<MyEvent> Mine, IReadOnlyList<EventCard> ForYou)
{
    public bool Any => Mine.Count + ForYou.Count > 0;
}

public sealed class GetEventsForMeHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : IQueryHandler<GetEventsForMe, EventsForMe>
{
    public async ValueTask<EventsForMe> Handle(GetEventsForMe query, CancellationToken cancellationToken)
    {
        var me = query.MemberId ?? currentMember.RequiredId;
        var now = clock.GetUtcNow();
        var earliest = now - Event.MaxDuration;
        var upcoming = db.Events.Where(e => e.Status == EventStatus.Scheduled && e.StartsAt >= earliest && e.EndsAt > now);
        var registrations = db.EventRegistrations.Where(r => r.MemberId == me && r.Status != RegistrationStatus.Cancelled);
        var mine = await registrations.Join(upcoming, r => r.EventId, e => e.Id, (r, e) => new { r.EventId, r.Status, e.StartsAt })
            .OrderBy(x => x.StartsAt).ThenBy(x => x.EventId).Take(query.Take)
            .ToDictionaryAsync(x => x.EventId, x => x.Status, cancellationToken);
        var ids = mine.Keys.ToList();
        var next = ids.Count == 0 ? [] : await EventCards.Project(db, upcoming.Where(e => ids.Contains(e.Id)).OrderBy(e => e.StartsAt).ThenBy(e => e.Id))
            .ToListAsync(cancellationToken);

        var profile = await db.Users.Where(m => m.Id == me)
            .Select(m => new { m.PrimaryRoleId, m.SecondaryRoleIds, m.Region, Followed = db.RoleFollows.Where(f => f.FollowerId == me).Select(f => f.RoleId).ToList() })
            .SingleAsync(cancellationToken);
        int[] roles = [profile.PrimaryRoleId, .. profile.SecondaryRoleIds, .. profile.Followed];
        var companies = db.CompanyFollows.Where(f => f.FollowerId == me).Select(f => f.CompanyId);
        var region = profile.Region;
        var until = now + GetEventsForMe.Horizon;
        var forYou = await EventCards.Project(db, upcoming
                .Where(e => e.StartsAt < until && e.CreatedById != me && !registrations.Any(r => r.EventId == e.Id))
                .Where(e => e.RoleIds.Any(r => roles.Contains(r)) || (region != null && e.Region == region) || (e.CompanyId != null && companies.Contains(e.CompanyId.Value)))
                .OrderBy(e => e.StartsAt).ThenBy(e => e.Id).Take(query.Take))
            .ToListAsync(cancellationToken);
        return new EventsForMe([.. next.Select(c => new MyEvent(c, mine[c.Id]))], forYou);
    }
}
