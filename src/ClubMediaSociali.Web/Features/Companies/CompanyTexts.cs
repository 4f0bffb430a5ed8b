using ClubMediaSociali.Application.Domain.Companies;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Companies;

/// <summary>Names of company kinds and sizes in the reader's language, and their address words.</summary>
public static class CompanyTexts
{
    public static string Kind(IStringLocalizer text, CompanyKind kind) => kind switch
    {
        CompanyKind.Company => text["Azienda"],
        CompanyKind.Agency => text["Agenzia"],
        CompanyKind.SocialPlatform => text["Piattaforma social"],
        CompanyKind.Institution => text["Ente o istituzione"],
        _ => text["Università"],
    };

    public static string Size(IStringLocalizer text, CompanySize size) => size switch
    {
        CompanySize.Micro => text["Micro (meno di 10 persone)"],
        CompanySize.Small => text["Piccola (10-49 persone)"],
        CompanySize.Medium => text["Media (50-249 persone)"],
        _ => text["Grande (250 persone o più)"],
    };

    /// <summary>The word each kind has in the directory's address: /aziende?tipo=agenzia.</summary>
    public static readonly IReadOnlyDictionary<CompanyKind, string> KindSlugs = new Dictionary<CompanyKind, string>
    {
        [CompanyKind.Company] = "azienda",
        [CompanyKind.Agency] = "agenzia",
        [CompanyKind.SocialPlatform] = "piattaforma",
        [CompanyKind.Institution] = "ente",
        [CompanyKind.University] = "universita",
    };

    public static readonly IReadOnlyDictionary<CompanySize, string> SizeSlugs = new Dictionary<CompanySize, string>
    {
        [CompanySize.Micro] = "micro",
        [CompanySize.Small] = "piccola",
        [CompanySize.Medium] = "media",
        [CompanySize.Large] = "grande",
    };

    public static CompanyKind? ParseKind(string? slug) => KindSlugs.FirstOrDefault(k => k.Value == slug) is { Value: not null } hit ? hit.Key : null;

    public static CompanySize? ParseSize(string? slug) => SizeSlugs.FirstOrDefault(k => k.Value == slug) is { Value: not null } hit ? hit.Key : null;
}
