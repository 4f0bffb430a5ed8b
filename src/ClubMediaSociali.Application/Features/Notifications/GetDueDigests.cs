using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Notifications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Notifications;

/// <summary>
/// The members due a digest now: daily ones whose last digest is about a day old, weekly ones about a week,
/// and only while their latest recorded consent to the digest is a yes.
/// </summary>
public sealed record GetDueDigests(DateTimeOffset Now) : IQuery<IReadOnlyList<Guid>>
{
    public const int Batch = 500;
}

public sealed class GetDueDigestsHandler(ClubDbContext db) : IQueryHandler<GetDueDigests, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(GetDueDigests query, CancellationToken cancellationToken)
    {
        // An hour of slack, so that a job running a little early still finds yesterday's members due.
        var dailyBefore = query.Now.AddHours(-23);
        var weeklyBefore = query.Now.AddDays(-7).AddHours(1);
        return await db.Users.AsNoTracking()
            .Where(m => m.DeletedAt == null && m.SuspendedAt == null && m.EmailConfirmed)
            .Where(m => (m.DigestFrequency == DigestFrequency.Daily && (m.LastDigestAt == null || m.LastDigestAt <= dailyBefore))
                || (m.DigestFrequency == DigestFrequency.Weekly && (m.LastDigestAt == null || m.LastDigestAt <= weeklyBefore)))
            .Where(m => db.ConsentRecords.Where(c => c.MemberId == m.Id && c.Kind == ConsentKind.EmailDigest)
                .OrderByDescending(c => c.RecordedAt).ThenByDescending(c => c.Id).Select(c => c.Granted).FirstOrDefault())
            .OrderBy(m => m.LastDigestAt).ThenBy(m => m.Id)
            .Take(GetDueDigests.Batch)
            .Select(m => m.Id)
            .ToListAsync(cancellationToken);
    }
}
