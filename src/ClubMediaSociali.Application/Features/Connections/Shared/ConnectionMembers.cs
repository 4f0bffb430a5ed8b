using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Connections;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Connections;

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
