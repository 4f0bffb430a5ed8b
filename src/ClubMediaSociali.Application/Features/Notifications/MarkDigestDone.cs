using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Notifications;

/// <summary>Records that the member's digest was dealt with now (sent, or nothing to say), so the next one starts from here.</summary>
[ChangesNoPublicPage("The digest job's bookkeeping.")]
public sealed record MarkDigestDone(Guid MemberId, DateTimeOffset At) : ICommand<Unit>;

public sealed class MarkDigestDoneHandler(ClubDbContext db) : ICommandHandler<MarkDigestDone, Unit>
{
    public async ValueTask<Unit> Handle(MarkDigestDone command, CancellationToken cancellationToken)
    {
        await db.Users.Where(m => m.Id == command.MemberId).ExecuteUpdateAsync(s => s.SetProperty(m => m.LastDigestAt, command.At), cancellationToken);
        return Unit.Value;
    }
}
