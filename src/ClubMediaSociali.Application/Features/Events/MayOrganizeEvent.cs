using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Events;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Events;

/// <summary>
/// Whether the member may create an event for <see cref="Company"/> (its address word), for the Club
/// (<see cref="ForClub"/>) or as themselves: asked before the form is shown or read, so that who may act is decided
/// before what is wrong with the form.
/// </summary>
public sealed record MayOrganizeEvent(string? Company, bool ForClub) : IQuery<bool>;

public sealed class MayOrganizeEventHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : IQueryHandler<MayOrganizeEvent, bool>
{
    public async ValueTask<bool> Handle(MayOrganizeEvent query, CancellationToken cancellationToken)
    {
        Guid? companyId = null;
        if (!string.IsNullOrEmpty(query.Company))
        {
            companyId = await db.Companies.Where(c => c.Slug == query.Company).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);
            if (companyId is null)
            {
                return false;
            }
        }

        var organizer = companyId is not null ? EventOrganizer.Company : query.ForClub ? EventOrganizer.Club : EventOrganizer.Member;
        return await EventPermissions.OrganizeRefusalAsync(db, currentMember, organizer, companyId, clock, cancellationToken) is null;
    }
}
