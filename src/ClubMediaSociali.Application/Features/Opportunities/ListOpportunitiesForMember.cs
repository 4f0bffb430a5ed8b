using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Opportunities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Opportunities;

/// <summary>
/// "Per te": open opportunities that match the member's roles, skills (what they bring included)
/// and region, best matches first, each with the reasons it was chosen. Opportunities of the
/// member's own companies are left out.
/// </summary>
public sealed record ListOpportunitiesForMember(Guid MemberId, Language Language) : IQuery<IReadOnlyList<MatchedOpportunity>>
{
    public const int Limit = 20;

    /// <summary>Newest matching candidates scored in memory: the work stays bounded however many are open.</summary>
    public const int Candidates = 300;

    public const int RoleWeight = 3;
    public const int SkillWeight = 2;
    public const int PlaceWeight = 1;
}

/// <summary>Why an opportunity was suggested: a role sought, a skill in common, or the place.</summary>
public sealed record MatchReason(MatchReasonKind Kind, string Value);

public enum MatchReasonKind
{
    Role = 0,
    Skill = 1,
    Region = 2,
    Remote = 3,
}

public sealed record MatchedOpportunity(OpportunityCard Opportunity, int Score, IReadOnlyList<MatchReason> Reasons);

public sealed class ListOpportunitiesForMemberHandler(ClubDbContext db) : IQueryHandler<ListOpportunitiesForMember, IReadOnlyList<MatchedOpportunity>>
{
    public async ValueTask<IReadOnlyList<MatchedOpportunity>> Handle(ListOpportunitiesForMember query, CancellationToken cancellationToken)
    {
        var member = await db.Users.AsNoTracking().Where(m => m.Id == query.MemberId)
            .Select(m => new { m.PrimaryRoleId, m.SecondaryRoleIds, m.Skills, m.OffersTags, m.Region })
            .SingleOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            return [];
        }

        int[] roles = [member.PrimaryRoleId, .. member.SecondaryRoleIds];
        string[] skills = [.. member.Skills.Concat(member.OffersTags).Select(s => s.ToLowerInvariant()).Distinct()];
        var region = member.Region;
        var ownCompanies = db.CompanyMembers.Where(t => t.MemberId == query.MemberId && t.Status == CompanyMemberStatus.Representative).Select(t => t.CompanyId);
        var candidates = await db.Opportunities.AsNoTracking()
            .Where(o => o.Status == OpportunityStatus.Open && o.PublishedAt != null && !ownCompanies.Contains(o.CompanyId!.Value))
            .Where(o => o.RoleIds.Any(r => roles.Contains(r)) || o.Skills.Any(s => skills.Contains(s)) || (region != null && o.Region == region))
            .OrderByDescending(o => o.PublishedAt).ThenByDescending(o => o.Id)
            .Take(ListOpportunitiesForMember.Candidates)
            .Join(db.Companies, o => o.CompanyId, c => c.Id, (o, c) => new
            {
                Card = new OpportunityCard(o.Id, o.Title, o.Kind, c.Name, c.Slug, o.Region, o.Remote, o.BudgetMin, o.BudgetMax, o.Deadline, o.Skills, o.PublishedAt!.Value)
                {
                    CompanyLogo = c.LogoHash,
                    CompanyId = c.Id,
                },
                o.RoleIds,
            })
            .ToListAsync(cancellationToken);

        var english = query.Language == Language.English;
        var roleNames = await db.ProfessionalRoles.Where(r => roles.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, r => english ? r.NameEn : r.NameIt, cancellationToken);
        return [.. candidates
            .Select(c => Match(c.Card, c.RoleIds, roles, roleNames, skills, region))
            .OrderByDescending(m => m.Score).ThenByDescending(m => m.Opportunity.PublishedAt)
            .Take(ListOpportunitiesForMember.Limit)];
    }

    private static MatchedOpportunity Match(
        OpportunityCard card, int[] soughtRoles, int[] roles, Dictionary<int, string> roleNames, string[] skills, ItalianRegion? region)
    {
        var reasons = new List<MatchReason>();
        reasons.AddRange(soughtRoles.Where(roles.Contains).Select(r => new MatchReason(MatchReasonKind.Role, roleNames[r])));
        reasons.AddRange(card.Skills.Where(s => skills.Contains(s.ToLowerInvariant())).Select(s => new MatchReason(MatchReasonKind.Skill, s)));
        if (region is not null && card.Region == region)
        {
            reasons.Add(new MatchReason(MatchReasonKind.Region, region.Value.ToString()));
        }
        else if (card.Remote)
        {
            reasons.Add(new MatchReason(MatchReasonKind.Remote, ""));
        }

        var score = reasons.Sum(r => r.Kind switch
        {
            MatchReasonKind.Role => ListOpportunitiesForMember.RoleWeight,
            MatchReasonKind.Skill => ListOpportunitiesForMember.SkillWeight,
            _ => ListOpportunitiesForMember.PlaceWeight,
        });
        return new MatchedOpportunity(card, score, reasons);
    }
}
