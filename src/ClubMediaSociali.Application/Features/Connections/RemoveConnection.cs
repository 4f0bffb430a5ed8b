using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Connections;
using Mediator;

namespace ClubMediaSociali.Application.Features.Connections;

/// <summary>Either member ends a connection; no one is told.</summary>
[ChangesPages(PublicPages.Members)]
public sealed record RemoveConnection(string Handle) : ICommand<Result<ConnectionChanged>>;

public sealed class RemoveConnectionHandler(ICurrentMember currentMember, ClubDbContext db) : ICommandHandler<RemoveConnection, Result<ConnectionChanged>>
{
    public async ValueTask<Result<ConnectionChanged>> Handle(RemoveConnection command, CancellationToken cancellationToken) =>
        await ConnectionMembers.DeleteAsync(db, currentMember.RequiredId, command.Handle, c => c.Status == ConnectionStatus.Accepted, cancellationToken);
}
