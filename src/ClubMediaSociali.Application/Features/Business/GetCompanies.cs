using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Business;
using ClubMediaSociali.Application.Domain.Members;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Business;

/// <summary>The companies directory: filters, alphabetical with a keyset on (name, id), and the founding partners.</summary>
public sealed record ListCompanies(CompanyKind? Kind, string? Sector, CompanySize? Size, ItalianRegion? Region, string? After)
    : IQuery<CompanyDirectory>
{
    public const int PageSize = 24;

    /// <summary>Words in the name, sector or description (Italian full-text), or part of the name.</summary>
    public string? Text { get; init; }
}

public sealed record CompanyCard(
    Guid Id, string Name, string Slug, CompanyKind Kind, string Sector, CompanySize Size, ItalianRegion Region,
    bool Verified, bool FoundingPartner, int Representatives);

public sealed record CompanyDirectory(IReadOnlyList<CompanyCard> Companies, string? Next, IReadOnlyList<CompanyCard> FoundingPartners);

public sealed class ListCompaniesHandler(ClubDbContext db) : IQueryHandler<ListCompanies, CompanyDirectory>
{
    public async ValueTask<CompanyDirectory> Handle(ListCompanies query, CancellationToken cancellationToken)
    {
        var companies = db.Companies.AsNoTracking();
        if (query.Kind is { } kind)
        {
            companies = companies.Where(c => c.Kind == kind);
        }

        if (query.Size is { } size)
        {
            companies = companies.Where(c => c.Size == size);
        }

        if (query.Region is { } region)
        {
            companies = companies.Where(c => c.Region == region);
        }

        if (!string.IsNullOrWhiteSpace(query.Sector))
        {
            var sector = query.Sector.Trim();
            companies = companies.Where(c => EF.Functions.ILike(c.Sector, "%" + EscapeLike(sector) + "%"));
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            companies = WithText(db, companies, query.Text);
        }

        if (NameCursor.Parse(query.After) is { } after)
        {
            companies = companies.Where(c => EF.Functions.GreaterThan(ValueTuple.Create(c.Name, c.Id), ValueTuple.Create(after.Name, after.Id)));
        }

        var rows = await Cards(companies.OrderBy(c => c.Name).ThenBy(c => c.Id)).Take(ListCompanies.PageSize + 1).ToListAsync(cancellationToken);
        var page = rows.Take(ListCompanies.PageSize).ToList();
        var next = rows.Count > ListCompanies.PageSize ? new NameCursor(page[^1].Name, page[^1].Id).ToString() : null;
        var partners = query.After is null
            ? await Cards(db.Companies.AsNoTracking().Where(c => c.FoundingPartner).OrderBy(c => c.Name)).Take(24).ToListAsync(cancellationToken)
            : [];
        return new CompanyDirectory(page, next, partners);
    }

    private IQueryable<CompanyCard> Cards(IQueryable<Company> companies) => companies.Select(c => new CompanyCard(
        c.Id, c.Name, c.Slug, c.Kind, c.Sector, c.Size, c.Region, c.Verified, c.FoundingPartner,
        db.CompanyMembers.Count(m => m.CompanyId == c.Id && m.Status == CompanyMemberStatus.Representative)));

    /// <summary>Words in the name, sector or description in Italian full-text, or part of the name.</summary>
    internal static IQueryable<Company> WithText(ClubDbContext db, IQueryable<Company> companies, string text)
    {
        text = text.Trim();
        var matching = Search.TextSearch.Companies(db, text);
        return companies.Where(c => matching.Contains(c.Id) || EF.Functions.ILike(c.Name, "%" + EscapeLike(text) + "%"));
    }

    private static string EscapeLike(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}

/// <summary>A company page: what it is, who represents it, and for its representatives the requests to join.</summary>
public sealed record GetCompany(string Slug, Guid? ViewerId) : IQuery<Result<CompanyView>>;

public sealed record CompanyPerson(Guid MemberId, string DisplayName, string? Handle, string? Headline, string? Message, DateTimeOffset At);

public sealed record CompanyView(
    Guid Id, string Name, string Slug, CompanyKind Kind, string Sector, CompanySize Size, ItalianRegion Region,
    string? WebsiteUrl, string[] Channels, string DescriptionMarkdown, string DescriptionHtml, bool Verified, bool FoundingPartner,
    IReadOnlyList<CompanyPerson> Representatives, IReadOnlyList<CompanyPerson> Requests, CompanyMemberStatus? ViewerStatus)
{
    public bool ViewerRepresents => ViewerStatus == CompanyMemberStatus.Representative;
}

public sealed class GetCompanyHandler(ClubDbContext db) : IQueryHandler<GetCompany, Result<CompanyView>>
{
    public async ValueTask<Result<CompanyView>> Handle(GetCompany query, CancellationToken cancellationToken)
    {
        var company = await db.Companies.AsNoTracking().SingleOrDefaultAsync(c => c.Slug == query.Slug, cancellationToken);
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
                m.Message,
            })
            .OrderBy(t => t.RequestedAt)
            .Select(t => new { t.Status, Person = new CompanyPerson(t.Id, t.DisplayName, t.Handle, t.Headline, t.Message, t.RequestedAt) })
            .ToListAsync(cancellationToken);
        var viewer = query.ViewerId is { } viewerId
            ? await db.CompanyMembers.Where(m => m.CompanyId == company.Id && m.MemberId == viewerId)
                .Select(m => (CompanyMemberStatus?)m.Status).SingleOrDefaultAsync(cancellationToken)
            : null;
        var representatives = ties.Where(t => t.Status == CompanyMemberStatus.Representative).Select(t => t.Person with { Message = null }).ToList();
        var requests = viewer == CompanyMemberStatus.Representative
            ? ties.Where(t => t.Status == CompanyMemberStatus.Requested).Select(t => t.Person).ToList()
            : [];
        return new CompanyView(
            company.Id, company.Name, company.Slug, company.Kind, company.Sector, company.Size, company.Region,
            company.WebsiteUrl, company.Channels, company.DescriptionMarkdown, company.DescriptionHtml, company.Verified, company.FoundingPartner,
            representatives, requests, viewer);
    }
}
