using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Newsletter;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Domain.Repertoire;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Editions;

/// <summary>
/// The week's best, as an edition lists it: the ideas that grew most, the decisions taken, the practices
/// published, the opportunities still open; a few of each, public and clear of the spam check only.
/// </summary>
internal static class EditionItems
{
    public const int PerSection = 5;

    public static async Task<EditionItem[]> CollectAsync(ClubDbContext db, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var rising = await db.Ideas.AsNoTracking()
            .Where(i => i.Status != IdeaStatus.Duplicate && i.Status != IdeaStatus.Declined)
            .Where(i => i.CreatedAt >= since || (i.EngagedAt != null && i.EngagedAt >= since))
            .OrderByDescending(i => i.HotScore).ThenByDescending(i => i.Id)
            .Take(PerSection)
            .Select(i => new EditionItem(EditionSection.RisingIdeas, i.Title, TargetKind.Idea, i.Id.ToString(), null))
            .ToListAsync(cancellationToken);
        var decisions = await db.IdeaDecisions.AsNoTracking()
            .Where(d => d.At >= since)
            .Join(db.Ideas, d => d.IdeaId, i => i.Id, (d, i) => new { d.Id, d.At, d.ToStatus, i.Title })
            .OrderByDescending(d => d.At).ThenByDescending(d => d.Id)
            .Take(PerSection)
            .Select(d => new EditionItem(EditionSection.Decisions, d.Title, TargetKind.IdeaDecision, d.Id.ToString(), (int)d.ToStatus))
            .ToListAsync(cancellationToken);
        var practices = await db.Practices.AsNoTracking()
            .Where(p => p.Status == PracticeStatus.Published && p.PublishedAt >= since)
            .OrderByDescending(p => p.UsefulCount).ThenByDescending(p => p.PublishedAt)
            .Take(PerSection)
            .Select(p => new EditionItem(EditionSection.NewPractices, p.Title, TargetKind.Practice, p.Id.ToString(), null))
            .ToListAsync(cancellationToken);
        var opportunities = await db.Opportunities.AsNoTracking()
            .Where(o => o.Status == OpportunityStatus.Open && o.PublishedAt != null)
            .OrderByDescending(o => o.PublishedAt).ThenByDescending(o => o.Id)
            .Take(PerSection)
            .Select(o => new EditionItem(EditionSection.Opportunities, o.Title, TargetKind.Opportunity, o.Id.ToString(), null))
            .ToListAsync(cancellationToken);
        return [.. rising, .. decisions, .. practices, .. opportunities];
    }
}
