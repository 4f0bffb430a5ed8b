using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Notifications;

[ChangesNoPublicPage("The notification mail job's bookkeeping.")]
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
