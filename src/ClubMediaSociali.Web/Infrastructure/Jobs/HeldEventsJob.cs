using ClubMediaSociali.Application.Features.Events;
using Mediator;

namespace ClubMediaSociali.Web.Infrastructure.Jobs;

/// <summary>Every 15 minutes, gives the points of the events that ended and were held (organisers and speakers), once each.</summary>
public sealed class HeldEventsJob(IMediator mediator, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var held = 0;
        HeldEventsChecked batch;
        do
        {
            batch = await mediator.Send(new AwardHeldEvents(clock.GetUtcNow()), cancellationToken);
            held += batch.Held;
        }
        while (batch.Looked == AwardHeldEvents.Batch);

        return held;
    }
}
