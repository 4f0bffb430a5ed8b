using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Home;

/// <summary>
/// Notes that the member is here. A visit starts after <see cref="VisitGap"/> without activity; when one does,
/// the end of the one before is kept, and "Dall'ultima visita" counts from there. One UPDATE by key; the web
/// layer calls it at most every few minutes per member.
/// </summary>
[ChangesNoPublicPage("A member's own last visit.")]
public sealed record TouchVisit(Guid MemberId, DateTimeOffset Now) : ICommand<Unit>
{
    public static readonly TimeSpan VisitGap = TimeSpan.FromMinutes(30);
}

public sealed class TouchVisitHandler(ClubDbContext db) : ICommandHandler<TouchVisit, Unit>
{
    public async ValueTask<Unit> Handle(TouchVisit command, CancellationToken cancellationToken)
    {
        var newVisitBefore = command.Now - TouchVisit.VisitGap;
        await db.Users.Where(m => m.Id == command.MemberId).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.PreviousVisitAt, m => m.LastVisitAt != null && m.LastVisitAt < newVisitBefore ? m.LastVisitAt : m.PreviousVisitAt)
            .SetProperty(m => m.LastVisitAt, command.Now), cancellationToken);
        return Unit.Value;
    }
}
