using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Notifications;

namespace ClubMediaSociali.Application.Features.Media;

/// <summary>A moderator removed one of a member's pictures or files: <paramref name="Where"/> is the page it was on.</summary>
public sealed record UploadRemoved(Guid OwnerId, string Subject, Target Where, string Reason, DateTimeOffset At) : IDomainEvent;

/// <summary>The owner is told what went, where, and why.</summary>
public sealed class TellOwnerOfRemovedUpload(ClubDbContext db) : IEffect<UploadRemoved>
{
    public Task RunAsync(UploadRemoved removed, CancellationToken cancellationToken)
    {
        db.Notifications.Add(Notification.Of(removed.OwnerId, NotificationKinds.FileRemoved, removed.Subject, removed.Where, removed.At, removed.Reason));
        return Task.CompletedTask;
    }
}
