using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Members;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Members;

/// <summary>
/// The member directory: search by name, headline or skill; filter by role or role group, region,
/// and what people bring or seek; "people who bring what I seek" in one click. Newest members first,
/// keyset-paginated so deep pages cost the same as the first.
/// </summary>
public sealed record SearchMembers : IQuery<MemberDirectoryPage>
{
    public const int PageSize = 24;

    public string? Text { get; init; }

    public int? RoleId { get; init; }

    public string? RoleGroupKey { get; init; }

    public ItalianRegion? Region { get; init; }

    public string? Offers { get; init; }

    public string? Seeks { get; init; }

    /// <summary>Only members who bring something the viewer seeks.</summary>
    public bool OffersWhatISeek { get; init; }

    /// <summary>Cursor from the previous page ("joinedTicks_id").</summary>
    public string? After { get; init; }

    public Language Language { get; init; }
}

public sealed record MemberDirectoryPage(IReadOnlyList<MemberCard> Members, string? NextCursor, bool ViewerSeeksNothing);

public sealed record MemberCard(
    Guid Id, string Handle, string DisplayName, string? Headline, string PrimaryRole, string? City, ItalianRegion? Region,
    IReadOnlyList<string> OffersTags, IReadOnlyList<string> SeeksTags, string? StaffRole = null, string? PhotoHash = null);

public sealed class SearchMembersHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<SearchMembers, MemberDirectoryPage>
{
    public async ValueTask<MemberDirectoryPage> Handle(SearchMembers query, CancellationToken cancellationToken)
    {
        var members = db.Users.AsNoTracking().Where(MemberVisibility.Listed);
        if (currentMember.Id is null)
        {
            members = members.Where(m => m.Visibility == ProfileVisibility.Everyone);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            members = WithText(db, members, query.Text);
        }

        if (query.RoleId is { } roleId)
        {
            members = members.Where(m => m.PrimaryRoleId == roleId || m.SecondaryRoleIds.Contains(roleId));
        }
        else if (!string.IsNullOrWhiteSpace(query.RoleGroupKey))
        {
            var groupRoles = db.ProfessionalRoles.Where(r => r.Group!.Key == query.RoleGroupKey).Select(r => r.Id);
            members = members.Where(m => groupRoles.Contains(m.PrimaryRoleId) || m.SecondaryRoleIds.Any(id => groupRoles.Contains(id)));
        }

        if (query.Region is { } region)
        {
            members = members.Where(m => m.Region == region);
        }

        // Tags match in any Italian form: "piani editoriali" finds who brings "piano editoriale".
        if (!string.IsNullOrWhiteSpace(query.Offers))
        {
            var bringing = Search.TextSearch.MembersBringing(db, Search.ItalianQuery.ToTsQuery(query.Offers));
            members = members.Where(m => bringing.Contains(m.Id));
        }

        if (!string.IsNullOrWhiteSpace(query.Seeks))
        {
            var seeking = Search.TextSearch.MembersSeeking(db, Search.ItalianQuery.ToTsQuery(query.Seeks));
            members = members.Where(m => seeking.Contains(m.Id));
        }

        var viewerSeeksNothing = false;
        if (query.OffersWhatISeek && currentMember.Id is { } viewerId)
        {
            var seeks = await db.Users.Where(m => m.Id == viewerId).Select(m => m.SeeksTags).SingleOrDefaultAsync(cancellationToken) ?? [];
            viewerSeeksNothing = seeks.Length == 0;
            var bringing = Search.TextSearch.MembersBringing(db, Search.ItalianQuery.AnyOf(seeks));
            members = members.Where(m => m.Id != viewerId && bringing.Contains(m.Id));
        }

        if (KeysetCursor.Parse(query.After) is { } cursor)
        {
            members = members.Where(m => EF.Functions.LessThan(ValueTuple.Create(m.JoinedAt, m.Id), ValueTuple.Create(cursor.At, cursor.Id)));
        }

        var english = query.Language == Language.English;
        var rows = await members
            .OrderByDescending(m => m.JoinedAt).ThenByDescending(m => m.Id)
            .Take(SearchMembers.PageSize + 1)
            .Select(m => new
            {
                Card = new MemberCard(
                    m.Id, m.Handle, m.DisplayName, m.Headline,
                    english ? m.PrimaryRole!.NameEn : m.PrimaryRole!.NameIt,
                    m.City, m.Region, m.OffersTags, m.SeeksTags,
                    // Staff show as staff: the Club's own accounts have no profession to show.
                    db.UserRoles.Where(ur => ur.UserId == m.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).OrderBy(name => name).FirstOrDefault(),
                    m.PhotoHash),
                m.JoinedAt,
            })
            .ToListAsync(cancellationToken);

        var page = rows.Take(SearchMembers.PageSize).ToList();
        var next = rows.Count > SearchMembers.PageSize ? new KeysetCursor(page[^1].JoinedAt, page[^1].Card.Id).ToString() : null;
        return new MemberDirectoryPage(page.Select(r => r.Card).ToList(), next, viewerSeeksNothing);
    }

    /// <summary>Parts of names and headlines, a skill, or the profile's words in Italian full-text (plurals, accents).</summary>
    internal static IQueryable<Member> WithText(ClubDbContext db, IQueryable<Member> members, string text)
    {
        text = text.Trim();
        var pattern = Search.TextSearch.ContainsPattern(text);
        var skill = text.ToLowerInvariant();
        var matching = Search.TextSearch.Members(db, text);
        return members.Where(m =>
            EF.Functions.ILike(ClubDbContext.Unaccent(m.DisplayName), pattern, "\\")
            || (m.Headline != null && EF.Functions.ILike(ClubDbContext.Unaccent(m.Headline), pattern, "\\"))
            || m.Skills.Contains(skill)
            || matching.Contains(m.Id));
    }
}
