using ClubMediaSociali.Application.Common.Accounts;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Features.Members;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.AccountSettings;

/// <summary>
/// Ends one of the member's sessions (<see cref="Only"/>), or all of them but <see cref="Keep"/> (the one asking).
/// Returns the sessions ended, for this instance to refuse them at once; others learn within seconds. A session
/// that is not the member's is not found; one of theirs already ended ends nothing (a second tap).
/// </summary>
[ChangesNoPublicPage("A member's own sessions.")]
public sealed record EndMySessions(Guid? Only, Guid? Keep) : ICommand<Result<IReadOnlyList<Guid>>>;

public sealed class EndMySessionsHandler(ICurrentMember currentMember, ClubDbContext db, MemberSessions sessions)
    : ICommandHandler<EndMySessions, Result<IReadOnlyList<Guid>>>
{
    public async ValueTask<Result<IReadOnlyList<Guid>>> Handle(EndMySessions command, CancellationToken cancellationToken)
    {
        if (command.Only is { } only && !await db.MemberSessions.AnyAsync(s => s.Id == only && s.MemberId == currentMember.RequiredId, cancellationToken))
        {
            return ProfileErrors.NotFound;
        }

        var ended = await sessions.EndAsync(currentMember.RequiredId, command.Only, command.Keep, cancellationToken);
        return Result.Success(ended);
    }
}
