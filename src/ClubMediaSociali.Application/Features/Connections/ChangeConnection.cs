using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Connections;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Domain.Reputation;
using ClubMediaSociali.Application.Features.Reputation;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Connections;

public static class ConnectionErrors
{
    public static readonly Error NotFound = new("connections.not_found");

    public static readonly Error Self = new("connections.self");

    public static readonly Error AlreadyConnected = new("connections.already_connected");

    public static readonly Error AlreadyRequested = new("connections.already_requested");

    /// <summary>The other member has already asked: the answer is to accept, not to ask back.</summary>
    public static readonly Error TheyAsked = new("connections.they_asked");

    public static readonly Error DeclinedRecently = new("connections.declined_recently");

    public static readonly Error TooManyRequests = new("connections.too_many_requests");

    public static readonly Error NoRequest = new("connections.no_request");
}

/// <summary>What a member did to a tie with another member, for the page to say so.</summary>
public sealed record ConnectionChanged(string Handle, string DisplayName);

/// <summary>
/// A confirmed member asks another to connect, with an optional message. The other member is told.
/// One request per pair; a declined member waits <see cref="Connection.DaysBeforeAskingAgain"/> days
/// before asking again; at most <see cref="Connection.RequestsPerDay"/> requests a day.
/// </summary>
public sealed record RequestConnection(Guid RequesterId, string Handle, string? Message) : ICommand<Result<ConnectionChanged>>;

public sealed class RequestConnectionValidator : AbstractValidator<RequestConnection>
{
    public RequestConnectionValidator(IStringLocalizer<ValidationMessages> text) =>
        RuleFor(c => c.Message)
            .MaximumLength(Connection.MessageMaxLength)
            .WithMessage(_ => text["Questo campo può avere al massimo {0} caratteri.", Connection.MessageMaxLength]);
}

public sealed class RequestConnectionHandler(ClubDbContext db, TimeProvider clock) : ICommandHandler<RequestConnection, Result<ConnectionChanged>>
{
    public async ValueTask<Result<ConnectionChanged>> Handle(RequestConnection command, CancellationToken cancellationToken)
    {
        var other = await ConnectionMembers.FindAsync(db, command.Handle, cancellationToken);
        if (other is null)
        {
            return ConnectionErrors.NotFound;
        }

        if (other.Id == command.RequesterId)
        {
            return ConnectionErrors.Self;
        }

        var now = clock.GetUtcNow();
        var sentToday = await db.Connections.CountAsync(
            c => c.RequesterId == command.RequesterId && c.Status == ConnectionStatus.Pending && c.RequestedAt > now.AddDays(-1), cancellationToken);
        if (sentToday >= Connection.RequestsPerDay)
        {
            return ConnectionErrors.TooManyRequests;
        }

        var (low, high) = Connection.Pair(command.RequesterId, other.Id);
        var connection = await db.Connections.SingleOrDefaultAsync(c => c.LowId == low && c.HighId == high, cancellationToken);
        if (connection is null)
        {
            db.Connections.Add(Connection.Request(command.RequesterId, other.Id, command.Message, now));
        }
        else if (connection.Status == ConnectionStatus.Accepted)
        {
            return ConnectionErrors.AlreadyConnected;
        }
        else if (connection.Status == ConnectionStatus.Pending)
        {
            return connection.RequesterId == command.RequesterId ? ConnectionErrors.AlreadyRequested : ConnectionErrors.TheyAsked;
        }
        else if (connection.MayAskAgain(command.RequesterId, now))
        {
            connection.Ask(command.RequesterId, command.Message, now);
        }
        else
        {
            return ConnectionErrors.DeclinedRecently;
        }

        var requesterName = await db.Users.Where(m => m.Id == command.RequesterId).Select(m => new { m.DisplayName, m.Handle }).SingleAsync(cancellationToken);
        db.Notifications.Add(new Notification
        {
            MemberId = other.Id,
            Kind = "connection.request",
            Subject = requesterName.DisplayName,
            Note = string.IsNullOrWhiteSpace(command.Message) ? null : command.Message.Trim(),
            Link = "/rete",
            CreatedAt = now,
        });

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

/// <summary>A member accepts or declines a request addressed to them; the requester learns of an acceptance only.</summary>
public sealed record AnswerConnection(Guid MemberId, string Handle, bool Accept) : ICommand<Result<ConnectionChanged>>;

public sealed class AnswerConnectionHandler(ClubDbContext db, TimeProvider clock, ReputationLedger reputation) : ICommandHandler<AnswerConnection, Result<ConnectionChanged>>
{
    public async ValueTask<Result<ConnectionChanged>> Handle(AnswerConnection command, CancellationToken cancellationToken)
    {
        var other = await ConnectionMembers.FindAsync(db, command.Handle, cancellationToken);
        if (other is null)
        {
            return ConnectionErrors.NotFound;
        }

        var (low, high) = Connection.Pair(command.MemberId, other.Id);
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
            var name = await db.Users.Where(m => m.Id == command.MemberId).Select(m => new { m.DisplayName, m.Handle }).SingleAsync(cancellationToken);
            db.Notifications.Add(new Notification
            {
                MemberId = other.Id,
                Kind = "connection.accepted",
                Subject = name.DisplayName,
                Link = $"/membri/{name.Handle}",
                CreatedAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        if (command.Accept)
        {
            // Each earns points once per contact, however often they part and reconnect.
            await reputation.AwardAsync(other.Id, ReputationReasons.ConnectionAccepted, command.MemberId, cancellationToken);
            await reputation.AwardAsync(command.MemberId, ReputationReasons.ConnectionAccepted, other.Id, cancellationToken);
        }

        return new ConnectionChanged(other.Handle, other.DisplayName);
    }
}

/// <summary>The requester takes back a request not yet answered.</summary>
public sealed record WithdrawConnection(Guid MemberId, string Handle) : ICommand<Result<ConnectionChanged>>;

public sealed class WithdrawConnectionHandler(ClubDbContext db) : ICommandHandler<WithdrawConnection, Result<ConnectionChanged>>
{
    public async ValueTask<Result<ConnectionChanged>> Handle(WithdrawConnection command, CancellationToken cancellationToken) =>
        await ConnectionMembers.DeleteAsync(db, command.MemberId, command.Handle, c => c.Status == ConnectionStatus.Pending && c.RequesterId == command.MemberId, cancellationToken);
}

/// <summary>Either member ends a connection; no one is told.</summary>
public sealed record RemoveConnection(Guid MemberId, string Handle) : ICommand<Result<ConnectionChanged>>;

public sealed class RemoveConnectionHandler(ClubDbContext db) : ICommandHandler<RemoveConnection, Result<ConnectionChanged>>
{
    public async ValueTask<Result<ConnectionChanged>> Handle(RemoveConnection command, CancellationToken cancellationToken) =>
        await ConnectionMembers.DeleteAsync(db, command.MemberId, command.Handle, c => c.Status == ConnectionStatus.Accepted, cancellationToken);
}

internal static class ConnectionMembers
{
    public sealed record Found(Guid Id, string Handle, string DisplayName);

    public static Task<Found?> FindAsync(ClubDbContext db, string handle, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking()
            .Where(m => m.Handle == handle && m.DeletedAt == null)
            .Select(m => new Found(m.Id, m.Handle, m.DisplayName))
            .SingleOrDefaultAsync(cancellationToken);

    public static async Task<Result<ConnectionChanged>> DeleteAsync(
        ClubDbContext db, Guid memberId, string handle, System.Linq.Expressions.Expression<Func<Connection, bool>> condition, CancellationToken cancellationToken)
    {
        var other = await FindAsync(db, handle, cancellationToken);
        if (other is null)
        {
            return ConnectionErrors.NotFound;
        }

        var (low, high) = Connection.Pair(memberId, other.Id);
        var deleted = await db.Connections.Where(c => c.LowId == low && c.HighId == high).Where(condition).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? ConnectionErrors.NoRequest : new ConnectionChanged(other.Handle, other.DisplayName);
    }
}
