using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Common;
using ClubMediaSociali.Application.Domain.Network;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;

namespace ClubMediaSociali.Application.Features.Following;

/// <summary>
/// A member follows, or stops following, a member (by handle), a company (by slug), a tag or a professional role (by
/// id): what they do or what is written about it reaches the follower's bacheca. Following twice changes nothing.
/// </summary>
[ChangesNoPublicPage("A member's follows show only on their own pages.")]
public sealed record Follow(FollowKind Kind, string Key, bool On) : ICommand<Result<bool>>;

public sealed class FollowHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock, HybridCache cache) : ICommandHandler<Follow, Result<bool>>
{
    public async ValueTask<Result<bool>> Handle(Follow command, CancellationToken cancellationToken)
    {
        var me = currentMember.RequiredId;
        var now = clock.GetUtcNow();
        switch (command.Kind)
        {
            case FollowKind.Member:
                var member = await db.Users.Where(m => m.Handle == command.Key && m.DeletedAt == null).Select(m => (Guid?)m.Id).SingleOrDefaultAsync(cancellationToken);
                if (member is not { } memberId)
                {
                    return FollowErrors.NotFound;
                }

                if (memberId == me)
                {
                    return FollowErrors.Self;
                }

                if (command.On && await db.MemberBlocks.AnyAsync(b => b.MemberId == memberId && b.OtherId == me && b.Kind == BlockKind.Block, cancellationToken))
                {
                    // Who blocked the member is not told so: the profile simply cannot be followed.
                    return FollowErrors.NotFound;
                }

                await (command.On
                    ? db.Database.ExecuteSqlAsync($"INSERT INTO member_follows (follower_id, member_id, at) VALUES ({me}, {memberId}, {now}) ON CONFLICT DO NOTHING", cancellationToken)
                    : db.MemberFollows.Where(f => f.FollowerId == me && f.MemberId == memberId).ExecuteDeleteAsync(cancellationToken));
                break;
            case FollowKind.Company:
                var company = await db.Companies.Where(c => c.Slug == command.Key).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);
                if (company is not { } companyId)
                {
                    return FollowErrors.NotFound;
                }

                await (command.On
                    ? db.Database.ExecuteSqlAsync($"INSERT INTO company_follows (follower_id, company_id, at) VALUES ({me}, {companyId}, {now}) ON CONFLICT DO NOTHING", cancellationToken)
                    : db.CompanyFollows.Where(f => f.FollowerId == me && f.CompanyId == companyId).ExecuteDeleteAsync(cancellationToken));
                break;
            case FollowKind.Tag:
                if (Tags.Parse(command.Key) is not [var tag] || tag.Length > TagFollow.TagMaxLength)
                {
                    return FollowErrors.NotFound;
                }

                await (command.On
                    ? db.Database.ExecuteSqlAsync($"INSERT INTO tag_follows (follower_id, tag, at) VALUES ({me}, {tag}, {now}) ON CONFLICT DO NOTHING", cancellationToken)
                    : db.TagFollows.Where(f => f.FollowerId == me && f.Tag == tag).ExecuteDeleteAsync(cancellationToken));
                break;
            case FollowKind.Role:
                if (!int.TryParse(command.Key, out var roleId) || !await db.ProfessionalRoles.AnyAsync(r => r.Id == roleId, cancellationToken))
                {
                    return FollowErrors.NotFound;
                }

                await (command.On
                    ? db.Database.ExecuteSqlAsync($"INSERT INTO role_follows (follower_id, role_id, at) VALUES ({me}, {roleId}, {now}) ON CONFLICT DO NOTHING", cancellationToken)
                    : db.RoleFollows.Where(f => f.FollowerId == me && f.RoleId == roleId).ExecuteDeleteAsync(cancellationToken));
                break;
            default:
                return FollowErrors.NotFound;
        }

        // Whom to follow next changes with whom the member follows: their next page shows it.
        await cache.RemoveByTagAsync(SuggestFollows.TagFor(me), cancellationToken);
        return command.On;
    }
}
