using ClubMediaSociali.Application.Domain.Members;

namespace ClubMediaSociali.Application.Domain.Companies;

/// <summary>
/// A company page of the business network: an organisation (a firm, an agency, a social platform,
/// an institution, a university) with the members who represent it. Admins verify companies and mark
/// the Club's founding partners.
/// </summary>
public class Company
{
    public const int NameMaxLength = 120;
    public const int SectorMaxLength = 80;
    public const int DescriptionMaxLength = 5000;
    public const int UrlMaxLength = 300;
    public const int MaxChannels = 6;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    /// <summary>The address word, fixed when the page is created: /aziende/{slug}.</summary>
    public required string Slug { get; init; }

    public CompanyKind Kind { get; set; }

    public string Sector { get; set; } = "";

    public CompanySize Size { get; set; }

    public ItalianRegion Region { get; set; }

    public string? WebsiteUrl { get; set; }

    /// <summary>The source hash of the company's logo (see <see cref="Media.StoredFile"/>); null shows its initials.</summary>
    public string? LogoHash { get; set; }

    /// <summary>Addresses of the company's social channels, one per network.</summary>
    public string[] Channels { get; set; } = [];

    public string DescriptionMarkdown { get; set; } = "";

    public string DescriptionHtml { get; set; } = "";

    public bool Verified { get; set; }

    public bool FoundingPartner { get; set; }

    /// <summary>Whether it passed the spam defence; only clear contributions are public (see <see cref="Moderation.Screening"/>).</summary>
    public Moderation.Screening Screening { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}

public enum CompanyKind
{
    Company = 0,
    Agency = 1,
    SocialPlatform = 2,
    Institution = 3,
    University = 4,
}

public enum CompanySize
{
    Micro = 0,
    Small = 1,
    Medium = 2,
    Large = 3,
}

/// <summary>
/// A member's tie to a company: a request to join, then a representative (or a declined request).
/// Representatives speak for the company: they edit its page, publish its opportunities and decide
/// on requests to join. The primary key (company, member) keeps one tie per pair.
/// </summary>
public class CompanyMember
{
    public const int MessageMaxLength = 500;

    public Guid CompanyId { get; init; }

    public Guid MemberId { get; init; }

    public CompanyMemberStatus Status { get; set; }

    /// <summary>What the member wrote when asking to join.</summary>
    public string? Message { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public Guid? DecidedById { get; set; }
}

public enum CompanyMemberStatus
{
    Requested = 0,
    Representative = 1,
    Declined = 2,
}
