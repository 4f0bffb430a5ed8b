using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Connections;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Domain.Reputation;
using ClubMediaSociali.Application.Features.Reputation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Connections;

/// <summary>A member accepts or declines a request addressed to them; the requester learns of an acceptance only.</summary>
[ChangesPages(PublicPages.Members)]
public sealed record AnswerConnection(string Handle, bool Accept) : ICommand<Result<ConnectionChanged>>;

public sealed class AnswerConnectionHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<AnswerConnection, Result<ConnectionChanged>>
{
    public async ValueTask<Result<ConnectionChanged>> Handle(AnswerConnection command, CancellationToken cancellationToken)
    {
        var other = await ConnectionMembers.FindAsync(db, command.Handle, cancellationToken);
        if (other is null)
        {
            return ConnectionErrors.NotFound;
        }

        var (low, high) = Connection.Pair(currentMember.RequiredId, other.Id);
        var connection = await db.Connections.SingleOrDefaultAsync(
            c => c.LowId == low && c.HighId == high && c.Status == ConnectionStatus.Pending && c.RequesterId == other.Id, cancellationToken);
        if (connection is null)
        {
            return ConnectionErrors.NoRequest;
        }

        var now = clock.GetUtcNow();
        connection.Answer(command.Accept, now);
        if (command.Accept)
        {
            db.Raise(new ConnectionAccepted(other.Id, currentMember.RequiredId, now), now);
        }

        await db.SaveChangesAsync(cancellationToken);

        return new ConnectionChanged(other.Handle, other.DisplayName);
    }
}
