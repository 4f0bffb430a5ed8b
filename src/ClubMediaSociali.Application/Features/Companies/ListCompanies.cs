using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Members;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Companies;

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
    bool Verified, bool FoundingPartner, int Representatives, string? LogoHash = null);

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
            companies = companies.Where(c => EF.Functions.ILike(ClubDbContext.Unaccent(c.Sector), Search.TextSearch.ContainsPattern(sector), "\\"));
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
        db.CompanyMembers.Count(m => m.CompanyId == c.Id && m.Status == CompanyMemberStatus.Representative), c.LogoHash));

    /// <summary>Words in the name, sector or description in Italian full-text, or part of the name.</summary>
    internal static IQueryable<Company> WithText(ClubDbContext db, IQueryable<Company> companies, string text)
    {
        text = text.Trim();
        var matching = Search.TextSearch.Companies(db, text);
        return companies.Where(c => matching.Contains(c.Id) || EF.Functions.ILike(ClubDbContext.Unaccent(c.Name), Search.TextSearch.ContainsPattern(text), "\\"));
    }
}
