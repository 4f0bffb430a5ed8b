using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Business;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Opportunities;
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
    int? BudgetMin, int? BudgetMax, DateOnly? Deadline, string[] Skills, DateTimeOffset PublishedAt);

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
                SELECT o.id AS "Value" FROM opportunities o, websearch_to_tsquery('italian', club_unaccent({text})) q
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
                o.Id, o.Title, o.Kind, c.Name, c.Slug, o.Region, o.Remote, o.BudgetMin, o.BudgetMax, o.Deadline, o.Skills, o.PublishedAt!.Value))
            .ToListAsync(cancellationToken);
        var page = rows.OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id).Take(ListOpportunities.PageSize).ToList();
        var next = rows.Count > ListOpportunities.PageSize ? new KeysetCursor(page[^1].PublishedAt, page[^1].Id).ToString() : null;
        return new OpportunityPage(page, next);
    }
}

/// <summary>
/// One opportunity as the viewer may see it: drafts only for the company's representatives; the
/// viewer's own response, if any; never anybody else's.
/// </summary>
public sealed record GetOpportunity(Guid OpportunityId, Guid? ViewerId, string Culture) : IQuery<Result<OpportunityView>>;

public sealed record OpportunityView(
    Guid Id, string Title, OpportunityKind Kind, string DescriptionMarkdown, string DescriptionHtml, IReadOnlyList<string> Roles, int[] RoleIds,
    string[] Skills, ItalianRegion? Region, bool Remote, int? BudgetMin, int? BudgetMax, DateOnly? Deadline,
    OpportunityStatus Status, OpportunityClosure? ClosedBecause, string? RemovedReason, int ResponseCount,
    string CompanyName, string CompanySlug, Guid CompanyId, bool ViewerRepresents, OwnResponse? ViewerResponse);

public sealed record OwnResponse(string Message, ResponseStatus Status, DateTimeOffset At);

public sealed class GetOpportunityHandler(ClubDbContext db) : IQueryHandler<GetOpportunity, Result<OpportunityView>>
{
    public async ValueTask<Result<OpportunityView>> Handle(GetOpportunity query, CancellationToken cancellationToken)
    {
        var english = query.Culture == "en";
        var viewer = query.ViewerId ?? Guid.Empty;
        var row = await db.Opportunities.AsNoTracking()
            .Where(o => o.Id == query.OpportunityId)
            .Join(db.Companies, o => o.CompanyId, c => c.Id, (o, c) => new
            {
                Opportunity = o,
                c.Name,
                c.Slug,
                Represents = db.CompanyMembers.Any(m => m.CompanyId == c.Id && m.MemberId == viewer && m.Status == CompanyMemberStatus.Representative),
                Roles = db.ProfessionalRoles.Where(r => o.RoleIds.Contains(r.Id)).OrderBy(r => r.SortOrder).Select(r => english ? r.NameEn : r.NameIt).ToList(),
                Own = db.OpportunityResponses.Where(r => r.OpportunityId == o.Id && r.MemberId == viewer)
                    .Select(r => new OwnResponse(r.Message, r.Status, r.CreatedAt)).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null || (row.Opportunity.Status == OpportunityStatus.Draft && !row.Represents))
        {
            return OpportunityErrors.NotFound;
        }

        var o = row.Opportunity;
        return new OpportunityView(
            o.Id, o.Title, o.Kind, o.DescriptionMarkdown, o.DescriptionHtml, row.Roles, o.RoleIds, o.Skills, o.Region, o.Remote,
            o.BudgetMin, o.BudgetMax, o.Deadline, o.Status, o.ClosedBecause, o.RemovedReason, o.ResponseCount,
            row.Name, row.Slug, o.CompanyId!.Value, row.Represents, row.Own);
    }
}

/// <summary>The responses to an opportunity, for its company's representatives only.</summary>
public sealed record GetResponses(Guid OpportunityId, Guid ViewerId, string Culture) : IQuery<Result<ResponsesView>>;

public sealed record ApplicantResponse(
    Guid MemberId, string DisplayName, string? Handle, string? PrimaryRole, string[] Offers, string Message, ResponseStatus Status, DateTimeOffset At)
{
    /// <summary>The applicant's standing in the Club, so representatives see who has given the most.</summary>
    public int Reputation { get; init; }

    public Domain.Reputation.TrustLevel Trust { get; init; }

    /// <summary>The row version, carried by the status buttons so a stale page cannot undo a colleague's decision.</summary>
    public uint Version { get; init; }
}

public sealed record ResponsesView(Guid OpportunityId, string Title, string CompanyName, IReadOnlyList<ApplicantResponse> Responses);

public sealed class GetResponsesHandler(ClubDbContext db, TimeProvider clock) : IQueryHandler<GetResponses, Result<ResponsesView>>
{
    public async ValueTask<Result<ResponsesView>> Handle(GetResponses query, CancellationToken cancellationToken)
    {
        var english = query.Culture == "en";
        var opportunity = await db.Opportunities.Where(o => o.Id == query.OpportunityId)
            .Join(db.Companies, o => o.CompanyId, c => c.Id, (o, c) => new { o.Id, o.Title, c.Name, CompanyId = c.Id })
            .SingleOrDefaultAsync(cancellationToken);
        if (opportunity is null)
        {
            return OpportunityErrors.NotFound;
        }

        if (!await Business.Representatives.IsRepresentativeAsync(db, opportunity.CompanyId, query.ViewerId, cancellationToken))
        {
            return OpportunityErrors.NotRepresentative;
        }

        var responses = await db.OpportunityResponses.AsNoTracking()
            .Where(r => r.OpportunityId == opportunity.Id)
            .Join(db.Users, r => r.MemberId, u => u.Id, (r, u) => new
            {
                r.MemberId,
                u.DisplayName,
                u.Handle,
                r.Message,
                r.Status,
                r.CreatedAt,
                r.Version,
                u.OffersTags,
                Role = english ? u.PrimaryRole!.NameEn : u.PrimaryRole!.NameIt,
                u.Reputation,
                u.JoinedAt,
            })
            .OrderBy(r => r.CreatedAt)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return new ResponsesView(opportunity.Id, opportunity.Title, opportunity.Name, [.. responses.Select(r => new ApplicantResponse(
            r.MemberId, r.DisplayName, r.Handle, r.Role, r.OffersTags, r.Message, r.Status, r.CreatedAt)
        {
            Reputation = r.Reputation,
            Trust = Domain.Reputation.TrustLevels.For(r.Reputation, r.JoinedAt, now),
            Version = r.Version,
        })]);
    }
}
