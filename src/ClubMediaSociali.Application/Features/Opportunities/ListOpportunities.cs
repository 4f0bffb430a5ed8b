using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Features.Search;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Opportunities;

/// <summary>Open opportunities, newest first, with filters and Italian full-text search.</summary>
public sealed record ListOpportunities(
    OpportunityKind? Kind, int? RoleId, ItalianRegion? Region, bool RemoteOnly, string? Company, string? Text, string? After)
    : IQuery<OpportunityPage>
{
    public const int PageSize = 20;
}

public sealed record OpportunityCard(
    Guid Id, string Title, OpportunityKind Kind, string CompanyName, string CompanySlug, ItalianRegion? Region, bool Remote,
    int? BudgetMin, int? BudgetMax, DateOnly? Deadline, string[] Skills, DateTimeOffset PublishedAt)
{
    /// <summary>The company's logo (its source hash); null shows its initials.</summary>
    public string? CompanyLogo { get; init; }

    public Guid CompanyId { get; init; }
}

public sealed record OpportunityPage(IReadOnlyList<OpportunityCard> Items, string? Next);

public sealed class ListOpportunitiesHandler(ClubDbContext db) : IQueryHandler<ListOpportunities, OpportunityPage>
{
    public async ValueTask<OpportunityPage> Handle(ListOpportunities query, CancellationToken cancellationToken)
    {
        var open = db.Opportunities.AsNoTracking().Where(o => o.Status == OpportunityStatus.Open && o.PublishedAt != null);
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            // The generated search_vector column lives only in SQL: match there, then filter by id.
            var text = query.Text.Trim();
            var matching = db.Database.SqlQuery<Guid>($"""
                SELECT o.id AS "Value" FROM opportunities o, to_tsquery('italian', {ItalianQuery.ToTsQuery(text)}) q
                WHERE o.status = {(int)OpportunityStatus.Open} AND o.search_vector @@ q
                """);
            open = open.Where(o => matching.Contains(o.Id));
        }

        if (query.Kind is { } kind)
        {
            open = open.Where(o => o.Kind == kind);
        }

        if (query.RoleId is { } role)
        {
            open = open.Where(o => o.RoleIds.Contains(role));
        }

        if (query.Region is { } region)
        {
            open = open.Where(o => o.Region == region);
        }

        if (query.RemoteOnly)
        {
            open = open.Where(o => o.Remote);
        }

        if (!string.IsNullOrEmpty(query.Company))
        {
            open = open.Where(o => db.Companies.Any(c => c.Id == o.CompanyId && c.Slug == query.Company));
        }

        if (KeysetCursor.Parse(query.After) is { } after)
        {
            open = open.Where(o => EF.Functions.LessThan(ValueTuple.Create(o.PublishedAt!.Value, o.Id), ValueTuple.Create(after.At, after.Id)));
        }

        var rows = await open.OrderByDescending(o => o.PublishedAt).ThenByDescending(o => o.Id)
            .Take(ListOpportunities.PageSize + 1)
            .Join(db.Companies, o => o.CompanyId, c => c.Id, (o, c) => new OpportunityCard(
                o.Id, o.Title, o.Kind, c.Name, c.Slug, o.Region, o.Remote, o.BudgetMin, o.BudgetMax, o.Deadline, o.Skills, o.PublishedAt!.Value)
            {
                CompanyLogo = c.LogoHash,
                CompanyId = c.Id,
            })
            .ToListAsync(cancellationToken);
        var page = rows.OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id).Take(ListOpportunities.PageSize).ToList();
        var next = rows.Count > ListOpportunities.PageSize ? new KeysetCursor(page[^1].PublishedAt, page[^1].Id).ToString() : null;
        return new OpportunityPage(page, next);
    }
}
