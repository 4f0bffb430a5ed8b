using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Events;
using ClubMediaSociali.Application.Domain.Reputation;
using ClubMediaSociali.Application.Features.Companies;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Events;

/// <summary>
/// Who organises and manages events, the one rule read by the pages and the commands. The Club's events are its
/// staff's (moderators and admins); a company's, its representatives'; members organise their own from trust level
/// "esperto". Moderators manage every event (to correct or cancel one that breaks the rules).
/// </summary>
public static class EventPermissions
{
    /// <summary>Why the member may not create an event organised as <paramref name="organizer"/> (for <paramref name="companyId"/>), or null.</summary>
    public static async Task<Error?> OrganizeRefusalAsync(
        ClubDbContext db, ICurrentMember member, EventOrganizer organizer, Guid? companyId, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!member.IsConfirmed)
        {
            return EventErrors.MayNotOrganize;
        }

        return organizer switch
        {
            EventOrganizer.Club => member.IsModerator ? null : EventErrors.MayNotOrganize,
            EventOrganizer.Company => companyId is { } company && await CompanyPermissions.ManageRefusalAsync(db, member, company, cancellationToken) is null
                ? null : EventErrors.MayNotOrganize,
            _ => await LevelAsync(db, member.RequiredId, clock, cancellationToken) >= TrustLevel.Expert ? null : EventErrors.MayNotOrganize,
        };
    }

    /// <summary>Whether the member manages this event (edits it, cancels it, sees who registered).</summary>
    public static async Task<bool> ManagesAsync(ClubDbContext db, ICurrentMember member, Event e, CancellationToken cancellationToken) =>
        member.IsModerator
        || (e.OrganizedBy == EventOrganizer.Member && member.Is(e.CreatedById))
        || (e.OrganizedBy == EventOrganizer.Company && e.CompanyId is { } company && await CompanyPermissions.ManageRefusalAsync(db, member, company, cancellationToken) is null);

    /// <summary>
    /// The members who answer for the event, whom its registrants write to: a company's representatives; for the
    /// Club's and a member's events, the one who created it.
    /// </summary>
    public static Task<List<Guid>> OrganizersAsync(ClubDbContext db, Event e, CancellationToken cancellationToken) =>
        e.OrganizedBy == EventOrganizer.Company
            ? db.CompanyMembers.Where(cm => cm.CompanyId == e.CompanyId && cm.Status == Domain.Companies.CompanyMemberStatus.Representative)
                .OrderBy(cm => cm.MemberId).Select(cm => cm.MemberId).ToListAsync(cancellationToken)
            : db.Users.Where(m => m.Id == e.CreatedById && m.DeletedAt == null).Select(m => m.Id).ToListAsync(cancellationToken);

    private static async Task<TrustLevel> LevelAsync(ClubDbContext db, Guid memberId, TimeProvider clock, CancellationToken cancellationToken)
    {
        var member = await db.Users.Where(m => m.Id == memberId).Select(m => new { m.Reputation, m.JoinedAt }).SingleAsync(cancellationToken);
        return TrustLevels.For(member.Reputation, member.JoinedAt, clock.GetUtcNow());
    }
}
