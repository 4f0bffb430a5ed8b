using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Moderation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.FirstSteps;

/// <summary>A moderator removes a learning path; the practices themselves stay.</summary>
[ChangesPages(PublicPages.Everything)]
public sealed record DeleteLearningPath(Guid PathId) : ICommand<Result<Guid>>;

public sealed class DeleteLearningPathHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<DeleteLearningPath, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(DeleteLearningPath command, CancellationToken cancellationToken)
    {
        var path = await db.LearningPaths.SingleOrDefaultAsync(p => p.Id == command.PathId, cancellationToken);
        if (path is null)
        {
            return LearningPathErrors.NotFound;
        }

        db.LearningPaths.Remove(path);
        db.AuditLog.Record(currentMember.RequiredId, AuditActions.DeleteLearningPath, AuditTargets.LearningPath, path.Id, path.Title, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return path.Id;
    }
}
