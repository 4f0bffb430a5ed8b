using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Moderation;

/// <summary>
/// Lifts a suspension in one step. For a member marked as a spammer this is "not spam": every contribution comes
/// back and the domains their marking added are taken back (moderators may); an admin's suspension is lifted by an admin.
/// Answers the member's handle.
/// </summary>
[ChangesPages(PublicPages.Everything)]
public sealed record ReinstateMember(Guid MemberId) : ICommand<Result<string>>;

public sealed class ReinstateMemberHandler(ICurrentMember currentMember, ClubDbContext db, SpamMarking marking, TimeProvider clock)
    : ICommandHandler<ReinstateMember, Result<string>>
{
    public async ValueTask<Result<string>> Handle(ReinstateMember command, CancellationToken cancellationToken)
    {
        var forSpam = await db.Users.Where(m => m.Id == command.MemberId).Select(m => (bool?)m.SuspendedForSpam).SingleOrDefaultAsync(cancellationToken);
        if (forSpam is null)
        {
            return ModerationErrors.NotFound;
        }

        if (forSpam == false && !currentMember.IsAdmin)
        {
            return Error.Forbidden("moderation.admins_only");
        }

        var reinstated = await marking.ClearAsync(command.MemberId, currentMember.RequiredId, clock.GetUtcNow(), cancellationToken);
        return reinstated.IsSuccess ? reinstated.Value.Handle : reinstated.Error!;
    }
}
