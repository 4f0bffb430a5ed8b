using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Events;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Events;

/// <summary>A member gives up their seat (which goes to the first waiting) or their place in the waiting list.</summary>
[ChangesPages(PublicPages.Events)]
public sealed record CancelRegistration(Guid EventId) : ICommand<Result<Guid>>, ITransactional;

public sealed class CancelRegistrationHandler(ICurrentMember currentMember, ClubDbContext db, EventSeats seats, TimeProvider clock)
    : ICommandHandler<CancelRegistration, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(CancelRegistration command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var e = await seats.LockAsync(command.EventId, cancellationToken);
        if (e is null)
        {
            return EventErrors.NotFound;
        }

        var me = currentMember.RequiredId;
        var registration = await db.EventRegistrations.SingleOrDefaultAsync(
            r => r.EventId == e.Id && r.MemberId == me && (r.Status == RegistrationStatus.Registered || r.Status == RegistrationStatus.Waiting), cancellationToken);
        if (registration is null)
        {
            return EventErrors.NotRegistered;
        }

        if (e.EndsAt <= now)
        {
            return EventErrors.Over;
        }

        await seats.CancelAsync(e, registration, now, cancellationToken);
        return e.Id;
    }
}
