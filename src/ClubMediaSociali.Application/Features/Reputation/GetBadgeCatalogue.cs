using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Reputation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Reputation;

/// <summary>Every badge of the Club with how many members hold it.</summary>
public sealed record GetBadgeCatalogue : IQuery<IReadOnlyList<BadgeCount>>;

public sealed record BadgeCount(string Key, int Holders);

public sealed class GetBadgeCatalogueHandler(ClubDbContext db) : IQueryHandler<GetBadgeCatalogue, IReadOnlyList<BadgeCount>>
{
    public async ValueTask<IReadOnlyList<BadgeCount>> Handle(GetBadgeCatalogue query, CancellationToken cancellationToken)
    {
        var counts = await db.MemberBadges.GroupBy(b => b.BadgeKey).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return Badges.All.Select(b => new BadgeCount(b.Key, counts.GetValueOrDefault(b.Key))).ToList();
    }
}
