using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Network;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Following;

/// <summary>
/// Which of the members or companies on a list (by id) the signed-in member follows, in one query, so that a
/// directory's cards show their follow buttons in the right state; empty for a visitor.
/// </summary>
public sealed record GetFollowedAmong(FollowKind Kind, IReadOnlyCollection<Guid> Ids) : IQuery<IReadOnlySet<Guid>>;

public sealed class GetFollowedAmongHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<GetFollowedAmong, IReadOnlySet<Guid>>
{
    public async ValueTask<IReadOnlySet<Guid>> Handle(GetFollowedAmong query, CancellationToken cancellationToken)
    {
        if (currentMember.Id is not { } me || query.Ids.Count == 0)
        {
            return new HashSet<Guid>();
        }

        var ids = query.Ids.ToArray();
        var followed = query.Kind switch
        {
            FollowKind.Member => await db.MemberFollows.Where(f => f.FollowerId == me && ids.Contains(f.MemberId)).Select(f => f.MemberId).ToListAsync(cancellationToken),
            FollowKind.Company => await db.CompanyFollows.Where(f => f.FollowerId == me && ids.Contains(f.CompanyId)).Select(f => f.CompanyId).ToListAsync(cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(query), query.Kind, "Only members and companies are listed by id."),
        };
        return followed.ToHashSet();
    }
}
