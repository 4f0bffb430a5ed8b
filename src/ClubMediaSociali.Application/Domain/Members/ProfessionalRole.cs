using ClubMediaSociali.Application.Common;

namespace ClubMediaSociali.Application.Domain.Members;

/// <summary>An area of work that groups professional roles (communication and marketing, social media...).</summary>
public class ProfessionalRoleGroup
{
    public const int NameMaxLength = 80;

    public int Id { get; init; }

    /// <summary>Stable, URL-friendly identifier ("social-media").</summary>
    public required string Key { get; init; }

    public required string NameIt { get; set; }

    public required string NameEn { get; set; }

    public int SortOrder { get; set; }

    public List<ProfessionalRole> Roles { get; init; } = [];

    public string Name(Language language) => language == Language.English ? NameEn : NameIt;
}

/// <summary>A profession a member practises; the Club's matching and leaderboards are built on it.</summary>
public class ProfessionalRole
{
    public const int NameMaxLength = 80;

    public int Id { get; init; }

    public required string Key { get; init; }

    public int GroupId { get; set; }

    public ProfessionalRoleGroup? Group { get; set; }

    public required string NameIt { get; set; }

    public required string NameEn { get; set; }

    public int SortOrder { get; set; }

    public string Name(Language language) => language == Language.English ? NameEn : NameIt;
}
