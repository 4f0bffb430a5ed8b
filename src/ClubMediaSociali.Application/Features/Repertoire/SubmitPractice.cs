using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Repertoire;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Repertoire;

/// <summary>The author sends a draft (or a practice sent back for changes) to the moderators.</summary>
public sealed record SubmitPractice(Guid PracticeId, Guid AuthorId) : ICommand<Result<Guid>>;

public sealed class SubmitPracticeHandler(ClubDbContext db, TimeProvider clock) : ICommandHandler<SubmitPractice, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(SubmitPractice command, CancellationToken cancellationToken)
    {
        var practice = await db.Practices.SingleOrDefaultAsync(p => p.Id == command.PracticeId, cancellationToken);
        if (practice is null)
        {
            return PracticeErrors.NotFound;
        }

        if (practice.AuthorId != command.AuthorId)
        {
            return PracticeErrors.NotYours;
        }

        if (practice.Status is not (PracticeStatus.Draft or PracticeStatus.ChangesRequested))
        {
            return PracticeErrors.NotEditable;
        }

        practice.Status = PracticeStatus.Submitted;
        practice.SubmittedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return practice.Id;
    }
}
