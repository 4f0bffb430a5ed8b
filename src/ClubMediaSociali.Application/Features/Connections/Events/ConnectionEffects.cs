using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Domain.Reputation;
using ClubMediaSociali.Application.Features.Reputation;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Connections;

/// <summary>Tells the member asked that a request waits for them.</summary>
public sealed class TellRecipientOfRequest(ClubDbContext db) : IEffect<ConnectionRequested>
{
    public async Task RunAsync(ConnectionRequested requested, CancellationToken cancellationToken)
    {
        var requester = await db.Users.Where(m => m.Id == requested.RequesterId).Select(m => m.DisplayName).SingleAsync(cancellationToken);
        db.Notifications.Add(Notification.Of(requested.RecipientId, NotificationKinds.ConnectionRequest, requester, Target.Contacts, requested.At, requested.Message, actor: requested.RequesterId));
    }
}

/// <summary>Tells the member who asked that they are connected now.</summary>
public sealed class TellRequesterOfAcceptance(ClubDbContext db) : IEffect<ConnectionAccepted>
{
    public async Task RunAsync(ConnectionAccepted accepted, CancellationToken cancellationToken)
    {
        var accepter = await db.Users.Where(m => m.Id == accepted.AccepterId).Select(m => new { m.DisplayName, m.Handle }).SingleAsync(cancellationToken);
        db.Notifications.Add(Notification.Of(accepted.RequesterId, NotificationKinds.ConnectionAccepted, accepter.DisplayName, Target.Member(accepter.Handle), accepted.At, actor: accepted.AccepterId));
    }
}

/// <summary>Each earns points once per contact, however often they part and reconnect.</summary>
public sealed class AwardNewContacts(ReputationLedger reputation) : IEffect<ConnectionAccepted>
{
    public async Task RunAsync(ConnectionAccepted accepted, CancellationToken cancellationToken)
    {
        await reputation.AwardAsync(accepted.RequesterId, ReputationReasons.ConnectionAccepted, accepted.AccepterId, cancellationToken);
        await reputation.AwardAsync(accepted.AccepterId, ReputationReasons.ConnectionAccepted, accepted.RequesterId, cancellationToken);
    }
}
