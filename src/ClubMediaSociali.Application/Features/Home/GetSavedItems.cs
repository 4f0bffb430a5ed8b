using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Network;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Domain.Repertoire;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Home;

/// <summary>
/// The member's "Salvati", most recently saved first, all kinds or one, a page at a time (keyset on when it was saved).
/// Items no longer readable (removed, archived, held) are left out.
/// </summary>
public sealed record GetSavedItems(SavedKind? Kind = null, string? After = null) : IQuery<SavedPage>
{
    public const int PageSize = 30;
}

public sealed record SavedPage(IReadOnlyList<SavedEntry> Items, string? Next);

/// <summary>One saved thing: what it is, its title, and the one detail that says most about it for its kind.</summary>
public sealed record SavedEntry(
    SavedKind Kind, Guid Id, string Title, DateTimeOffset SavedAt,
    PracticeKind? PracticeKind = null, IdeaStatus? IdeaStatus = null, string? CompanyName = null, OpportunityStatus? OpportunityStatus = null);

public sealed class GetSavedItemsHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<GetSavedItems, SavedPage>
{
    public async ValueTask<SavedPage> Handle(GetSavedItems query, CancellationToken cancellationToken)
    {
        var memberId = currentMember.RequiredId;
        var saved = db.SavedItems.AsNoTracking().Where(s => s.MemberId == memberId);
        if (query.Kind is { } kind)
        {
            saved = saved.Where(s => s.Kind == kind);
        }

        if (KeysetCursor.Parse(query.After) is { } after)
        {
            saved = saved.Where(s => EF.Functions.LessThan(ValueTuple.Create(s.At, s.ItemId), ValueTuple.Create(after.At, after.Id)));
        }

        var rows = await saved.OrderByDescending(s => s.At).ThenByDescending(s => s.ItemId)
            .Take(GetSavedItems.PageSize + 1)
            .Select(s => new { s.Kind, s.ItemId, s.At })
            .ToListAsync(cancellationToken);
        var page = rows.Take(GetSavedItems.PageSize).ToList();
        var next = rows.Count > GetSavedItems.PageSize ? new KeysetCursor(page[^1].At, page[^1].ItemId).ToString() : null;

        // One look-up per kind on the page, whatever its length.
        var ids = page.ToLookup(r => r.Kind, r => r.ItemId);
        var found = new Dictionary<(SavedKind, Guid), SavedEntry>();
        if (ids[SavedKind.Practice].ToList() is { Count: > 0 } practiceIds)
        {
            foreach (var p in await db.Practices.AsNoTracking().Where(p => practiceIds.Contains(p.Id) && p.Status == PracticeStatus.Published)
                .Select(p => new { p.Id, p.Title, p.Kind }).ToListAsync(cancellationToken))
            {
                found[(SavedKind.Practice, p.Id)] = new SavedEntry(SavedKind.Practice, p.Id, p.Title, default, PracticeKind: p.Kind);
            }
        }

        if (ids[SavedKind.Idea].ToList() is { Count: > 0 } ideaIds)
        {
            foreach (var i in await db.Ideas.AsNoTracking().Where(i => ideaIds.Contains(i.Id))
                .Select(i => new { i.Id, i.Title, i.Status }).ToListAsync(cancellationToken))
            {
                found[(SavedKind.Idea, i.Id)] = new SavedEntry(SavedKind.Idea, i.Id, i.Title, default, IdeaStatus: i.Status);
            }
        }

        if (ids[SavedKind.Opportunity].ToList() is { Count: > 0 } opportunityIds)
        {
            foreach (var o in await db.Opportunities.AsNoTracking()
                .Where(o => opportunityIds.Contains(o.Id) && o.Status != OpportunityStatus.Draft && o.ClosedBecause != OpportunityClosure.Removed)
                .Select(o => new { o.Id, o.Title, o.Status, Company = db.Companies.Where(c => c.Id == o.CompanyId).Select(c => c.Name).FirstOrDefault() })
                .ToListAsync(cancellationToken))
            {
                found[(SavedKind.Opportunity, o.Id)] = new SavedEntry(SavedKind.Opportunity, o.Id, o.Title, default, CompanyName: o.Company, OpportunityStatus: o.Status);
            }
        }

        var items = page.Where(r => found.ContainsKey((r.Kind, r.ItemId))).Select(r => found[(r.Kind, r.ItemId)] with { SavedAt = r.At }).ToList();
        return new SavedPage(items, next);
    }
}
