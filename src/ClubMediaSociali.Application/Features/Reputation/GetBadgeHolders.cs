using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Reputation;
using ClubMediaSociali.Application.Features.Connections;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Reputation;

/// <summary>One badge's page: the members who hold it, the latest first.</summary>
public sealed record GetBadgeHolders(string Key, Language Language) : IQuery<Result<BadgeHolders>>
{
    public const int Shown = 100;
}

public sealed record BadgeHolder(Person Person, DateTimeOffset AwardedAt);

public sealed record BadgeHolders(string Key, int Count, IReadOnlyList<BadgeHolder> Holders);

public sealed class GetBadgeHoldersHandler(ClubDbContext db) : IQueryHandler<GetBadgeHolders, Result<BadgeHolders>>
{
    public static readonly Error NotFound = Error.NotFound("badges.not_found");

    public async ValueTask<Result<BadgeHolders>> Handle(GetBadgeHolders query, CancellationToken cancellationToken)
    {
        if (Badges.Find(query.Key) is null)
        {
            return NotFound;
        }

        var holders = db.MemberBadges.AsNoTracking()
            .Where(b => b.BadgeKey == query.Key)
            .Join(db.Users.Where(MemberVisibility.Active), b => b.MemberId, m => m.Id, (b, m) => b);
        var count = await holders.CountAsync(cancellationToken);
        var latest = await holders.OrderByDescending(b => b.AwardedAt).ThenBy(b => b.MemberId).Take(GetBadgeHolders.Shown)
            .Select(b => new { b.MemberId, b.AwardedAt })
            .ToListAsync(cancellationToken);
        var people = await People.ByIdAsync(db, latest.Select(b => b.MemberId).ToList(), query.Language, cancellationToken);
        return new BadgeHolders(query.Key, count, latest.Select(b => new BadgeHolder(people[b.MemberId], b.AwardedAt)).ToList());
    }
}
