using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Features.Connections;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Members;

/// <summary>A member's public profile, as the viewer may see it.</summary>
/// <param name="ViewerId">The signed-in member looking, or null for a visitor.</param>
public sealed record GetMemberProfile(string Handle, Language Language) : IQuery<Result<MemberProfile>>;

/// <param name="ForSpam">The suspension came from marking the member as a spammer ("not spam" undoes it).</param>
public sealed record ModerationState(Domain.Moderation.Screening Screening, DateTimeOffset? SuspendedAt, bool ForSpam, string? Reason, bool IsStaff)
{
    public static readonly ModerationState None = new(Domain.Moderation.Screening.Clear, null, false, null, false);
}

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
    /// <summary>The source hash of the member's photo; null shows their initials.</summary>
    public string? PhotoHash { get; init; }

    /// <summary>The company pages the member represents.</summary>
    public IReadOnlyList<ProfileCompany> Companies { get; init; } = [];

    /// <summary>How the viewer stands to this member; <see cref="ConnectionState.None"/> for visitors and oneself.</summary>
    public ConnectionState Connection { get; init; }

    /// <summary>Whether the viewer follows this member.</summary>
    public bool Following { get; init; }

    public int FollowerCount { get; init; }

    /// <summary>Whether the viewer muted or blocked this member.</summary>
    public Domain.Network.BlockKind? MyBlock { get; init; }

    /// <summary>The member's contacts the viewer may see (the first few by name), or null when they are kept private.</summary>
    public IReadOnlyList<Person>? FirstContacts { get; init; }

    public int ContactCount { get; init; }

    /// <summary>The member's email, for contacts only and only if the member chose to show it to them.</summary>
    public string? ContactEmail { get; init; }

    public int Reputation { get; init; }

    public Domain.Reputation.TrustLevel Trust { get; init; }

    /// <summary>The badges the member earned, in the catalogue's order.</summary>
    public IReadOnlyList<string> Badges { get; init; } = [];

    /// <summary>
    /// Where the profile stands with the moderators: a held or suspended profile is shown only to moderators, and a
    /// held one to its owner too (who sees that it awaits review).
    /// </summary>
    public ModerationState Moderation { get; init; } = ModerationState.None;

    /// <summary>The member's latest published practices and ideas, newest first.</summary>
    public IReadOnlyList<ProfileActivity> Activity { get; init; } = [];
}

public sealed record ProfileActivity(bool IsPractice, string Title, Target Target, DateTimeOffset At);

public sealed record ProfileCompany(string Name, string Slug);

public sealed record ProfileLink(string Channel, string Url);

public sealed class GetMemberProfileHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : IQueryHandler<GetMemberProfile, Result<MemberProfile>>
{
    public const int FirstContactsShown = 8;

    public const int ActivityShown = 6;

    public async ValueTask<Result<MemberProfile>> Handle(GetMemberProfile query, CancellationToken cancellationToken)
    {
        var english = query.Language == Language.English;
        var viewerId = currentMember.Id ?? Guid.Empty;
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
                    .Where(t => t.MemberId == m.Id && t.Status == Domain.Companies.CompanyMemberStatus.Representative)
                    .Join(db.Companies, t => t.CompanyId, c => c.Id, (t, c) => new ProfileCompany(c.Name, c.Slug))
                    .ToList(),
                Following = db.MemberFollows.Any(f => f.MemberId == m.Id && f.FollowerId == viewerId),
                Followers = db.MemberFollows.Count(f => f.MemberId == m.Id),
                Block = db.MemberBlocks.Where(b => b.MemberId == viewerId && b.OtherId == m.Id).Select(b => (Domain.Network.BlockKind?)b.Kind).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return MemberProfileErrors.NotFound;
        }

        var m = row.Member;
        var own = currentMember.Id == m.Id;
        if ((m.SuspendedAt is not null || m.ProfileScreening != Domain.Moderation.Screening.Clear)
            && !currentMember.IsModerator && !(own && m.ProfileScreening == Domain.Moderation.Screening.Held))
        {
            return MemberProfileErrors.NotFound;
        }

        if (m.Visibility == ProfileVisibility.MembersOnly && currentMember.Id is null)
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

        var connection = currentMember.Id is { } viewer && viewer != m.Id
            ? await People.StateAsync(db, viewer, m.Id, clock.GetUtcNow(), cancellationToken)
            : ConnectionState.None;
        var practices = await db.Practices.AsNoTracking()
            .Where(p => p.AuthorId == m.Id && p.Status == Domain.Repertoire.PracticeStatus.Published)
            .OrderByDescending(p => p.PublishedAt).Take(ActivityShown)
            .Select(p => new ProfileActivity(true, p.Title, Target.Practice(p.Id), p.PublishedAt!.Value))
            .ToListAsync(cancellationToken);
        var ideas = await db.Ideas.AsNoTracking()
            .Where(i => i.AuthorId == m.Id && i.Status != Domain.Ideas.IdeaStatus.Duplicate)
            .OrderByDescending(i => i.CreatedAt).Take(ActivityShown)
            .Select(i => new ProfileActivity(false, i.Title, Target.Idea(i.Id), i.CreatedAt))
            .ToListAsync(cancellationToken);
        var badges = await db.MemberBadges.Where(b => b.MemberId == m.Id).Select(b => b.BadgeKey).ToListAsync(cancellationToken);
        IReadOnlyList<Person>? firstContacts = null;
        var contactCount = 0;
        if (await ConnectionPermissions.MaySeeContactsAsync(db, currentMember, m.Id, m.Visibility, m.ContactsVisibility, cancellationToken))
        {
            var ids = People.ContactIds(db, m.Id);
            var contacts = db.Users.AsNoTracking().Where(c => ids.Contains(c.Id) && c.DeletedAt == null);
            contactCount = await contacts.CountAsync(cancellationToken);
            firstContacts = await People.Project(contacts.OrderBy(c => c.DisplayName).ThenBy(c => c.Id).Take(FirstContactsShown), query.Language)
                .ToListAsync(cancellationToken);
        }

        return new MemberProfile(
            m.Id, m.Handle, m.DisplayName, m.Headline, m.BioHtml, row.PrimaryRole, row.PrimaryRoleGroup, row.SecondaryRoles,
            m.CompanyName, m.City, m.Region, channels, m.Skills, m.OffersTags, m.OffersText, m.SeeksTags, m.SeeksText,
            m.JoinedAt, currentMember.Id == m.Id)
        {
            PhotoHash = m.PhotoHash,
            Companies = row.Companies,
            Connection = connection,
            Following = row.Following,
            FollowerCount = row.Followers,
            MyBlock = row.Block,
            FirstContacts = firstContacts,
            ContactCount = contactCount,
            ContactEmail = connection == ConnectionState.Connected && m.ShowEmailToContacts ? m.Email : null,
            Reputation = m.Reputation,
            Trust = Domain.Reputation.TrustLevels.For(m.Reputation, m.JoinedAt, clock.GetUtcNow()),
            Badges = Domain.Reputation.Badges.All.Select(b => b.Key).Where(badges.Contains).ToList(),
            Activity = practices.Concat(ideas).OrderByDescending(a => a.At).Take(ActivityShown).ToList(),
            Moderation = currentMember.IsModerator || own
                ? new ModerationState(m.ProfileScreening, m.SuspendedAt, m.SuspendedForSpam, m.SuspensionReason,
                    currentMember.IsModerator && await db.UserRoles.AnyAsync(r => r.UserId == m.Id, cancellationToken))
                : ModerationState.None,
        };
    }
}
