namespace ClubMediaSociali.Application.Domain.Members;

/// <summary>
/// The taxonomy the Club starts with, written into the first migration that creates the tables.
/// Admins edit names and add roles afterwards; ids here never change meaning.
/// </summary>
public static class ProfessionalRoleCatalog
{
    public static readonly IReadOnlyList<ProfessionalRoleGroup> Groups =
    [
        new() { Id = 1, Key = "comunicazione-marketing", NameIt = "Comunicazione e marketing", NameEn = "Communication and marketing", SortOrder = 1 },
        new() { Id = 2, Key = "social-media", NameIt = "Social media", NameEn = "Social media", SortOrder = 2 },
        new() { Id = 3, Key = "aziende", NameIt = "Aziende", NameEn = "Companies", SortOrder = 3 },
        new() { Id = 4, Key = "piattaforme", NameIt = "Piattaforme", NameEn = "Platforms", SortOrder = 4 },
        new() { Id = 5, Key = "consulenza", NameIt = "Consulenza", NameEn = "Consulting", SortOrder = 5 },
        new() { Id = 6, Key = "ricerca-formazione", NameIt = "Ricerca e formazione", NameEn = "Research and training", SortOrder = 6 },
        new() { Id = 7, Key = "giornalismo", NameIt = "Giornalismo e blog", NameEn = "Journalism and blogging", SortOrder = 7 },
        new() { Id = 8, Key = "tecnologia", NameIt = "Tecnologia", NameEn = "Technology", SortOrder = 8 },
    ];

    public static readonly IReadOnlyList<ProfessionalRole> Roles =
    [
        Role(1, 1, "marketing", "Marketing", "Marketing"),
        Role(2, 1, "brand", "Brand management", "Brand management"),
        Role(3, 1, "relazioni-pubbliche", "Relazioni pubbliche", "Public relations"),
        Role(4, 1, "pubblicita", "Pubblicità", "Advertising"),
        Role(5, 1, "comunicazione-interna", "Comunicazione interna", "Internal communication"),
        Role(6, 2, "social-media-manager", "Social media manager", "Social media manager"),
        Role(7, 2, "community-manager", "Community manager", "Community manager"),
        Role(8, 2, "content-creator", "Content creator", "Content creator"),
        Role(9, 2, "analista-social", "Analista dei social media", "Social media analyst"),
        Role(10, 3, "imprenditore", "Imprenditore o titolare di PMI", "Entrepreneur or SME owner"),
        Role(11, 3, "risorse-umane", "Risorse umane e selezione", "HR and recruiting"),
        Role(12, 4, "rappresentante-piattaforma", "Rappresentante di piattaforma", "Platform representative"),
        Role(13, 5, "consulente", "Consulente", "Consultant"),
        Role(14, 6, "ricercatore", "Ricercatore", "Researcher"),
        Role(15, 6, "formatore", "Formatore", "Trainer"),
        Role(16, 7, "giornalista", "Giornalista", "Journalist"),
        Role(17, 7, "blogger", "Blogger", "Blogger"),
        Role(18, 8, "sviluppatore", "Sviluppatore", "Developer"),
        Role(19, 8, "product-manager", "Product manager", "Product manager"),
    ];

    private static ProfessionalRole Role(int id, int groupId, string key, string nameIt, string nameEn) =>
        new() { Id = id, GroupId = groupId, Key = key, NameIt = nameIt, NameEn = nameEn, SortOrder = id };
}
