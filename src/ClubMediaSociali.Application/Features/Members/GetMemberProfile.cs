using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Members;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Members;

/// <summary>A member's public profile, as the viewer may see it.</summary>
/// <param name="ViewerId">The signed-in member looking, or null for a visitor.</param>
public sealed record GetMemberProfile(string Handle, Guid? ViewerId, string Culture) : IQuery<Result<MemberProfile>>;

public sealed record MemberProfile(
    Guid Id,
    string Handle,
    string DisplayName,
    string? Headline,
    string? BioHtml,
    string PrimaryRole,
    string PrimaryRoleGroup,
    IReadOnlyList<string> SecondaryRoles,
    string? CompanyName,
    string? City,
    ItalianRegion? Region,
    IReadOnlyList<ProfileLink> Channels,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> OffersTags,
    string? OffersText,
    IReadOnlyList<string> SeeksTags,
    string? SeeksText,
    DateTimeOffset JoinedAt,
    bool IsOwn)
{
    /// <summary>The company pages the member represents.</summary>
    public IReadOnlyList<ProfileCompany> Companies { get; init; } = [];
}

public sealed record ProfileCompany(string Name, string Slug);

public sealed record ProfileLink(string Channel, string Url);

public static class MemberProfileErrors
{
    public static readonly Error NotFound = new("members.not_found");

    /// <summary>The member shows their profile to members only, and the viewer is a visitor.</summary>
    public static readonly Error MembersOnly = new("members.profile_members_only");
}

public sealed class GetMemberProfileHandler(ClubDbContext db) : IQueryHandler<GetMemberProfile, Result<MemberProfile>>
{
    public async ValueTask<Result<MemberProfile>> Handle(GetMemberProfile query, CancellationToken cancellationToken)
    {
        var english = query.Culture == "en";
        var row = await db.Users
            .AsNoTracking()
            .Where(m => m.Handle == query.Handle && m.DeletedAt == null)
            .Select(m => new
            {
                Member = m,
                PrimaryRole = english ? m.PrimaryRole!.NameEn : m.PrimaryRole!.NameIt,
                PrimaryRoleGroup = english ? m.PrimaryRole!.Group!.NameEn : m.PrimaryRole!.Group!.NameIt,
                SecondaryRoles = db.ProfessionalRoles
                    .Where(r => m.SecondaryRoleIds.Contains(r.Id))
                    .OrderBy(r => r.SortOrder)
                    .Select(r => english ? r.NameEn : r.NameIt)
                    .ToList(),
                Companies = db.CompanyMembers
                    .Where(t => t.MemberId == m.Id && t.Status == Domain.Business.CompanyMemberStatus.Representative)
                    .Join(db.Companies, t => t.CompanyId, c => c.Id, (t, c) => new ProfileCompany(c.Name, c.Slug))
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return MemberProfileErrors.NotFound;
        }

        var m = row.Member;
        if (m.Visibility == ProfileVisibility.MembersOnly && query.ViewerId is null)
        {
            return MemberProfileErrors.MembersOnly;
        }

        var channels = new (string Channel, string? Url)[]
            {
                ("LinkedIn", m.LinkedInUrl), ("X", m.XUrl), ("Facebook", m.FacebookUrl),
                ("Instagram", m.InstagramUrl), ("YouTube", m.YouTubeUrl), ("Web", m.WebsiteUrl),
            }
            .Where(c => !string.IsNullOrEmpty(c.Url))
            .Select(c => new ProfileLink(c.Channel, c.Url!))
            .ToList();

        return new MemberProfile(
            m.Id, m.Handle, m.DisplayName, m.Headline, m.BioHtml, row.PrimaryRole, row.PrimaryRoleGroup, row.SecondaryRoles,
            m.CompanyName, m.City, m.Region, channels, m.Skills, m.OffersTags, m.OffersText, m.SeeksTags, m.SeeksText,
            m.JoinedAt, query.ViewerId == m.Id)
        {
            Companies = row.Companies,
        };
    }
}
