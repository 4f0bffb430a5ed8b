using ClubMediaSociali.Application.Common;

namespace ClubMediaSociali.Application.Domain.Members;

/// <summary>The 20 Italian regions; stored as their number.</summary>
public enum ItalianRegion
{
    Abruzzo = 1,
    Basilicata = 2,
    Calabria = 3,
    Campania = 4,
    EmiliaRomagna = 5,
    FriuliVeneziaGiulia = 6,
    Lazio = 7,
    Liguria = 8,
    Lombardia = 9,
    Marche = 10,
    Molise = 11,
    Piemonte = 12,
    Puglia = 13,
    Sardegna = 14,
    Sicilia = 15,
    Toscana = 16,
    TrentinoAltoAdige = 17,
    Umbria = 18,
    ValleDAosta = 19,
    Veneto = 20,
}

public static class ItalianRegions
{
    private static readonly Dictionary<ItalianRegion, (string It, string En)> Names = new()
    {
        [ItalianRegion.Abruzzo] = ("Abruzzo", "Abruzzo"),
        [ItalianRegion.Basilicata] = ("Basilicata", "Basilicata"),
        [ItalianRegion.Calabria] = ("Calabria", "Calabria"),
        [ItalianRegion.Campania] = ("Campania", "Campania"),
        [ItalianRegion.EmiliaRomagna] = ("Emilia-Romagna", "Emilia-Romagna"),
        [ItalianRegion.FriuliVeneziaGiulia] = ("Friuli-Venezia Giulia", "Friuli-Venezia Giulia"),
        [ItalianRegion.Lazio] = ("Lazio", "Lazio"),
        [ItalianRegion.Liguria] = ("Liguria", "Liguria"),
        [ItalianRegion.Lombardia] = ("Lombardia", "Lombardy"),
        [ItalianRegion.Marche] = ("Marche", "Marche"),
        [ItalianRegion.Molise] = ("Molise", "Molise"),
        [ItalianRegion.Piemonte] = ("Piemonte", "Piedmont"),
        [ItalianRegion.Puglia] = ("Puglia", "Apulia"),
        [ItalianRegion.Sardegna] = ("Sardegna", "Sardinia"),
        [ItalianRegion.Sicilia] = ("Sicilia", "Sicily"),
        [ItalianRegion.Toscana] = ("Toscana", "Tuscany"),
        [ItalianRegion.TrentinoAltoAdige] = ("Trentino-Alto Adige", "Trentino-South Tyrol"),
        [ItalianRegion.Umbria] = ("Umbria", "Umbria"),
        [ItalianRegion.ValleDAosta] = ("Valle d'Aosta", "Aosta Valley"),
        [ItalianRegion.Veneto] = ("Veneto", "Veneto"),
    };

    public static string Name(ItalianRegion region, Language language) =>
        language == Language.English ? Names[region].En : Names[region].It;

    public static IEnumerable<ItalianRegion> All => Names.Keys.OrderBy(r => Names[r].It, StringComparer.Ordinal);
}
