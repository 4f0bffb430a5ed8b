using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Events;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Events;

/// <summary>
/// In whose name the member may organise an event: as themselves (from trust level "esperto"), for the Club (staff),
/// for each organisation they represent. "Organizza un evento" offers these, or says who may when none applies.
/// </summary>
public sealed record GetOrganizerChoices : IQuery<OrganizerChoices>;

public sealed record OrganizerChoices(bool AsMember, bool AsClub, IReadOnlyList<OrganizerCompany> Companies)
{
    public int Count => (AsMember ? 1 : 0) + (AsClub ? 1 : 0) + Companies.Count;
}

public sealed record OrganizerCompany(string Slug, string Name);

public sealed class GetOrganizerChoicesHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : IQueryHandler<GetOrganizerChoices, OrganizerChoices>
{
    public async ValueTask<OrganizerChoices> Handle(GetOrganizerChoices query, CancellationToken cancellationToken)
    {
        var me = currentMember.RequiredId;
        var asMember = await EventPermissions.OrganizeRefusalAsync(db, currentMember, EventOrganizer.Member, null, clock, cancellationToken) is null;
        var companies = currentMember.IsConfirmed
            ? await db.CompanyMembers.Where(m => m.MemberId == me && m.Status == CompanyMemberStatus.Representative)
                .Join(db.Companies, m => m.CompanyId, c => c.Id, (m, c) => new { c.Slug, c.Name })
                .OrderBy(c => c.Name).Select(c => new OrganizerCompany(c.Slug, c.Name)).ToListAsync(cancellationToken)
            : [];
        return new OrganizerChoices(asMember, currentMember.IsConfirmed && currentMember.IsModerator, companies);
    }
}
