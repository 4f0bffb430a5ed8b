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
    ];
}
