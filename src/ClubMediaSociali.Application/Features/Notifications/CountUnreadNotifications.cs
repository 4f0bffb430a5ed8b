using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Notifications;

/// <summary>How many notifications the member has not read: the badge in the navigation.</summary>
public sealed record CountUnreadNotifications(Guid MemberId) : IQuery<int>;

public sealed class CountUnreadNotificationsHandler(ClubDbContext db, UnreadCounts counts) : IQueryHandler<CountUnreadNotifications, int>
{
    public ValueTask<int> Handle(CountUnreadNotifications query, CancellationToken cancellationToken) =>
        counts.GetAsync(query.MemberId, token => NotificationFilters.Shown(db, query.MemberId).CountAsync(n => n.ReadAt == null, token), cancellationToken);
}
