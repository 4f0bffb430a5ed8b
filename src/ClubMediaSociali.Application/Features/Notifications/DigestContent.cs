using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Legal;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Application.Features.Opportunities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Notifications;

/// <summary>
/// The members due a digest now: daily ones whose last digest is about a day old, weekly ones about a week,
/// and only while their latest recorded consent to the digest is a yes.
/// </summary>
public sealed record GetDueDigests(DateTimeOffset Now) : IQuery<IReadOnlyList<Guid>>
{
    public const int Batch = 500;
}

public sealed class GetDueDigestsHandler(ClubDbContext db) : IQueryHandler<GetDueDigests, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(GetDueDigests query, CancellationToken cancellationToken)
    {
        // An hour of slack, so that a job running a little early still finds yesterday's members due.
        var dailyBefore = query.Now.AddHours(-23);
        var weeklyBefore = query.Now.AddDays(-7).AddHours(1);
        return await db.Users.AsNoTracking()
            .Where(m => m.DeletedAt == null && m.EmailConfirmed)
            .Where(m => (m.DigestFrequency == DigestFrequency.Daily && (m.LastDigestAt == null || m.LastDigestAt <= dailyBefore))
                || (m.DigestFrequency == DigestFrequency.Weekly && (m.LastDigestAt == null || m.LastDigestAt <= weeklyBefore)))
            .Where(m => db.ConsentRecords.Where(c => c.MemberId == m.Id && c.Kind == ConsentKind.EmailDigest)
                .OrderByDescending(c => c.RecordedAt).ThenByDescending(c => c.Id).Select(c => c.Granted).FirstOrDefault())
            .OrderBy(m => m.LastDigestAt).ThenBy(m => m.Id)
            .Take(GetDueDigests.Batch)
            .Select(m => m.Id)
            .ToListAsync(cancellationToken);
    }
}

/// <summary>
/// What one member's digest says: what happened since their last digest (or over its period, for the first
/// one). Rising ideas, new practices for their roles, opportunities for them, their unread notifications.
/// </summary>
public sealed record GetDigest(Guid MemberId, DateTimeOffset Now) : IQuery<Digest?>
{
    public const int PerSection = 5;
}

public sealed record DigestLink(string Title, string Link);

public sealed record DigestNotification(string Kind, string Subject, string Link);

public sealed record Digest(
    Guid MemberId,
    string DisplayName,
    string Email,
    string Culture,
    DigestFrequency Frequency,
    DateTimeOffset Since,
    IReadOnlyList<DigestLink> RisingIdeas,
    IReadOnlyList<DigestLink> NewPractices,
    IReadOnlyList<DigestLink> Opportunities,
    IReadOnlyList<DigestNotification> Notifications,
    int UnreadNotifications)
{
    public bool HasNews => RisingIdeas.Count + NewPractices.Count + Opportunities.Count + UnreadNotifications > 0;
}

public sealed class GetDigestHandler(ClubDbContext db, IMediator mediator) : IQueryHandler<GetDigest, Digest?>
{
    public async ValueTask<Digest?> Handle(GetDigest query, CancellationToken cancellationToken)
    {
        var member = await db.Users.AsNoTracking()
            .Where(m => m.Id == query.MemberId && m.DeletedAt == null)
            .Select(m => new { m.Id, m.DisplayName, m.Email, m.Culture, m.DigestFrequency, m.LastDigestAt, m.PrimaryRoleId, m.SecondaryRoleIds })
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
            .Select(i => new DigestLink(i.Title, "/idee/" + i.Id))
            .ToListAsync(cancellationToken);

        int[] roles = [member.PrimaryRoleId, .. member.SecondaryRoleIds];
        var practices = await db.Practices.AsNoTracking()
            .Where(p => p.Status == PracticeStatus.Published && p.PublishedAt >= since && p.AuthorId != member.Id)
            .Where(p => p.TargetRoleIds.Length == 0 || p.TargetRoleIds.Any(r => roles.Contains(r)))
            .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
            .Take(take)
            .Select(p => new DigestLink(p.Title, "/repertorio/" + p.Id))
            .ToListAsync(cancellationToken);

        var opportunities = (await mediator.Send(new OpportunitiesForMember(member.Id, member.Culture), cancellationToken))
            .Where(o => o.Opportunity.PublishedAt >= since)
            .Take(take)
            .Select(o => new DigestLink(o.Opportunity.Title, "/opportunita/" + o.Opportunity.Id))
            .ToList();

        var unread = NotificationFilters.Shown(db, member.Id).AsNoTracking().Where(n => n.ReadAt == null && n.CreatedAt >= since);
        var unreadCount = await unread.CountAsync(cancellationToken);
        var notifications = await unread.OrderByDescending(n => n.CreatedAt).Take(take)
            .Select(n => new DigestNotification(n.Kind, n.Subject, n.Link))
            .ToListAsync(cancellationToken);

        return new Digest(
            member.Id, member.DisplayName, member.Email, member.Culture, member.DigestFrequency, since,
            rising, practices, opportunities, notifications, unreadCount);
    }
}

/// <summary>Records that the member's digest was dealt with now (sent, or nothing to say), so the next one starts from here.</summary>
public sealed record MarkDigestDone(Guid MemberId, DateTimeOffset At) : ICommand<Unit>;

public sealed class MarkDigestDoneHandler(ClubDbContext db) : ICommandHandler<MarkDigestDone, Unit>
{
    public async ValueTask<Unit> Handle(MarkDigestDone command, CancellationToken cancellationToken)
    {
        await db.Users.Where(m => m.Id == command.MemberId).ExecuteUpdateAsync(s => s.SetProperty(m => m.LastDigestAt, command.At), cancellationToken);
        return Unit.Value;
    }
}

/// <summary>
/// The one-click way out of the digest, from the link in every digest: the frequency goes to off and the
/// withdrawal of consent is recorded. Doing it twice changes nothing more.
/// </summary>
public sealed record StopDigest(Guid MemberId) : ICommand<bool>;

public sealed class StopDigestHandler(ClubDbContext db, TimeProvider clock) : ICommandHandler<StopDigest, bool>
{
    public async ValueTask<bool> Handle(StopDigest command, CancellationToken cancellationToken)
    {
        var member = await db.Users.SingleOrDefaultAsync(m => m.Id == command.MemberId && m.DeletedAt == null, cancellationToken);
        if (member is null)
        {
            return false;
        }

        if (member.DigestFrequency != DigestFrequency.Off)
        {
            member.DigestFrequency = DigestFrequency.Off;
            Digests.RecordConsent(db, member.Id, granted: false, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }
}

/// <summary>Notifications the email job has not looked at yet, the oldest first, with who wants which by email.</summary>
public sealed record GetPendingNotificationEmails : IQuery<PendingNotificationEmails>
{
    public const int Batch = 500;
}

public sealed record EmailRecipient(Guid MemberId, string DisplayName, string Email, string Culture, IReadOnlyList<DigestNotification> Notifications);

/// <param name="Checked">Every notification looked at, to mark once the mail is sent.</param>
public sealed record PendingNotificationEmails(IReadOnlyList<Guid> Checked, IReadOnlyList<EmailRecipient> Recipients);

public sealed class GetPendingNotificationEmailsHandler(ClubDbContext db) : IQueryHandler<GetPendingNotificationEmails, PendingNotificationEmails>
{
    public async ValueTask<PendingNotificationEmails> Handle(GetPendingNotificationEmails query, CancellationToken cancellationToken)
    {
        var pending = await db.Notifications.AsNoTracking()
            .Where(n => n.EmailCheckedAt == null)
            .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id)
            .Take(GetPendingNotificationEmails.Batch)
            .Select(n => new { n.Id, n.MemberId, n.Kind, n.Subject, n.Link })
            .ToListAsync(cancellationToken);
        var memberIds = pending.Select(n => n.MemberId).Distinct().ToList();
        var wanted = await db.NotificationSettings.AsNoTracking()
            .Where(s => memberIds.Contains(s.MemberId) && s.Channel == NotificationChannel.Email)
            .Select(s => new { s.MemberId, s.Category })
            .ToListAsync(cancellationToken);
        var byEmail = wanted.Select(w => (w.MemberId, w.Category)).ToHashSet();
        var toSend = pending.Where(n => byEmail.Contains((n.MemberId, NotificationCategories.Of(n.Kind)))).ToList();
        var ids = toSend.Select(n => n.MemberId).Distinct().ToList();
        var members = await db.Users.AsNoTracking()
            .Where(m => ids.Contains(m.Id) && m.DeletedAt == null && m.EmailConfirmed && m.Email != null)
            .Select(m => new { m.Id, m.DisplayName, m.Email, m.Culture })
            .ToDictionaryAsync(m => m.Id, cancellationToken);
        var recipients = toSend.Where(n => members.ContainsKey(n.MemberId))
            .GroupBy(n => n.MemberId)
            .Select(g => new EmailRecipient(
                g.Key, members[g.Key].DisplayName, members[g.Key].Email!, members[g.Key].Culture,
                g.Select(n => new DigestNotification(n.Kind, n.Subject, n.Link)).ToList()))
            .ToList();
        return new PendingNotificationEmails(pending.Select(n => n.Id).ToList(), recipients);
    }
}

public sealed record MarkNotificationsEmailChecked(IReadOnlyList<Guid> Ids, DateTimeOffset At) : ICommand<int>;

public sealed class MarkNotificationsEmailCheckedHandler(ClubDbContext db) : ICommandHandler<MarkNotificationsEmailChecked, int>
{
    public async ValueTask<int> Handle(MarkNotificationsEmailChecked command, CancellationToken cancellationToken)
    {
        var ids = command.Ids.ToList();
        return await db.Notifications.Where(n => ids.Contains(n.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailCheckedAt, command.At), cancellationToken);
    }
}
