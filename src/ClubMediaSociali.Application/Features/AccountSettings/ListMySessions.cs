using ClubMediaSociali.Application.Common.Accounts;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.AccountSettings;

/// <summary>The member's open sessions, the one asking first, then the most recently seen.</summary>
/// <param name="Current">The session the request comes from.</param>
public sealed record ListMySessions(Guid? Current) : IQuery<IReadOnlyList<SessionView>>;

/// <param name="Method">How it signed in (<c>MemberSession.Method</c>).</param>
public sealed record SessionView(Guid Id, string? Browser, string? System, string Method, DateTimeOffset StartedAt, DateTimeOffset LastSeenAt, bool IsCurrent);

public sealed class ListMySessionsHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<ListMySessions, IReadOnlyList<SessionView>>
{
    /// <summary>More than anyone has open; a list longer than this shows the most recent.</summary>
    public const int Shown = 50;

    public async ValueTask<IReadOnlyList<SessionView>> Handle(ListMySessions query, CancellationToken cancellationToken)
    {
        var rows = await db.MemberSessions.AsNoTracking()
            .Where(s => s.MemberId == currentMember.RequiredId && s.EndedAt == null)
            .OrderByDescending(s => s.StartedAt)
            .Take(Shown)
            .Select(s => new { s.Id, s.UserAgent, s.Method, s.StartedAt, s.LastSeenAt })
            .ToListAsync(cancellationToken);
        return rows
            .Select(s =>
            {
                var (browser, system) = UserAgents.Describe(s.UserAgent);
                return new SessionView(s.Id, browser, system, s.Method, s.StartedAt, s.LastSeenAt, s.Id == query.Current);
            })
            .OrderByDescending(s => s.IsCurrent).ThenByDescending(s => s.LastSeenAt)
            .ToList();
    }
}
