using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Features.Members;
using Microsoft.AspNetCore.Mvc;

namespace ClubMediaSociali.Web.Features.Members;

/// <summary>The directory's filters as they appear in the address (Italian parameter names, shareable links).</summary>
public sealed record DirectoryFilters
{
    [FromQuery(Name = "q")]
    public string? Text { get; init; }

    /// <summary>"r12" for a role, "g-social-media" for a whole role group.</summary>
    [FromQuery(Name = "ruolo")]
    public string? Role { get; init; }

    [FromQuery(Name = "regione")]
    public ItalianRegion? Region { get; init; }

    [FromQuery(Name = "offre")]
    public string? Offers { get; init; }

    [FromQuery(Name = "cerca")]
    public string? Seeks { get; init; }

    [FromQuery(Name = "per-me")]
    public bool OffersWhatISeek { get; init; }

    [FromQuery(Name = "dopo")]
    public string? After { get; init; }

    public SearchMembers ToQuery(Guid? viewerId, Language language, IReadOnlyList<RoleGroupOption> groups)
    {
        int? roleId = Role is { Length: > 1 } r && r[0] == 'r' && int.TryParse(r.AsSpan(1), out var id) ? id : null;
        var groupKey = Role is { Length: > 2 } g && g.StartsWith("g-", StringComparison.Ordinal) && groups.Any(x => x.Key == g[2..]) ? g[2..] : null;
        return new SearchMembers
        {
            Text = Clip(Text, 100),
            RoleId = roleId,
            RoleGroupKey = groupKey,
            Region = Region is { } region && Enum.IsDefined(region) ? region : null,
            Offers = Clip(Offers, ProfileLimits.TagMaxLength),
            Seeks = Clip(Seeks, ProfileLimits.TagMaxLength),
            OffersWhatISeek = OffersWhatISeek && viewerId is not null,
            After = Clip(After, 80),
            Language = language,
        };
    }

    /// <summary>The query string of these filters with another cursor, for the "more" link.</summary>
    public string QueryWithCursor(string cursor)
    {
        var pairs = new List<KeyValuePair<string, string?>>
        {
            new("q", Text), new("ruolo", Role), new("regione", Region?.ToString()), new("offre", Offers), new("cerca", Seeks),
            new("per-me", OffersWhatISeek ? "true" : null), new("dopo", cursor),
        };
        return Microsoft.AspNetCore.Http.QueryString.Create(pairs.Where(p => !string.IsNullOrEmpty(p.Value))).ToString();
    }

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Text) || Role is not null || Region is not null
        || !string.IsNullOrWhiteSpace(Offers) || !string.IsNullOrWhiteSpace(Seeks) || OffersWhatISeek;

    private static string? Clip(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim() is var v && v.Length > max ? v[..max] : v.Trim();
}

/// <summary>The directory page; <paramref name="Followed"/> (the listed members the viewer follows) is null for a visitor.</summary>
public sealed record DirectoryViewModel(
    DirectoryFilters Filters, MemberDirectoryPage Page, IReadOnlyList<RoleGroupOption> RoleGroups, Guid? Viewer, IReadOnlySet<Guid>? Followed)
{
    public bool ViewerSignedIn => Viewer is not null;
}
