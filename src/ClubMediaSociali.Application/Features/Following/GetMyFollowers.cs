using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Common;
using ClubMediaSociali.Application.Domain.Network;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Following;

/// <summary>The members who follow the signed-in member, for "Chi mi segue", the latest first.</summary>
public sealed record GetMyFollowers : IQuery<IReadOnlyList<FollowedPerson>>;

public sealed class GetMyFollowersHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<GetMyFollowers, IReadOnlyList<FollowedPerson>>
{
    public async ValueTask<IReadOnlyList<FollowedPerson>> Handle(GetMyFollowers query, CancellationToken cancellationToken)
    {
        var me = currentMember.RequiredId;
        return await db.MemberFollows.Where(f => f.MemberId == me).OrderByDescending(f => f.At)
            .Join(db.Users.Where(m => m.DeletedAt == null), f => f.FollowerId, m => m.Id, (f, m) => new FollowedPerson(m.Id, m.DisplayName, m.Handle, m.PhotoHash, m.Headline))
            .ToListAsync(cancellationToken);
    }
}
