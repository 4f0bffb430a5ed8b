using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Events;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Events;

/// <summary>
/// Whom a registrant writes to about an event ("Scrivi agli organizzatori"): the organisers' handles, told only to
/// those registered or waiting; empty for anyone else or an event that is not there.
/// </summary>
public sealed record GetEventOrganizerHandles(Guid EventId) : IQuery<IReadOnlyList<string>>;

public sealed class GetEventOrganizerHandlesHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<GetEventOrganizerHandles, IReadOnlyList<string>>
{
    public async ValueTask<IReadOnlyList<string>> Handle(GetEventOrganizerHandles query, CancellationToken cancellationToken)
    {
        var me = currentMember.RequiredId;
        var e = await db.Events.AsNoTracking().SingleOrDefaultAsync(x => x.Id == query.EventId, cancellationToken);
        if (e is null || !await db.EventRegistrations.AnyAsync(r => r.EventId == e.Id && r.MemberId == me && r.Status != RegistrationStatus.Cancelled, cancellationToken))
        {
            return [];
        }

        var organizers = await EventPermissions.OrganizersAsync(db, e, cancellationToken);
        return await db.Users.Where(m => organizers.Contains(m.Id) && m.Id != me).OrderBy(m => m.DisplayName).Select(m => m.Handle).ToListAsync(cancellationToken);
    }
}
