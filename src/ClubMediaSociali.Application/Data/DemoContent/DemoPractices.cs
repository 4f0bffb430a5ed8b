using ClubMediaSociali.Application.Domain.Repertoire;

namespace ClubMediaSociali.Application.Data.DemoContent;

/// <summary>Published demo practices of all four kinds, keyed by title so seeding twice adds nothing.</summary>
internal static class DemoPractices
{
    public sealed record Demo(string AuthorHandle, Practice Practice);

    public static IReadOnlyList<Demo> All(DateTimeOffset now) =>
    [
        new("valentina-bruno", new Practice
        {
            CreatedAt = now.AddDays(-40),
            Kind = PracticeKind.Method,
            Title = "Primo piano editoriale per una PMI in quattro settimane",
            Summary = "Un percorso per chi non ha mai gestito i social dell'azienda: poche decisioni, un calendario sostenibile, una verifica alla fine del mese.",
            BodyMarkdown = "Il metodo nasce dai corsi per piccole imprese: funziona se qualcuno in azienda può dedicarci **due ore a settimana**. " +
                "Non serve essere presenti ovunque: meglio due canali curati che cinque abbandonati.",
            Level = PracticeLevel.Introductory,
            Channels = ["facebook", "instagram", "linkedin"],
            TargetRoleIds = [10, 1],
            Tags = ["piano editoriale", "pmi", "primi passi"],
            Steps =
            [
                "Scrivi in tre righe a chi vuoi parlare e che cosa vuoi che faccia dopo averti letto.",
                "Scegli al massimo due canali, quelli dove i tuoi clienti già passano il tempo.",
                "Decidi tre temi ricorrenti: il prodotto, le persone dell'azienda, i consigli utili.",
                "Prepara un calendario di otto pubblicazioni per il mese e fissa un giorno per scriverle tutte.",
                "Rispondi a ogni commento entro un giorno lavorativo.",
                "A fine mese guarda quali contenuti hanno portato conversazioni e ripeti quelli.",
            ],
        }),
        new("alessandro-greco", new Practice
        {
            CreatedAt = now.AddDays(-40),
            Kind = PracticeKind.Technique,
            Title = "Ascolto della rete in mezz'ora alla settimana",
            Summary = "Una routine leggera per sapere che cosa si dice del tuo marchio e dei tuoi concorrenti, senza strumenti a pagamento.",
            BodyMarkdown = "Bastano le ricerche salvate dei social e un foglio condiviso. L'importante è la costanza: sempre lo stesso giorno, sempre le stesse parole chiave.",
            Level = PracticeLevel.Intermediate,
            Channels = ["x", "instagram", "blog"],
            TargetRoleIds = [9, 3, 2],
            Tags = ["ascolto", "analisi dati", "reputazione"],
            Steps =
            [
                "Elenca dieci parole chiave: nome del marchio, prodotti, due concorrenti, errori di ortografia frequenti.",
                "Salva le ricerche su ogni canale e su un motore di ricerca di notizie.",
                "Ogni lunedì annota nel foglio le menzioni nuove, il tono e chi le ha scritte.",
                "Segnala subito al responsabile le menzioni negative con molte interazioni.",
            ],
        }),
        new("paolo-costa", new Practice
        {
            CreatedAt = now.AddDays(-40),
            Kind = PracticeKind.Resource,
            Title = "Modello di policy per l'uso dei social da parte dei dipendenti",
            Summary = "Un documento da adattare che spiega ai colleghi cosa possono condividere, come rispondere e a chi rivolgersi in caso di dubbio.",
            BodyMarkdown = "Il modello è volutamente breve: una pagina che le persone leggono davvero. Va discusso con le risorse umane e con chi cura la comunicazione interna.",
            Level = PracticeLevel.Introductory,
            Channels = ["linkedin", "intranet"],
            TargetRoleIds = [5, 11],
            Tags = ["policy", "comunicazione interna", "dipendenti"],
            ResourceUrl = "https://club.example/risorse/policy-social-dipendenti",
            ResourceFormat = ResourceFormat.Template,
        }),
        new("luca-colombo", new Practice
        {
            CreatedAt = now.AddDays(-40),
            Kind = PracticeKind.Story,
            Title = "Come un mobilificio di provincia ha trovato clienti su Instagram",
            Summary = "Un'azienda di arredamento con venti dipendenti ha mostrato il laboratorio invece del catalogo: in un anno le richieste di preventivo dai social sono triplicate.",
            BodyMarkdown = "La svolta è stata lasciare la parola agli artigiani: brevi video girati con il telefono, senza musica di repertorio. " +
                "Le domande nei commenti sono diventate la lista dei contenuti del mese successivo.",
            Level = PracticeLevel.Intermediate,
            Channels = ["instagram", "facebook"],
            TargetRoleIds = [10, 8],
            Tags = ["caso aziendale", "artigianato", "video"],
            StoryOrganisation = "Mobilificio Colombo",
            StorySector = "Arredamento",
            StoryYear = 2025,
            StoryOutcome = "Richieste di preventivo dai social triplicate in dodici mesi; due nuovi rivenditori all'estero contattati via messaggio diretto.",
        }),
        new("giulia-ferrari", new Practice
        {
            CreatedAt = now.AddDays(-30),
            Kind = PracticeKind.Technique,
            Title = "Rispondere ai commenti: cinque regole per chi comincia",
            Summary = "Come rispondere alle persone che scrivono sotto i post dell'azienda, comprese le critiche, senza farsi prendere dall'ansia.",
            BodyMarkdown = "Chi commenta sta già facendo un passo verso di te. Una risposta rapida e umana vale più di dieci post ben confezionati. " +
                "Se il commento è offensivo, prima di cancellarlo rileggi la **policy della pagina** e segui quella.",
            Level = PracticeLevel.Introductory,
            Channels = ["facebook", "instagram", "linkedin"],
            TargetRoleIds = [7, 10, 3],
            Tags = ["community", "primi passi", "reputazione"],
            Steps =
            [
                "Rispondi entro un giorno lavorativo, anche solo per dire che ti stai informando.",
                "Firma con il tuo nome: le persone preferiscono parlare con una persona.",
                "Alle critiche rispondi in pubblico una volta, poi proponi di proseguire in privato.",
                "Non copiare la stessa risposta a tutti: cambia almeno la prima frase.",
                "Segna in un foglio le domande che tornano: diventeranno contenuti.",
            ],
        }),
        new("valentina-bruno", new Practice
        {
            CreatedAt = now.AddDays(-30),
            Kind = PracticeKind.Resource,
            Title = "Guida ai canali social per chi parte da zero",
            Summary = "Una scheda che mette a confronto i principali canali: chi li usa, che cosa ci si pubblica, quanto tempo chiedono a un'azienda.",
            BodyMarkdown = "La scheda è pensata per la prima riunione in cui un'impresa decide dove essere presente. " +
                "Non dice quale canale è il migliore: aiuta a scegliere quello giusto per i propri clienti e per il tempo che si ha.",
            Level = PracticeLevel.Introductory,
            Channels = ["facebook", "linkedin", "instagram", "youtube", "tiktok", "x"],
            TargetRoleIds = [1, 10, 15],
            Tags = ["primi passi", "scelta dei canali", "pmi"],
            ResourceUrl = "https://club.example/risorse/guida-canali-social",
            ResourceFormat = ResourceFormat.Slides,
        }),
        new("alessandro-greco", new Practice
        {
            CreatedAt = now.AddDays(-28),
            Kind = PracticeKind.Method,
            Title = "Obiettivi misurabili per i social di una piccola impresa",
            Summary = "Prima di pubblicare, decidi che cosa deve succedere grazie ai social e come te ne accorgerai: tre obiettivi, un numero per ciascuno, una data.",
            BodyMarkdown = "«Essere presenti» non è un obiettivo: non dice quando hai finito né se sta funzionando. " +
                "Un obiettivo utile nomina un comportamento delle persone (chiedono un preventivo, prenotano una visita, si iscrivono alla newsletter) " +
                "e il numero che lo conta. Tre obiettivi bastano; uno solo, se il tempo è poco.",
            Level = PracticeLevel.Introductory,
            Channels = ["facebook", "instagram", "linkedin"],
            TargetRoleIds = [10, 9, 1],
            Tags = ["obiettivi", "misurazione", "pmi", "primi passi"],
            Steps =
            [
                "Scrivi che cosa vorresti che facessero le persone dopo aver visto i tuoi contenuti.",
                "Per ciascuna azione scegli il numero che la conta e dove lo leggerai.",
                "Annota il numero di oggi: è il punto di partenza.",
                "Fissa un traguardo realistico a tre mesi e una data per verificarlo.",
                "Condividi obiettivi e traguardi con chi in azienda lavora ai social.",
            ],
        }),
        new("alessandro-greco", new Practice
        {
            CreatedAt = now.AddDays(-26),
            Kind = PracticeKind.Technique,
            Title = "Tre numeri da guardare ogni mese",
            Summary = "Le statistiche dei social mostrano decine di dati: per una piccola impresa ne bastano tre, letti sempre nello stesso giorno e confrontati con il mese prima.",
            BodyMarkdown = "I tre numeri sono le **persone raggiunte**, le **interazioni per contenuto** e le **azioni utili** (messaggi, chiamate, clic verso il sito). " +
                "Il primo dice se ti vedono, il secondo se interessi, il terzo se serve all'azienda. I follower contano meno: crescono anche quando nessuno compra.",
            Level = PracticeLevel.Introductory,
            Channels = ["facebook", "instagram", "linkedin"],
            TargetRoleIds = [9, 10],
            Tags = ["misurazione", "analisi dati", "primi passi"],
            Steps =
            [
                "Scegli un giorno fisso del mese, per esempio il primo lunedì.",
                "Copia in un foglio le persone raggiunte, le interazioni per contenuto e le azioni utili.",
                "Confronta ogni numero con quello del mese prima, non con quello dei concorrenti.",
                "Scrivi una riga su che cosa è cambiato e una su che cosa proverai il mese prossimo.",
            ],
        }),
        new("marco-bianchi", new Practice
        {
            CreatedAt = now.AddDays(-24),
            Kind = PracticeKind.Technique,
            Title = "Sapere da dove arrivano i clienti: link tracciati e una domanda in negozio",
            Summary = "Due accorgimenti semplici per capire quanti clienti arrivano davvero dai social: parametri nei link verso il sito e una domanda fatta di persona.",
            BodyMarkdown = "Aggiungi ai link che pubblichi i parametri UTM (sorgente, mezzo, campagna): gli strumenti di analisi del sito li riconoscono e separano le visite per canale. " +
                "Per chi compra in negozio o al telefono basta chiedere «Come ci ha conosciuto?» e segnare la risposta. " +
                "Dopo un mese i due conti insieme raccontano molto più delle statistiche dei social da sole.",
            Level = PracticeLevel.Intermediate,
            Channels = ["blog", "facebook", "instagram", "linkedin"],
            TargetRoleIds = [9, 10, 1],
            Tags = ["misurazione", "utm", "vendite"],
            Steps =
            [
                "Prepara un link tracciato per ogni canale con lo stesso nome di campagna.",
                "Usa solo quei link nei post, nelle biografie e nei messaggi.",
                "Metti alla cassa e al telefono un foglio con la domanda «Come ci ha conosciuto?».",
                "A fine mese somma le visite per canale e le risposte raccolte.",
            ],
        }),
        new("sara-conti", new Practice
        {
            CreatedAt = now.AddDays(-22),
            Kind = PracticeKind.Resource,
            Title = "Report mensile dei social in una pagina",
            Summary = "Un modello di resoconto da compilare in mezz'ora: i numeri del mese, i tre contenuti migliori, che cosa si prova dopo. Pensato per chi lo legge in direzione.",
            BodyMarkdown = "Chi guida l'azienda non ha tempo per trenta grafici. Il modello tiene tutto in una pagina: " +
                "gli obiettivi e i loro numeri, il confronto con il mese precedente, i contenuti che hanno portato richieste e una decisione per il mese successivo.",
            Level = PracticeLevel.Introductory,
            Channels = ["linkedin", "facebook", "instagram"],
            TargetRoleIds = [9, 1, 10],
            Tags = ["misurazione", "report", "direzione"],
            ResourceUrl = "https://club.example/risorse/report-mensile-una-pagina",
            ResourceFormat = ResourceFormat.Template,
        }),
        new("valentina-bruno", new Practice
        {
            CreatedAt = now.AddDays(-20),
            Kind = PracticeKind.Technique,
            Title = "Quanto costano davvero i social: tempo, strumenti e sponsorizzate",
            Summary = "Un conto onesto di quello che serve a una piccola impresa per stare sui social un anno: le ore, gli strumenti gratuiti e a pagamento, un budget di prova per le sponsorizzate.",
            BodyMarkdown = "Il costo più grande non sono le sponsorizzate ma il tempo delle persone. " +
                "Conta le ore a settimana, moltiplicale per il costo orario e confronta il totale con quello che vale un cliente in più. " +
                "Per le sponsorizzate parti con una prova piccola e con un obiettivo misurabile: si aumenta solo quello che ha funzionato.",
            Level = PracticeLevel.Introductory,
            Channels = ["facebook", "instagram", "linkedin"],
            TargetRoleIds = [1, 10, 9],
            Tags = ["budget", "pmi", "sponsorizzate"],
            Steps =
            [
                "Stima le ore a settimana che servono per scrivere, pubblicare e rispondere.",
                "Elenca gli strumenti che userai e segna quali sono gratuiti.",
                "Fissa un budget di prova per un mese di sponsorizzate, legato a un solo obiettivo.",
                "Dopo il mese di prova confronta il costo con le richieste arrivate e decidi se continuare.",
            ],
        }),
        new("francesca-ricci", new Practice
        {
            CreatedAt = now.AddDays(-18),
            Kind = PracticeKind.Story,
            Title = "Una cantina che conta le visite prenotate dai social",
            Summary = "Una cantina a conduzione familiare ha smesso di guardare i follower e ha cominciato a contare le degustazioni prenotate: in sei mesi sa quali contenuti le riempiono.",
            BodyMarkdown = "Ogni prenotazione arriva da un modulo con un link tracciato per canale, e al tavolo della degustazione si chiede come ci hanno trovato. " +
                "Il report mensile sta in una pagina. La scoperta: i video della vendemmia portano follower, le storie con le date delle visite portano prenotazioni.",
            Level = PracticeLevel.Intermediate,
            Channels = ["instagram", "facebook"],
            TargetRoleIds = [10, 9],
            Tags = ["caso aziendale", "misurazione", "turismo"],
            StoryOrganisation = "Cantina Le Coste",
            StorySector = "Vino e turismo",
            StoryYear = 2026,
            StoryOutcome = "Degustazioni prenotate dai social passate da 6 a 31 al mese; metà del budget delle sponsorizzate spostato sulle storie con le date.",
        }),
    ];
}
