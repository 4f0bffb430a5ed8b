using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Moderation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Companies;

/// <summary>A company page: what it is, who represents it, and for its representatives the requests to join.</summary>
public sealed record GetCompany(string Slug) : IQuery<Result<CompanyView>>;

public sealed record CompanyPerson(Guid MemberId, string DisplayName, string? Handle, string? Headline, string? Message, DateTimeOffset At, string? PhotoHash = null);

public sealed record CompanyView(
    Guid Id, string Name, string Slug, CompanyKind Kind, string Sector, CompanySize Size, ItalianRegion Region,
    string? WebsiteUrl, string[] Channels, string DescriptionMarkdown, string DescriptionHtml, bool Verified, bool FoundingPartner,
    IReadOnlyList<CompanyPerson> Representatives, IReadOnlyList<CompanyPerson> Requests, CompanyMemberStatus? ViewerStatus, CompanyAbilities May,
    Screening Screening = Screening.Clear, string? LogoHash = null);

public sealed class GetCompanyHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<GetCompany, Result<CompanyView>>
{
    public async ValueTask<Result<CompanyView>> Handle(GetCompany query, CancellationToken cancellationToken)
    {
        var viewerId = currentMember.Id ?? Guid.Empty;
        var moderator = currentMember.IsModerator;
        // A held page is shown to its representatives (who see that it awaits review) and to moderators; a spam one to moderators.
        var company = await db.Companies.AsNoTracking().IgnoreQueryFilters([ClubDbContext.ScreeningFilter])
            .SingleOrDefaultAsync(c => c.Slug == query.Slug && (c.Screening == Screening.Clear || moderator || (c.Screening == Screening.Held
                && db.CompanyMembers.Any(m => m.CompanyId == c.Id && m.MemberId == viewerId && m.Status == CompanyMemberStatus.Representative))), cancellationToken);
        if (company is null)
        {
            return CompanyErrors.NotFound;
        }

        var ties = await db.CompanyMembers.AsNoTracking()
            .Where(m => m.CompanyId == company.Id && m.Status != CompanyMemberStatus.Declined)
            .Join(db.Users.Where(u => u.DeletedAt == null), m => m.MemberId, u => u.Id, (m, u) => new
            {
                m.Status,
                m.RequestedAt,
                u.Id,
                u.DisplayName,
                u.Handle,
                u.Headline,
                u.PhotoHash,
                m.Message,
            })
            .OrderBy(t => t.RequestedAt)
            .Select(t => new { t.Status, Person = new CompanyPerson(t.Id, t.DisplayName, t.Handle, t.Headline, t.Message, t.RequestedAt, t.PhotoHash) })
            .ToListAsync(cancellationToken);
        var viewer = currentMember.Id is not null
            ? await db.CompanyMembers.Where(m => m.CompanyId == company.Id && m.MemberId == viewerId)
                .Select(m => (CompanyMemberStatus?)m.Status).SingleOrDefaultAsync(cancellationToken)
            : null;
        var representatives = ties.Where(t => t.Status == CompanyMemberStatus.Representative).Select(t => t.Person with { Message = null }).ToList();
        var may = CompanyPermissions.For(currentMember, viewer);
        var requests = may.CanManage
            ? ties.Where(t => t.Status == CompanyMemberStatus.Requested).Select(t => t.Person).ToList()
            : [];
        return new CompanyView(
            company.Id, company.Name, company.Slug, company.Kind, company.Sector, company.Size, company.Region,
            company.WebsiteUrl, company.Channels, company.DescriptionMarkdown, company.DescriptionHtml, company.Verified, company.FoundingPartner,
            representatives, requests, viewer, may, company.Screening, company.LogoHash);
    }
}
