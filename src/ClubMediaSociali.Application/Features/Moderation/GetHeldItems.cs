using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Moderation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Moderation;

/// <summary>The contributions the content check held, oldest first, each with its reasons, its author and where it is.</summary>
public sealed record GetHeldItems : IQuery<IReadOnlyList<HeldEntry>>
{
    public const int Limit = 200;
}

/// <param name="Where">The page of the contribution (for a response or a comment, the page it belongs to); null when it is gone.</param>
/// <param name="Title">The title of that page, or the author's name for a profile.</param>
public sealed record HeldEntry(
    Guid Id, ContentKind Kind, Guid TargetId, Guid AuthorId, string AuthorName, string AuthorHandle, DateTimeOffset AuthorJoinedAt,
    IReadOnlyList<string> Reasons, string Excerpt, DateTimeOffset HeldAt, Target? Where, string? Title);

public sealed class GetHeldItemsHandler(ClubDbContext db) : IQueryHandler<GetHeldItems, IReadOnlyList<HeldEntry>>
{
    public async ValueTask<IReadOnlyList<HeldEntry>> Handle(GetHeldItems query, CancellationToken cancellationToken)
    {
        var holds = await db.HeldItems.AsNoTracking()
            .Where(h => h.DecidedAt == null)
            .OrderBy(h => h.HeldAt)
            .Take(GetHeldItems.Limit)
            .Join(db.Users, h => h.AuthorId, m => m.Id, (h, m) => new { Hold = h, m.DisplayName, m.Handle, m.JoinedAt })
            .ToListAsync(cancellationToken);

        // One query per kind of contribution for the pages they sit on.
        string[] all = [ClubDbContext.ScreeningFilter];
        var ids = holds.GroupBy(h => h.Hold.Kind).ToDictionary(g => g.Key, g => g.Select(h => h.Hold.TargetId).Distinct().ToList());
        var places = new Dictionary<(ContentKind, Guid), (Target Where, string Title)>();
        if (ids.TryGetValue(ContentKind.Idea, out var ideas))
        {
            foreach (var i in await db.Ideas.IgnoreQueryFilters(all).Where(i => ideas.Contains(i.Id)).Select(i => new { i.Id, i.Title }).ToListAsync(cancellationToken))
            {
                places[(ContentKind.Idea, i.Id)] = (Target.Idea(i.Id), i.Title);
            }
        }

        foreach (var kind in new[] { ContentKind.Opportunity, ContentKind.OpportunityResponse })
        {
            if (ids.TryGetValue(kind, out var opportunities))
            {
                foreach (var o in await db.Opportunities.IgnoreQueryFilters(all).Where(o => opportunities.Contains(o.Id)).Select(o => new { o.Id, o.Title }).ToListAsync(cancellationToken))
                {
                    places[(kind, o.Id)] = (Target.Opportunity(o.Id), o.Title);
                }
            }
        }

        if (ids.TryGetValue(ContentKind.Company, out var companies))
        {
            foreach (var c in await db.Companies.IgnoreQueryFilters(all).Where(c => companies.Contains(c.Id)).Select(c => new { c.Id, c.Name, c.Slug }).ToListAsync(cancellationToken))
            {
                places[(ContentKind.Company, c.Id)] = (Target.Company(c.Slug), c.Name);
            }
        }

        if (ids.TryGetValue(ContentKind.Comment, out var comments))
        {
            var threads = await db.Comments.IgnoreQueryFilters(all).Where(c => comments.Contains(c.Id))
                .Select(c => new
                {
                    c.Id,
                    c.ThreadKind,
                    c.ThreadId,
                    Idea = db.Ideas.Where(i => i.Id == c.ThreadId).Select(i => i.Title).FirstOrDefault(),
                    Practice = db.Practices.Where(p => p.Id == c.ThreadId).Select(p => p.Title).FirstOrDefault(),
                    Opportunity = db.Opportunities.Where(o => o.Id == c.ThreadId).Select(o => o.Title).FirstOrDefault(),
                    Event = db.Events.Where(e => e.Id == c.ThreadId).Select(e => e.Title).FirstOrDefault(),
                    Decision = db.IdeaDecisions.Where(d => d.Id == c.ThreadId).Select(d => db.Ideas.Where(i => i.Id == d.IdeaId).Select(i => i.Title).FirstOrDefault()).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken);
            foreach (var c in threads)
            {
                (Target, string?) place = c.ThreadKind switch
                {
                    CommentThreadKind.Idea => (Target.Idea(c.ThreadId) with { Part = c.Id.ToString() }, c.Idea),
                    CommentThreadKind.Practice => (Target.Practice(c.ThreadId) with { Part = c.Id.ToString() }, c.Practice),
                    CommentThreadKind.Opportunity => (Target.Opportunity(c.ThreadId) with { Part = c.Id.ToString() }, c.Opportunity),
                    CommentThreadKind.Event => (Target.Event(c.ThreadId) with { Part = c.Id.ToString() }, c.Event),
                    _ => (Target.IdeaDecision(c.ThreadId) with { Part = c.Id.ToString() }, c.Decision),
                };
                if (place.Item2 is { } title)
                {
                    places[(ContentKind.Comment, c.Id)] = (place.Item1, title);
                }
            }
        }

        return holds.Select(h =>
        {
            var found = h.Hold.Kind == ContentKind.Profile
                ? (Target.Member(h.Handle), h.DisplayName)
                : places.TryGetValue((h.Hold.Kind, h.Hold.TargetId), out var p) ? p : ((Target, string)?)null;
            return new HeldEntry(
                h.Hold.Id, h.Hold.Kind, h.Hold.TargetId, h.Hold.AuthorId, h.DisplayName, h.Handle, h.JoinedAt, h.Hold.Reasons, h.Hold.Excerpt, h.Hold.HeldAt,
                found?.Item1, found?.Item2);
        }).ToList();
    }
}
