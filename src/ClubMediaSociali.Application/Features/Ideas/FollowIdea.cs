using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Ideas;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Ideas;

/// <summary>A member follows an idea or stops following it.</summary>
[ChangesPages(PublicPages.Ideas)]
public sealed record FollowIdea(Guid IdeaId, bool Follow) : ICommand<Result<bool>>;

public sealed class FollowIdeaHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<FollowIdea, Result<bool>>
{
    public async ValueTask<Result<bool>> Handle(FollowIdea command, CancellationToken cancellationToken)
    {
        if (!await db.Ideas.AnyAsync(i => i.Id == command.IdeaId && i.Status != IdeaStatus.Duplicate, cancellationToken))
        {
            return IdeaErrors.NotFound;
        }

        var (ideaId, memberId) = (command.IdeaId, currentMember.RequiredId);
        if (command.Follow)
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO idea_followers (idea_id, member_id, at) VALUES ({ideaId}, {memberId}, {clock.GetUtcNow()})
                ON CONFLICT DO NOTHING
                """, cancellationToken);
        }
        else
        {
            await db.IdeaFollowers.Where(f => f.IdeaId == ideaId && f.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
        }

        return command.Follow;
    }
}
