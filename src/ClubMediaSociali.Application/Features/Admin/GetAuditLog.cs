using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Admin;

/// <summary>The latest staff actions, newest first.</summary>
public sealed record GetAuditLog(int Count = 50) : IQuery<IReadOnlyList<AuditLine>>;

public sealed record AuditLine(DateTimeOffset At, string? Actor, string Action, string Target, string? Details, string? Reason);

public sealed class GetAuditLogHandler(ClubDbContext db) : IQueryHandler<GetAuditLog, IReadOnlyList<AuditLine>>
{
    public async ValueTask<IReadOnlyList<AuditLine>> Handle(GetAuditLog query, CancellationToken cancellationToken)
    {
        var entries = await (from a in db.AuditLog
                             join actor in db.Users on a.ActorId equals actor.Id into actors
                             from actor in actors.DefaultIfEmpty()
                             orderby a.At descending
                             select new { a.At, Actor = actor == null ? null : actor.DisplayName, a.Action, a.TargetType, a.TargetId, a.Details, a.Reason })
            .Take(Math.Clamp(query.Count, 1, 200))
            .ToListAsync(cancellationToken);

        var memberIds = entries
            .Where(e => e.TargetType == "member" && Guid.TryParse(e.TargetId, out _))
            .Select(e => Guid.Parse(e.TargetId))
            .Distinct()
            .ToList();
        var names = await db.Users.Where(m => memberIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id.ToString(), m => m.DisplayName, cancellationToken);

        return entries
            .Select(e => new AuditLine(e.At, e.Actor, e.Action, names.GetValueOrDefault(e.TargetId, e.TargetId), e.Details, e.Reason))
            .ToList();
    }
}
