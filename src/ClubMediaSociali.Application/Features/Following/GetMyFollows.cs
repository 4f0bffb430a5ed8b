using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Common;
using ClubMediaSociali.Application.Domain.Network;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Following;

public sealed record FollowedPerson(Guid Id, string DisplayName, string Handle, string? PhotoHash, string? Headline);

public sealed record FollowedCompany(Guid Id, string Name, string Slug, string? LogoHash);

public sealed record FollowedRole(int Id, string Name);

public sealed record FollowedIdea(Guid Id, string Title);

/// <summary>Everything the member follows, for "Chi seguo": people, companies, tags, roles and ideas, each the latest first.</summary>
public sealed record GetMyFollows(Language Language) : IQuery<MyFollows>;

public sealed record MyFollows(
    IReadOnlyList<FollowedPerson> Members, IReadOnlyList<FollowedCompany> Companies, IReadOnlyList<string> Tags, IReadOnlyList<FollowedRole> Roles,
    IReadOnlyList<FollowedIdea> Ideas);

public sealed class GetMyFollowsHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<GetMyFollows, MyFollows>
{
    public async ValueTask<MyFollows> Handle(GetMyFollows query, CancellationToken cancellationToken)
    {
        var me = currentMember.RequiredId;
        var english = query.Language == Language.English;
        var members = await db.MemberFollows.Where(f => f.FollowerId == me).OrderByDescending(f => f.At)
            .Join(db.Users.Where(m => m.DeletedAt == null), f => f.MemberId, m => m.Id, (f, m) => new FollowedPerson(m.Id, m.DisplayName, m.Handle, m.PhotoHash, m.Headline))
            .ToListAsync(cancellationToken);
        var companies = await db.CompanyFollows.Where(f => f.FollowerId == me).OrderByDescending(f => f.At)
            .Join(db.Companies, f => f.CompanyId, c => c.Id, (f, c) => new FollowedCompany(c.Id, c.Name, c.Slug, c.LogoHash))
            .ToListAsync(cancellationToken);
        var tags = await db.TagFollows.Where(f => f.FollowerId == me).OrderByDescending(f => f.At).Select(f => f.Tag).ToListAsync(cancellationToken);
        var roles = await db.RoleFollows.Where(f => f.FollowerId == me).OrderByDescending(f => f.At)
            .Join(db.ProfessionalRoles, f => f.RoleId, r => r.Id, (f, r) => new FollowedRole(r.Id, english ? r.NameEn : r.NameIt))
            .ToListAsync(cancellationToken);
        var ideas = await db.IdeaFollowers.Where(f => f.MemberId == me).OrderByDescending(f => f.At)
            .Join(db.Ideas, f => f.IdeaId, i => i.Id, (f, i) => new FollowedIdea(i.Id, i.Title))
            .ToListAsync(cancellationToken);
        return new MyFollows(members, companies, tags, roles, ideas);
    }
}
