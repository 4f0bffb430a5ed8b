using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Notifications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Notifications;

/// <summary>Notifications the email job has not looked at yet, the oldest first, with who wants which by email.</summary>
public sealed record GetPendingNotificationEmails : IQuery<PendingNotificationEmails>
{
    public const int Batch = 500;
}

public sealed record EmailRecipient(Guid MemberId, string DisplayName, string Email, Language Language, IReadOnlyList<DigestNotification> Notifications);

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
            .Select(n => new
            {
                n.Id,
                n.MemberId,
                n.Kind,
                n.Subject,
                n.State,
                n.TargetKind,
                n.TargetKey,
                n.TargetPart,
                ActorPhoto = db.Users.Where(m => m.Id == n.ActorId && m.DeletedAt == null).Select(m => m.PhotoHash).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var memberIds = pending.Select(n => n.MemberId).Distinct().ToList();
        var chosen = await db.NotificationSettings.AsNoTracking()
            .Where(s => memberIds.Contains(s.MemberId))
            .Select(s => new { s.MemberId, s.Category, s.Channel })
            .ToDictionaryAsync(s => (s.MemberId, s.Category), s => s.Channel, cancellationToken);
        // A category the member has not chosen for takes its default (events go by mail).
        var toSend = pending.Where(n =>
        {
            var category = NotificationCategories.Of(n.Kind);
            return chosen.GetValueOrDefault((n.MemberId, category), NotificationCategories.DefaultChannel(category)) == NotificationChannel.Email;
        }).ToList();
        var ids = toSend.Select(n => n.MemberId).Distinct().ToList();
        var members = await db.Users.AsNoTracking()
            .Where(m => ids.Contains(m.Id) && m.DeletedAt == null && m.SuspendedAt == null && m.EmailConfirmed && m.Email != null)
            .Select(m => new { m.Id, m.DisplayName, m.Email, m.Culture })
            .ToDictionaryAsync(m => m.Id, cancellationToken);
        var recipients = toSend.Where(n => members.ContainsKey(n.MemberId))
            .GroupBy(n => n.MemberId)
            .Select(g => new EmailRecipient(
                g.Key, members[g.Key].DisplayName, members[g.Key].Email!, Languages.FromCode(members[g.Key].Culture),
                g.Select(n => new DigestNotification(n.Kind, n.Subject, n.State, new Target(n.TargetKind, n.TargetKey, n.TargetPart), n.ActorPhoto)).ToList()))
            .ToList();
        return new PendingNotificationEmails(pending.Select(n => n.Id).ToList(), recipients);
    }
}
