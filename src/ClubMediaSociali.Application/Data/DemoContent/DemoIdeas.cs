using ClubMediaSociali.Application.Domain.Ideas;

namespace ClubMediaSociali.Application.Data.DemoContent;

/// <summary>
/// Demo ideas of the network of ideas, keyed by title so seeding twice adds nothing. Their ages, votes,
/// comments and decisions are chosen so that every order of the list shows something different:
/// recent ideas lead "Di tendenza", many votes in favour lead "Le migliori", a contested idea leads
/// "Più discusse", and the decision log covers every status.
/// </summary>
internal static class DemoIdeas
{
    /// <summary>A status change made by the demo moderator, <paramref name="DaysAgo"/> days before seeding.</summary>
    public sealed record Step(IdeaStatus To, int DaysAgo, string Reason);

    /// <summary>A comment on the idea (or on its last decision), with an optional reply.</summary>
    public sealed record Talk(string AuthorHandle, string Body, string? ReplyHandle = null, string? ReplyBody = null);

    public sealed record Demo(
        string AuthorHandle,
        double DaysAgo,
        string Title,
        string Body,
        string[] Tags,
        int[] RoleIds,
        string[] VotesFor,
        string[] VotesAgainst,
        Talk[] Comments,
        Step[] Steps,
        Talk? DecisionComment = null,
        string? DuplicateOf = null);

    public static readonly Demo[] All =
    [
        new("luca-colombo", 20,
            "Sportello del lunedì: mezz'ora di consulenza gratuita per le piccole imprese",
            "Molti titolari, me compreso, hanno domande semplici ma bloccanti: quale canale aprire, come rispondere a una recensione cattiva, " +
            "quanto spendere per la prima campagna. Propongo che ogni lunedì un socio esperto offra **mezz'ora di videochiamata** a una PMI del Club, " +
            "a turno.\n\nIl Club raccoglie le domande in anticipo e pubblica le risposte più utili nel repertorio, senza il nome dell'azienda.",
            ["consulenza", "pmi", "primi passi"], [10, 13, 6],
            ["giulia-ferrari", "marco-bianchi", "chiara-romano", "francesca-ricci", "alessandro-greco", "sara-conti", "elena-galli", "paolo-costa", "valentina-bruno",
                "stefano-fontana"],
            ["davide-marino"],
            [
                new("valentina-bruno", "Mi offro per il primo turno. Suggerisco di chiedere alle aziende di mandare prima due o tre esempi dei loro post: la mezz'ora rende il doppio.",
                    "luca-colombo", "Ottima idea, lo aggiungo alla proposta."),
                new("davide-marino", "Ho votato contro solo per un dubbio: chi garantisce che i consigli siano neutrali e non una vendita mascherata di servizi?"),
                new("giulia-ferrari", "Si potrebbe chiedere a chi fa il turno di non proporre servizi a pagamento per sei mesi a quell'azienda."),
            ],
            [
                new(IdeaStatus.UnderDiscussion, 14, "Molti voti a favore in pochi giorni. Apriamo la discussione sulle regole: turni, neutralità dei consigli, raccolta delle domande."),
                new(IdeaStatus.Selected, 6, "La proposta ha raccolto volontari per i primi turni e una regola chiara sulla neutralità. La selezioniamo: il primo sportello partirà a gennaio."),
            ],
            new("marco-bianchi", "Bene. Chiedo solo che le risposte pubblicate restino anonime anche nei dettagli: settore e città bastano a riconoscere un'azienda piccola.")),

        new("giulia-ferrari", 3,
            "Un modello comune di regole per la moderazione delle community aziendali",
            "Ogni azienda scrive da zero le sue regole per i commenti, e spesso le scrive solo dopo la prima crisi. " +
            "Propongo di preparare insieme un **modello di regolamento** in italiano semplice, con esempi di risposte per i casi difficili: " +
            "insulti, spam, richieste di assistenza, critiche legittime.\n\nOgni socio potrà adattarlo e proporre miglioramenti.",
            ["moderazione", "gestione community", "modelli"], [7, 6, 3],
            ["chiara-romano", "sara-conti", "luca-colombo", "paolo-costa", "stefano-fontana", "elena-galli"],
            [],
            [
                new("chiara-romano", "Aggiungerei una sezione su quando passare la conversazione in privato: è lì che molte crisi si sgonfiano.",
                    "giulia-ferrari", "Sì, con un paio di frasi di esempio per non sembrare freddi."),
            ],
            []),

        new("chiara-romano", 25,
            "Protocollo di crisi condiviso: chi chiamare nella prima ora",
            "Quando un post diventa un caso, la prima ora decide quasi tutto. Propongo una **scheda di una pagina** che ogni azienda del Club " +
            "possa compilare: chi decide, chi scrive, chi parla con la stampa, quali messaggi sono già approvati.\n\n" +
            "Il Club potrebbe anche tenere un elenco di soci esperti disponibili a dare una mano nelle emergenze.",
            ["gestione crisi", "ufficio stampa", "reputazione"], [3, 6, 5],
            ["stefano-fontana", "sara-conti", "giulia-ferrari", "alessandro-greco", "marco-bianchi", "francesca-ricci", "paolo-costa", "valentina-bruno"],
            ["luca-colombo", "davide-marino"],
            [
                new("stefano-fontana", "Dal lato dei giornalisti: indicate sempre un numero che risponde davvero. Il silenzio viene raccontato come una scelta."),
                new("luca-colombo", "Ho votato contro perché per una PMI di dieci persone una scheda così rischia di restare nel cassetto. Servirebbe una versione ridotta."),
            ],
            [
                new(IdeaStatus.UnderDiscussion, 20, "Il tema è sentito da aziende e consulenti. Prima di selezionarla chiediamo esempi reali di crisi gestite bene e male."),
                new(IdeaStatus.Selected, 12, "Arrivati esempi concreti e una proposta di versione ridotta per le piccole imprese. Selezionata."),
                new(IdeaStatus.InProgress, 4, "Chiara Romano e Sara Conti stanno scrivendo la scheda; una prima versione sarà nel repertorio entro fine mese."),
            ]),

        new("alessandro-greco", 1.15,
            "Un osservatorio trimestrale sui dati social delle PMI italiane",
            "Ogni trimestre i soci che lo desiderano condividono, in forma anonima, pochi numeri dei loro profili aziendali: follower, interazioni, " +
            "frequenza di pubblicazione. Il Club pubblica un **rapporto aperto** con le medie per settore e regione.\n\n" +
            "Servirebbe a rispondere alla domanda che tutti si fanno: *sto andando bene o male rispetto agli altri?*",
            ["analisi dati", "ricerca", "pmi"], [9, 14, 10],
            ["marco-bianchi", "paolo-costa", "valentina-bruno", "luca-colombo", "sara-conti", "francesca-ricci"],
            ["stefano-fontana"],
            [
                new("stefano-fontana", "Interessante, ma con pochi partecipanti le medie per regione diventano dati di singole aziende. Serve una soglia minima."),
            ],
            []),

        new("francesca-ricci", 45,
            "Gemellaggi tra agenzie e aziende del turismo per la bassa stagione",
            "Nei mesi di bassa stagione molte strutture turistiche smettono di comunicare proprio quando servirebbe. " +
            "Propongo **gemellaggi di tre mesi** tra un'agenzia del Club e una struttura: l'agenzia segue un piccolo progetto a prezzo agevolato, " +
            "la struttura racconta i risultati nel repertorio.",
            ["turismo", "collaborazioni", "storytelling"], [2, 4, 10],
            ["davide-marino", "elena-galli", "luca-colombo", "giulia-ferrari", "marco-bianchi", "valentina-bruno", "paolo-costa"],
            [],
            [
                new("elena-galli", "Ho partecipato al primo gemellaggio con un agriturismo in Sicilia: i video girati a novembre sono andati meglio di quelli estivi."),
            ],
            [
                new(IdeaStatus.UnderDiscussion, 40, "Proposta chiara e con soci pronti a partecipare. Discutiamo le condizioni economiche."),
                new(IdeaStatus.Selected, 34, "Definite le condizioni: tre mesi, prezzo concordato e racconto finale pubblico. Selezionata."),
                new(IdeaStatus.InProgress, 30, "Quattro gemellaggi avviati tra Toscana, Sicilia e Puglia."),
                new(IdeaStatus.Realised, 8, "I quattro gemellaggi si sono conclusi e tre strutture hanno raccontato i risultati. L'idea è realizzata; ripeteremo l'anno prossimo."),
            ],
            new("francesca-ricci", "Grazie a tutti. Per la prossima edizione proporrei di includere anche i musei e le cantine.")),

        new("davide-marino", 12,
            "Una bacheca delle campagne che non hanno funzionato",
            "Nel repertorio raccontiamo i successi, ma si impara di più dagli errori. Propongo una sezione dove i soci raccontano, " +
            "anche in forma anonima, **campagne pubblicitarie andate male**: obiettivo, budget indicativo, che cosa è successo, che cosa rifarebbero diversamente.",
            ["advertising", "campagne", "errori"], [4, 1, 6],
            ["alessandro-greco", "elena-galli", "valentina-bruno", "stefano-fontana", "sara-conti"],
            ["marco-bianchi", "francesca-ricci", "luca-colombo", "chiara-romano"],
            [
                new("marco-bianchi", "Temo che nessuna azienda voglia firmare un fallimento, nemmeno in anonimo: nel nostro settore ci si riconosce subito.",
                    "davide-marino", "Per questo pensavo a una revisione dei moderatori che tolga i dettagli riconoscibili prima della pubblicazione."),
                new("alessandro-greco", "Io la vedo come formazione: metterei sempre i numeri, anche approssimativi, altrimenti resta un racconto."),
                new("chiara-romano", "Attenzione agli accordi di riservatezza con i clienti: chi racconta deve poterlo fare."),
                new("valentina-bruno", "Nei miei corsi gli errori raccontati da chi li ha fatti sono la parte più ascoltata. Io sono favorevole."),
            ],
            [
                new(IdeaStatus.UnderDiscussion, 7, "I voti sono divisi e le obiezioni sono serie (riservatezza, riconoscibilità). Apriamo la discussione prima di decidere."),
            ]),

        new("elena-galli", 1,
            "Serate di revisione dei video: porta il tuo contenuto e ricevi pareri",
            "Una volta al mese, online, chi vuole porta un video breve già pubblicato o in preparazione. " +
            "Tre soci lo guardano insieme e danno **pareri concreti** su ritmo, sottotitoli, apertura e invito all'azione.",
            ["video", "content creator", "formazione"], [8, 6],
            ["francesca-ricci", "giulia-ferrari"],
            [],
            [],
            []),

        new("marco-bianchi", 60,
            "Un premio annuale per la migliore campagna social di una PMI",
            "Un riconoscimento del Club, con una giuria di soci, per la campagna social più efficace realizzata da una piccola o media impresa italiana.",
            ["premi", "pmi", "visibilità"], [10, 1],
            ["luca-colombo", "davide-marino", "paolo-costa"],
            ["giulia-ferrari", "chiara-romano", "alessandro-greco", "sara-conti", "valentina-bruno"],
            [
                new("alessandro-greco", "Un premio misura soprattutto chi ha tempo di candidarsi. Preferirei investire le energie nell'osservatorio dei dati."),
            ],
            [
                new(IdeaStatus.UnderDiscussion, 50, "Apriamo la discussione: la proposta piace ad alcuni titolari ma ha ricevuto molti voti contrari."),
                new(IdeaStatus.Declined, 35, "Non accolta: la maggioranza dei voti è contraria e organizzare una giuria imparziale richiede risorse che oggi il Club non ha. Si potrà riproporre con un piano più leggero."),
            ]),

        new("sara-conti", 9,
            "Una guida al linguaggio inclusivo per i post aziendali",
            "Molte aziende vorrebbero scrivere in modo più inclusivo ma temono di sbagliare o di risultare forzate. " +
            "Propongo una guida breve con **esempi prima e dopo** presi da post reali, divisi per situazione: offerte di lavoro, auguri, comunicati, risposte ai clienti.",
            ["linguaggio", "comunicazione interna", "modelli"], [5, 11, 7],
            ["giulia-ferrari", "valentina-bruno", "chiara-romano", "francesca-ricci", "elena-galli", "stefano-fontana"],
            ["davide-marino"],
            [
                new("francesca-ricci", "Utilissima anche per il turismo: gli annunci per il personale stagionale sono spesso scritti al maschile senza pensarci."),
            ],
            []),

        new("stefano-fontana", 6,
            "Regole condivise per moderare i commenti sulle pagine delle aziende",
            "Propongo che il Club scriva un regolamento tipo per i commenti, da adattare a ogni pagina aziendale.",
            ["moderazione", "regole"], [7, 16],
            [],
            [],
            [],
            [
                new(IdeaStatus.Duplicate, 2, "Propone la stessa cosa del modello comune di regole per la moderazione, pubblicato pochi giorni prima: uniamo qui la discussione."),
            ],
            DuplicateOf: "Un modello comune di regole per la moderazione delle community aziendali"),

        new("valentina-bruno", 15,
            "Mentori volontari per chi apre il primo profilo aziendale",
            "Chi entra nel Club senza esperienza potrebbe scegliere un **mentore** tra i soci che si rendono disponibili: " +
            "tre incontri in tre mesi, un obiettivo scritto all'inizio e un bilancio alla fine, raccontato nel repertorio.",
            ["mentoring", "primi passi", "formazione"], [15, 10, 7],
            ["luca-colombo", "giulia-ferrari", "sara-conti", "paolo-costa", "elena-galli", "marco-bianchi", "alessandro-greco",
                "chiara-romano", "francesca-ricci", "stefano-fontana"],
            [],
            [
                new("paolo-costa", "Mi rendo disponibile come mentore per chi lavora con le piattaforme. Tre incontri mi sembrano il numero giusto."),
                new("luca-colombo", "Da titolare lo avrei voluto due anni fa. Chiedo che i mentori siano di ruoli diversi da quello di chi chiede aiuto."),
            ],
            [
                new(IdeaStatus.UnderDiscussion, 10, "Molto sostegno e disponibilità già arrivate. Discutiamo come abbinare mentori e nuovi soci."),
            ]),
    ];
}
