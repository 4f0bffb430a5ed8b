using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Connections;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Connections;

/// <summary>The signed-in member's own network page: requests waiting for them, requests they sent, how many contacts.</summary>
public sealed record GetMyNetwork(Language Language) : IQuery<MyNetwork>;

public sealed record NetworkRequest(Person Person, string? Message, DateTimeOffset At);

public sealed record MyNetwork(IReadOnlyList<NetworkRequest> Received, IReadOnlyList<NetworkRequest> Sent, int ContactCount);

public sealed class GetMyNetworkHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<GetMyNetwork, MyNetwork>
{
    public async ValueTask<MyNetwork> Handle(GetMyNetwork query, CancellationToken cancellationToken)
    {
        var me = currentMember.RequiredId;
        var pending = await db.Connections.AsNoTracking()
            .Where(c => c.Status == ConnectionStatus.Pending && (c.LowId == me || c.HighId == me))
            .OrderByDescending(c => c.RequestedAt)
            .Take(200)
            .Select(c => new { Other = c.LowId == me ? c.HighId : c.LowId, Received = c.RequesterId != me, c.Message, c.RequestedAt })
            .ToListAsync(cancellationToken);
        var ids = pending.Select(p => p.Other).ToList();
        var people = await People.Project(db.Users.AsNoTracking().Where(m => ids.Contains(m.Id) && m.DeletedAt == null), query.Language)
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var requests = pending
            .Where(p => people.ContainsKey(p.Other))
            .Select(p => (p.Received, Request: new NetworkRequest(people[p.Other], p.Message, p.RequestedAt)))
            .ToList();
        var count = await People.ContactIds(db, me).CountAsync(cancellationToken);
        return new MyNetwork(
            requests.Where(r => r.Received).Select(r => r.Request).ToList(),
            requests.Where(r => !r.Received).Select(r => r.Request).ToList(),
            count);
    }
}
