using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Connections;
using ClubMediaSociali.Application.Domain.Notifications;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Connections;

/// <summary>
/// A confirmed member asks another to connect, with an optional message. The other member is told.
/// One request per pair; a declined member waits <see cref="Connection.DaysBeforeAskingAgain"/> days
/// before asking again; at most <see cref="Connection.RequestsPerDay"/> requests a day.
/// </summary>
[ChangesNoPublicPage("A pending request is seen only by the two members.")]
public sealed record RequestConnection(string Handle, string? Message) : ICommand<Result<ConnectionChanged>>;

public sealed class RequestConnectionValidator : AbstractValidator<RequestConnection>
{
    public RequestConnectionValidator(IStringLocalizer<ValidationMessages> text) =>
        RuleFor(c => c.Message)
            .ClubMaxLength(text, Connection.MessageMaxLength);
}

public sealed class RequestConnectionHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<RequestConnection, Result<ConnectionChanged>>
{
    public async ValueTask<Result<ConnectionChanged>> Handle(RequestConnection command, CancellationToken cancellationToken)
    {
        var other = await ConnectionMembers.FindAsync(db, command.Handle, cancellationToken);
        if (other is null)
        {
            return ConnectionErrors.NotFound;
        }

        if (other.Id == currentMember.RequiredId)
        {
            return ConnectionErrors.Self;
        }

        var me = currentMember.RequiredId;
        if (await Following.Blocks.Between(db, me, other.Id).AnyAsync(cancellationToken))
        {
            return ConnectionErrors.Blocked;
        }

        var now = clock.GetUtcNow();
        var sentToday = await db.Connections.CountAsync(
            c => c.RequesterId == currentMember.RequiredId && c.Status == ConnectionStatus.Pending && c.RequestedAt > now.AddDays(-1), cancellationToken);
        if (sentToday >= Connection.RequestsPerDay)
        {
            return ConnectionErrors.TooManyRequests;
        }

        var (low, high) = Connection.Pair(currentMember.RequiredId, other.Id);
        var connection = await db.Connections.SingleOrDefaultAsync(c => c.LowId == low && c.HighId == high, cancellationToken);
        if (connection is null)
        {
            db.Connections.Add(Connection.Request(currentMember.RequiredId, other.Id, command.Message, now));
        }
        else if (connection.Status == ConnectionStatus.Accepted)
        {
            return ConnectionErrors.AlreadyConnected;
        }
        else if (connection.Status == ConnectionStatus.Pending)
        {
            return connection.RequesterId == currentMember.RequiredId ? ConnectionErrors.AlreadyRequested : ConnectionErrors.TheyAsked;
        }
        else if (connection.MayAskAgain(currentMember.RequiredId, now))
        {
            connection.Ask(currentMember.RequiredId, command.Message, now);
        }
        else
        {
            return ConnectionErrors.DeclinedRecently;
        }

        db.Raise(new ConnectionRequested(currentMember.RequiredId, other.Id, string.IsNullOrWhiteSpace(command.Message) ? null : command.Message.Trim(), now), now);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The two members asked each other at the same moment: the key on the pair kept one request.
            return ConnectionErrors.TheyAsked;
        }

        return new ConnectionChanged(other.Handle, other.DisplayName);
    }
}
