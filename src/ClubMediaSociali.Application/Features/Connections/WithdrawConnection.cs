using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Connections;
using Mediator;

namespace ClubMediaSociali.Application.Features.Connections;

/// <summary>The requester takes back a request not yet answered.</summary>
[ChangesNoPublicPage("A pending request is seen only by the two members.")]
public sealed record WithdrawConnection(string Handle) : ICommand<Result<ConnectionChanged>>;

public sealed class WithdrawConnectionHandler(ICurrentMember currentMember, ClubDbContext db) : ICommandHandler<WithdrawConnection, Result<ConnectionChanged>>
{
    public async ValueTask<Result<ConnectionChanged>> Handle(WithdrawConnection command, CancellationToken cancellationToken) =>
        await ConnectionMembers.DeleteAsync(db, currentMember.RequiredId, command.Handle, c => c.Status == ConnectionStatus.Pending && c.RequesterId == currentMember.RequiredId, cancellationToken);
}
