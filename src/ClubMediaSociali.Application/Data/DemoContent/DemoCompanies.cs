using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Members;

namespace ClubMediaSociali.Application.Data.DemoContent;

/// <summary>Fictional demo organisations, one of every kind, keyed by their address word so seeding twice adds nothing.</summary>
internal static class DemoCompanies
{
    public sealed record Demo(
        string Name, CompanyKind Kind, string Sector, CompanySize Size, ItalianRegion Region, string Description,
        string[] Representatives, bool Verified = false, bool FoundingPartner = false, (string Handle, string Message)? Request = null);

    public static readonly Demo[] All =
    [
        new("Arredamenti Colombo", CompanyKind.Company, "arredamento", CompanySize.Small, ItalianRegion.Veneto,
            "Mobili su misura dal 1962, in provincia di Treviso. Usiamo i social per mostrare il lavoro della bottega e per " +
            "rispondere a chi progetta casa. Cerchiamo idee per raccontare meglio **l'artigianato** a chi non ci conosce ancora.",
            ["luca-colombo"], Verified: true, FoundingPartner: true),
        new("Studio Ricci Comunicazione", CompanyKind.Agency, "comunicazione e turismo", CompanySize.Micro, ItalianRegion.Toscana,
            "Una piccola agenzia fiorentina che cura marchi e racconti di strutture turistiche, cantine e musei. " +
            "Lavoriamo con piani editoriali sostenibili e con i fotografi del territorio.",
            ["francesca-ricci"], Verified: true,
            Request: ("davide-marino", "Seguo da un anno le campagne a pagamento per due vostri clienti: mi piacerebbe rappresentare lo studio nel Club.")),
        new("Agorà Social", CompanyKind.SocialPlatform, "piattaforme digitali", CompanySize.Medium, ItalianRegion.Lombardia,
            "Una piattaforma italiana per le comunità locali: gruppi di quartiere, associazioni e negozi. " +
            "Nel Club ascoltiamo le aziende e offriamo formazione gratuita sugli strumenti per le pagine professionali.",
            ["paolo-costa"], Verified: true, FoundingPartner: true),
        new("Consorzio Marche Digitali", CompanyKind.Institution, "sviluppo del territorio", CompanySize.Medium, ItalianRegion.Marche,
            "Il consorzio accompagna le imprese marchigiane nella trasformazione digitale con corsi, sportelli e bandi.",
            ["valentina-bruno"]),
        new("Ateneo Adriatico della Comunicazione", CompanyKind.University, "formazione e ricerca", CompanySize.Large, ItalianRegion.Puglia,
            "Corsi di laurea e master in comunicazione digitale e analisi dei dati social. " +
            "Cerchiamo aziende per tirocini e progetti di ricerca applicata.",
            ["alessandro-greco"], Verified: true),
    ];
}
