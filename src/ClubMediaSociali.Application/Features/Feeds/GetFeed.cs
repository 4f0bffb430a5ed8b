using ClubMediaSociali.Application.Common.Content;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Domain.Repertoire;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Feeds;

public enum FeedKind
{
    Practices,
    NewIdeas,
    TrendingIdeas,
    Opportunities,

    /// <summary>Practices and ideas with one tag.</summary>
    Tag,

    /// <summary>The editions of the Club's updates that went out.</summary>
    NewsletterEditions,

    /// <summary>The events to come, the latest announced first.</summary>
    Events,
}

/// <summary>The latest public items of one kind, for RSS and Atom readers.</summary>
/// <param name="Language">For the editions, which are written in both languages.</param>
public sealed record GetFeed(FeedKind Kind, string? Tag = null, Common.Language Language = Common.Language.Italian) : IQuery<IReadOnlyList<FeedItem>>
{
    public const int Size = 30;
}

/// <param name="Summary">Plain text (Markdown's marks removed): each format encodes it for its place.</param>
/// <param name="Target">The item's page on the site.</param>
public sealed record FeedItem(Guid Id, string Title, string Summary, Target Target, DateTimeOffset Published, DateTimeOffset Updated);

public sealed class GetFeedHandler(ClubDbContext db, TimeProvider clock) : IQueryHandler<GetFeed, IReadOnlyList<FeedItem>>
{
    private const int SummaryLength = 300;

    public async ValueTask<IReadOnlyList<FeedItem>> Handle(GetFeed query, CancellationToken cancellationToken)
    {
        var size = GetFeed.Size;
        var practices = db.Practices.AsNoTracking().Where(p => p.Status == PracticeStatus.Published && p.PublishedAt != null);
        var ideas = db.Ideas.AsNoTracking().Where(i => i.Status != IdeaStatus.Duplicate);
        switch (query.Kind)
        {
            case FeedKind.Practices:
                return await Practices(practices, size, cancellationToken);
            case FeedKind.NewIdeas:
                return await Ideas(ideas.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id), size, cancellationToken);
            case FeedKind.TrendingIdeas:
                return await Ideas(ideas.Where(i => i.Status == IdeaStatus.New || i.Status == IdeaStatus.UnderDiscussion || i.Status == IdeaStatus.Selected || i.Status == IdeaStatus.InProgress).OrderByDescending(i => i.HotScore).ThenByDescending(i => i.Id), size, cancellationToken);
            case FeedKind.Opportunities:
                return Plain(await db.Opportunities.AsNoTracking()
                    .Where(o => o.Status == OpportunityStatus.Open && o.PublishedAt != null)
                    .OrderByDescending(o => o.PublishedAt).ThenByDescending(o => o.Id)
                    .Take(size)
                    .Select(o => new FeedItem(o.Id, o.Title, o.DescriptionMarkdown.Substring(0, Math.Min(o.DescriptionMarkdown.Length, SummaryLength)),
                        Target.Opportunity(o.Id), o.PublishedAt!.Value, o.UpdatedAt))
                    .ToListAsync(cancellationToken));
            case FeedKind.NewsletterEditions:
                var english = query.Language == Common.Language.English;
                return Plain(await db.NewsletterEditions.AsNoTracking()
                    .Where(e => e.Number != null && (e.Status == Domain.Newsletter.EditionStatus.Sending || e.Status == Domain.Newsletter.EditionStatus.Sent))
                    .OrderByDescending(e => e.Number)
                    .Take(size)
                    .Select(e => new FeedItem(e.Id, english ? e.TitleEn : e.TitleIt, english ? e.IntroEn : e.IntroIt,
                        Target.NewsletterEdition(e.Number!.Value), e.SendingStartedAt!.Value, e.UpdatedAt))
                    .ToListAsync(cancellationToken));
            case FeedKind.Events:
                var now = clock.GetUtcNow();
                var events = await db.Events.AsNoTracking()
                    .Where(e => e.Status == Domain.Events.EventStatus.Scheduled && e.EndsAt > now && e.StartsAt >= now - Domain.Events.Event.MaxDuration)
                    .OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id)
                    .Take(size)
                    .Select(e => new { e.Id, e.Title, e.DescriptionMarkdown, e.StartsAt, e.TimeZone, e.Online, e.City, e.CreatedAt, e.UpdatedAt })
                    .ToListAsync(cancellationToken);
                // When (on the event's own clock, in a form every language reads) and where come first.
                return [.. events.Select(e => new FeedItem(
                    e.Id, e.Title,
                    $"{Events.EventTimes.ToLocal(e.StartsAt, e.TimeZone):yyyy-MM-dd HH:mm} ({e.TimeZone}) · {(e.Online ? "Online" : e.City)} · {PlainText.Of(e.DescriptionMarkdown, SummaryLength - 60)}",
                    Target.Event(e.Id), e.CreatedAt, e.UpdatedAt))];
            default:
                var tag = (query.Tag ?? "").Trim().ToLowerInvariant();
                var tagged = (await Practices(practices.Where(p => p.Tags.Contains(tag)), size, cancellationToken))
                    .Concat(await Ideas(ideas.Where(i => i.Tags.Contains(tag)).OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id), size, cancellationToken));
                return tagged.OrderByDescending(i => i.Published).Take(size).ToList();
        }
    }

    private static Task<List<FeedItem>> Practices(IQueryable<Practice> practices, int size, CancellationToken cancellationToken) =>
        practices.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
            .Take(size)
            .Select(p => new FeedItem(p.Id, p.Title, p.Summary, Target.Practice(p.Id), p.PublishedAt!.Value, p.UpdatedAt))
            .ToListAsync(cancellationToken);

    private static async Task<List<FeedItem>> Ideas(IQueryable<Idea> ideas, int size, CancellationToken cancellationToken) =>
        Plain(await ideas.Take(size)
            .Select(i => new FeedItem(i.Id, i.Title, i.BodyMarkdown.Substring(0, Math.Min(i.BodyMarkdown.Length, SummaryLength)), Target.Idea(i.Id), i.CreatedAt, i.UpdatedAt))
            .ToListAsync(cancellationToken));

    /// <summary>The start of a Markdown text, read from the database, as plain text.</summary>
    private static List<FeedItem> Plain(List<FeedItem> items) =>
        items.ConvertAll(item => item with { Summary = PlainText.Of(item.Summary, SummaryLength - 20) ?? "" });
}
