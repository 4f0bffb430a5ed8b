using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Application.Features.Opportunities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Notifications;

/// <summary>
/// What one member's digest says: what happened since their last digest (or over its period, for the first
/// one). Rising ideas, new practices for their roles, opportunities for them, their unread notifications.
/// </summary>
public sealed record GetDigest(Guid MemberId, DateTimeOffset Now) : IQuery<Digest?>
{
    public const int PerSection = 5;
}

/// <param name="Picture">A company's logo (source hash) shown beside the link, as stored for mail (PNG).</param>
public sealed record DigestLink(string Title, Target Target, string? Picture = null);

public sealed record Digest(
    Guid MemberId,
    string DisplayName,
    string Email,
    Language Language,
    DigestFrequency Frequency,
    DateTimeOffset Since,
    IReadOnlyList<DigestLink> RisingIdeas,
    IReadOnlyList<DigestLink> NewPractices,
    IReadOnlyList<DigestLink> Opportunities,
    IReadOnlyList<DigestNotification> Notifications,
    int UnreadNotifications,
    IReadOnlyList<Events.EventCard>? Events = null,
    string TimeZone = Domain.Events.Event.DefaultTimeZone)
{
    /// <summary>"Eventi per te": a reason to open the mail, not news by itself (a digest of events alone is not sent).</summary>
    public IReadOnlyList<Events.EventCard> EventsForYou => Events ?? [];

    public bool HasNews => RisingIdeas.Count + NewPractices.Count + Opportunities.Count + UnreadNotifications > 0;
}

public sealed class GetDigestHandler(ClubDbContext db, IMediator mediator) : IQueryHandler<GetDigest, Digest?>
{
    public async ValueTask<Digest?> Handle(GetDigest query, CancellationToken cancellationToken)
    {
        var member = await db.Users.AsNoTracking()
            .Where(m => m.Id == query.MemberId && m.DeletedAt == null)
            .Select(m => new { m.Id, m.DisplayName, m.Email, m.Culture, m.DigestFrequency, m.LastDigestAt, m.PrimaryRoleId, m.SecondaryRoleIds, m.TimeZone })
            .SingleOrDefaultAsync(cancellationToken);
        if (member?.Email is null)
        {
            return null;
        }

        var since = member.LastDigestAt ?? query.Now.AddDays(member.DigestFrequency == DigestFrequency.Daily ? -1 : -7);
        var take = GetDigest.PerSection;
        var rising = await db.Ideas.AsNoTracking()
            .Where(i => i.Status != IdeaStatus.Duplicate && i.Status != IdeaStatus.Declined && i.AuthorId != member.Id)
            .Where(i => i.CreatedAt >= since || (i.EngagedAt != null && i.EngagedAt >= since))
            .OrderByDescending(i => i.HotScore).ThenByDescending(i => i.Id)
            .Take(take)
            .Select(i => new DigestLink(i.Title, Target.Idea(i.Id)))
            .ToListAsync(cancellationToken);

        // The member's own roles and the roles and tags they follow.
        int[] roles = [member.PrimaryRoleId, .. member.SecondaryRoleIds, .. await db.RoleFollows.Where(f => f.FollowerId == member.Id).Select(f => f.RoleId).ToListAsync(cancellationToken)];
        var tags = await db.TagFollows.Where(f => f.FollowerId == member.Id).Select(f => f.Tag).ToArrayAsync(cancellationToken);
        var practices = await db.Practices.AsNoTracking()
            .Where(p => p.Status == PracticeStatus.Published && p.PublishedAt >= since && p.AuthorId != member.Id)
            .Where(p => p.TargetRoleIds.Length == 0 || p.TargetRoleIds.Any(r => roles.Contains(r)) || p.Tags.Any(t => tags.Contains(t)))
            .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
            .Take(take)
            .Select(p => new DigestLink(p.Title, Target.Practice(p.Id)))
            .ToListAsync(cancellationToken);

        var opportunities = (await mediator.Send(new ListOpportunitiesForMember(member.Id, Languages.FromCode(member.Culture)), cancellationToken))
            .Where(o => o.Opportunity.PublishedAt >= since)
            .Take(take)
            .Select(o => new DigestLink(o.Opportunity.Title, Target.Opportunity(o.Opportunity.Id), o.Opportunity.CompanyLogo))
            .ToList();

        var unread = NotificationFilters.Shown(db, member.Id).AsNoTracking().Where(n => n.ReadAt == null && n.CreatedAt >= since);
        var unreadCount = await unread.CountAsync(cancellationToken);
        var notifications = await unread.OrderByDescending(n => n.CreatedAt).Take(take)
            .Select(n => new DigestNotification(n.Kind, n.Subject, n.State, new Target(n.TargetKind, n.TargetKey, n.TargetPart)))
            .ToListAsync(cancellationToken);

        var events = await mediator.Send(new Events.GetEventsForMe(take, member.Id), cancellationToken);
        return new Digest(
            member.Id, member.DisplayName, member.Email, Languages.FromCode(member.Culture), member.DigestFrequency, since,
            rising, practices, opportunities, notifications, unreadCount, events.ForYou, member.TimeZone);
    }
}
