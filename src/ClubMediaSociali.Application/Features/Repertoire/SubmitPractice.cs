using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Repertoire;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Repertoire;

/// <summary>
/// The author sends a draft (or a practice sent back for changes) to the moderators; for a
/// published practice, the open revision goes instead.
/// </summary>
[ChangesNoPublicPage("A submitted practice is seen only by its author and the moderators.")]
public sealed record SubmitPractice(Guid PracticeId) : ICommand<Result<Guid>>;

public sealed class SubmitPracticeHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<SubmitPractice, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(SubmitPractice command, CancellationToken cancellationToken)
    {
        var practice = await db.Practices.SingleOrDefaultAsync(p => p.Id == command.PracticeId, cancellationToken);
        if (practice is null)
        {
            return PracticeErrors.NotFound;
        }

        var revision = practice.Status == PracticeStatus.Published ? await PracticeRevisions.OpenAsync(db, practice.Id, cancellationToken) : null;
        if (PracticePermissions.SubmitRefusal(currentMember, practice.AuthorId, practice.Status, revision?.Status) is { } refusal)
        {
            return refusal;
        }

        var now = clock.GetUtcNow();
        if (revision is not null)
        {
            revision.Status = RevisionStatus.Submitted;
            revision.SubmittedAt = now;
        }
        else
        {
            practice.Status = PracticeStatus.Submitted;
            practice.SubmittedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return practice.Id;
    }
}
