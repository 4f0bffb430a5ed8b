using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Connections;
using ClubMediaSociali.Application.Domain.Members;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Connections;

internal static class People
{
    public static IQueryable<Person> Project(IQueryable<Member> members, Language language) =>
        language == Language.English
            ? members.Select(m => new Person(m.Id, m.Handle, m.DisplayName, m.Headline, m.PrimaryRole!.NameEn, m.PrimaryRole!.Group!.NameEn, m.PhotoHash))
            : members.Select(m => new Person(m.Id, m.Handle, m.DisplayName, m.Headline, m.PrimaryRole!.NameIt, m.PrimaryRole!.Group!.NameIt, m.PhotoHash));

    /// <summary>The given members as people, by id.</summary>
    public static Task<Dictionary<Guid, Person>> ByIdAsync(ClubDbContext db, IReadOnlyCollection<Guid> ids, Language language, CancellationToken cancellationToken) =>
        Project(db.Users.AsNoTracking().Where(m => ids.Contains(m.Id)), language).ToDictionaryAsync(p => p.Id, cancellationToken);

    /// <summary>The ids of a member's contacts.</summary>
    public static IQueryable<Guid> ContactIds(ClubDbContext db, Guid memberId) =>
        db.Connections
            .Where(c => c.Status == ConnectionStatus.Accepted && (c.LowId == memberId || c.HighId == memberId))
            .Select(c => c.LowId == memberId ? c.HighId : c.LowId);

    public static async Task<ConnectionState> StateAsync(ClubDbContext db, Guid viewerId, Guid otherId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (low, high) = Connection.Pair(viewerId, otherId);
        var connection = await db.Connections.AsNoTracking().SingleOrDefaultAsync(c => c.LowId == low && c.HighId == high, cancellationToken);
        return connection switch
        {
            null => ConnectionState.None,
            { Status: ConnectionStatus.Accepted } => ConnectionState.Connected,
            { Status: ConnectionStatus.Pending } c => c.RequesterId == viewerId ? ConnectionState.RequestSent : ConnectionState.RequestReceived,
            var c => c.MayAskAgain(viewerId, now) ? ConnectionState.None : ConnectionState.Declined,
        };
    }
}
