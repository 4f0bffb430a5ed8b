using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Notifications;

/// <summary>The member's latest notifications, newest first.</summary>
public sealed record GetNotifications() : IQuery<IReadOnlyList<NotificationItem>>
{
    public const int Limit = 50;
}

public sealed record NotificationItem(
    Guid Id, string Kind, string Subject, string? Note, int? State, Target Target, DateTimeOffset At, bool Read, NotificationActor? Actor);

/// <summary>The member a notification tells of, shown by their face; null once their account is deleted.</summary>
public sealed record NotificationActor(Guid Id, string DisplayName, string? PhotoHash);

public sealed class GetNotificationsHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<GetNotifications, IReadOnlyList<NotificationItem>>
{
    public async ValueTask<IReadOnlyList<NotificationItem>> Handle(GetNotifications query, CancellationToken cancellationToken) =>
        await NotificationFilters.Shown(db, currentMember.RequiredId).AsNoTracking()
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(GetNotifications.Limit)
            .Select(n => new NotificationItem(
                n.Id, n.Kind, n.Subject, n.Note, n.State, new Target(n.TargetKind, n.TargetKey, n.TargetPart), n.CreatedAt, n.ReadAt != null,
                db.Users.Where(m => m.Id == n.ActorId && m.DeletedAt == null)
                    .Select(m => new NotificationActor(m.Id, m.DisplayName, m.PhotoHash)).FirstOrDefault()))
            .ToListAsync(cancellationToken);
}
