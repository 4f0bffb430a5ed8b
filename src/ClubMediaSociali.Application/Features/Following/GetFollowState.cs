using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Common;
using ClubMediaSociali.Application.Domain.Network;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Following;

/// <summary>Whether the signed-in member follows this member (handle), company (slug), tag or role (id); false for a visitor.</summary>
public sealed record GetFollowState(FollowKind Kind, string Key) : IQuery<bool>;

public sealed class GetFollowStateHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<GetFollowState, bool>
{
    public async ValueTask<bool> Handle(GetFollowState query, CancellationToken cancellationToken)
    {
        if (currentMember.Id is not { } me)
        {
            return false;
        }

        return query.Kind switch
        {
            FollowKind.Member => await db.MemberFollows.AnyAsync(f => f.FollowerId == me && db.Users.Any(m => m.Id == f.MemberId && m.Handle == query.Key), cancellationToken),
            FollowKind.Company => await db.CompanyFollows.AnyAsync(f => f.FollowerId == me && db.Companies.Any(c => c.Id == f.CompanyId && c.Slug == query.Key), cancellationToken),
            FollowKind.Tag => Tags.Parse(query.Key) is [var tag] && await db.TagFollows.AnyAsync(f => f.FollowerId == me && f.Tag == tag, cancellationToken),
            FollowKind.Role => int.TryParse(query.Key, out var role) && await db.RoleFollows.AnyAsync(f => f.FollowerId == me && f.RoleId == role, cancellationToken),
            _ => false,
        };
    }
}
