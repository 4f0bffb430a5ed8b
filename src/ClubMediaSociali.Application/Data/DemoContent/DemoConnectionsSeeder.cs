using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Data.DemoContent;

/// <summary>Contacts among the demo members, and requests waiting for an answer.</summary>
public sealed class DemoConnectionsSeeder(ClubDbContext db, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Connections.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var members = await DemoSeeding.MembersByHandleAsync(db, cancellationToken);
        foreach (var (from, to, daysAgo) in DemoConnections.Accepted.Where(c => members.ContainsKey(c.From) && members.ContainsKey(c.To)))
        {
            var connection = Domain.Connections.Connection.Request(members[from], members[to], null, now.AddDays(-daysAgo - 1));
            connection.Answer(accept: true, now.AddDays(-daysAgo));
            db.Connections.Add(connection);
        }

        foreach (var (from, to, message) in DemoConnections.Pending.Where(c => members.ContainsKey(c.From) && members.ContainsKey(c.To)))
        {
            db.Connections.Add(Domain.Connections.Connection.Request(members[from], members[to], message, now.AddDays(-1)));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
