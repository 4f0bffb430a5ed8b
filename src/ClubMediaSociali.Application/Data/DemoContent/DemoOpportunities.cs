using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Opportunities;

namespace ClubMediaSociali.Application.Data.DemoContent;

/// <summary>Demo opportunities of the demo organisations, with responses in every state; keyed by title.</summary>
internal static class DemoOpportunities
{
    public sealed record Demo(
        string Company, string Author, OpportunityKind Kind, string Title, string Description, int[] Roles, string[] Skills,
        ItalianRegion? Region, bool Remote, int? BudgetMin, int? BudgetMax, int? DeadlineInDays, int DaysAgo,
        (string Handle, ResponseStatus Status, string Message)[] Responses);

    public static readonly Demo[] All =
    [
        new("arredamenti-colombo", "luca-colombo", OpportunityKind.Project,
            "Video brevi per raccontare la bottega",
            "Vorremmo una serie di **dieci video brevi** girati in laboratorio: le mani, il legno, le persone. " +
            "Cerchiamo chi sappia scriverli, girarli con pochi mezzi e adattarli a Instagram e ai negozi che vendono i nostri mobili.",
            [8], ["video", "instagram"], ItalianRegion.Veneto, false, 1500, 3000, 30, 4,
            [
                ("elena-galli", ResponseStatus.UnderReview, "Giro video brevi per artigiani da quattro anni. Posso venire a Treviso per due giornate di riprese e montare tutto in tre settimane."),
                ("giulia-ferrari", ResponseStatus.Sent, "Non giro video, ma posso curare i testi e il calendario di pubblicazione accanto a chi lo fa."),
            ]),
        new("studio-ricci-comunicazione", "francesca-ricci", OpportunityKind.Job,
            "Social media manager per tre strutture turistiche",
            "Cerchiamo una persona che segua i profili di un agriturismo, di un hotel e di una cantina toscani: piano editoriale, " +
            "risposte ai commenti e alle recensioni, una relazione al mese. Contratto di un anno, rinnovabile.",
            [6, 7], ["piani editoriali", "instagram", "recensioni"], ItalianRegion.Toscana, true, 24000, 30000, 45, 8,
            [("giulia-ferrari", ResponseStatus.UnderReview, "Gestisco community di marchi della moda; il turismo mi interessa molto e conosco bene le recensioni.")]),
        new("agora-social", "paolo-costa", OpportunityKind.Partnership,
            "Corsi gratuiti per le PMI con le agenzie del Club",
            "Mettiamo a disposizione aule online e materiali; cerchiamo agenzie e formatori che tengano un corso al mese " +
            "sulle pagine professionali. Nessun compenso: visibilità e contatti con le imprese iscritte.",
            [15, 13], ["formazione", "pmi"], null, true, null, null, null, 12,
            [("valentina-bruno", ResponseStatus.Selected, "Tengo già corsi per le PMI marchigiane: posso prendere il primo turno e preparare i materiali di base.")]),
        new("consorzio-marche-digitali", "valentina-bruno", OpportunityKind.ConsultingRequest,
            "Un piano social per le imprese del bando digitale",
            "Il consorzio cerca una consulenza per preparare un piano di comunicazione social che le trenta imprese del bando " +
            "possano adattare. Servono un modello, due incontri e un controllo a metà percorso.",
            [13, 6], ["strategia social", "pmi"], ItalianRegion.Marche, false, 5000, 8000, 21, 6,
            [
                ("davide-marino", ResponseStatus.Sent, "Ho seguito piani simili per due camere di commercio: vi mando un esempio anonimo."),
                ("chiara-romano", ResponseStatus.NotSelected, "Posso occuparmi della parte di relazioni con la stampa locale."),
            ]),
        new("ateneo-adriatico-della-comunicazione", "alessandro-greco", OpportunityKind.Event,
            "Giornata di studio sui dati social delle imprese",
            "Una giornata a Bari, aperta anche online, per confrontare ricerca e pratica sull'analisi dei dati social. " +
            "Cerchiamo aziende e professionisti che portino un caso di dieci minuti.",
            [9, 14, 1], ["analisi dati", "ricerca"], ItalianRegion.Puglia, true, null, null, 20, 2, []),
    ];
}
