namespace ClubMediaSociali.Application.Data.DemoContent;

/// <summary>The demo's learning paths, its glossary, and some conversation on the practices.</summary>
internal static class DemoFirstSteps
{
    /// <summary>The practice shown first among the featured ones.</summary>
    public const string FeaturedPractice = "Guida ai canali social per chi parte da zero";

    public sealed record Step(string Practice, string Note);

    public sealed record Path(string Title, string Intro, Step[] Steps);

    /// <summary>The demo's paths, in the order they are listed; each step names its practice by title.</summary>
    public static readonly Path[] Paths =
    [
        new("Primi passi sui social media per la tua impresa",
            "Se in azienda i social sono ancora un territorio sconosciuto, parti da qui: quattro letture brevi, " +
            "dalla scelta dei canali alla prima risposta a un cliente che commenta. Nessuna parola tecnica data per scontata.",
            [
                new("Guida ai canali social per chi parte da zero",
                    "Prima di pubblicare qualsiasi cosa, capisci dove passano il tempo i tuoi clienti: il resto del percorso parte da questa scelta."),
                new("Primo piano editoriale per una PMI in quattro settimane",
                    "Scelti i canali, serve un ritmo sostenibile: questo metodo ti porta al primo mese di pubblicazioni senza improvvisare."),
                new("Rispondere ai commenti: cinque regole per chi comincia",
                    "Appena pubblichi, le persone rispondono. Ecco come farlo bene fin dal primo commento, critiche comprese."),
                new("Modello di policy per l'uso dei social da parte dei dipendenti",
                    "Quando i social funzionano ne parlano anche i colleghi: qualche regola scritta evita malintesi e imbarazzi."),
            ]),
        new("Il primo piano di una piccola impresa",
            "Per chi deve decidere quanto tempo e quanto budget dedicare ai social, e vuole un piano che regga anche nei mesi pieni di lavoro. " +
            "Sei passi, dagli obiettivi a un caso reale di un'impresa come la tua.",
            [
                new("Obiettivi misurabili per i social di una piccola impresa",
                    "Un piano comincia da che cosa deve succedere: senza obiettivi non saprai mai se sta funzionando."),
                new("Quanto costano davvero i social: tempo, strumenti e sponsorizzate",
                    "Prima del calendario, un conto onesto: le ore che servono valgono più delle sponsorizzate."),
                new("Guida ai canali social per chi parte da zero",
                    "Con obiettivi e risorse chiari scegli al massimo due canali, quelli dove i tuoi clienti già sono."),
                new("Primo piano editoriale per una PMI in quattro settimane",
                    "Ora il calendario: otto pubblicazioni al mese, scritte in un giorno fisso."),
                new("Rispondere ai commenti: cinque regole per chi comincia",
                    "Il piano non è solo pubblicare: metti in conto il tempo per rispondere."),
                new("Come un mobilificio di provincia ha trovato clienti su Instagram",
                    "Per finire, un'impresa di venti persone che ha fatto questi passi: che cosa ha funzionato e quanto tempo ha chiesto."),
            ]),
        new("Misurare i risultati dei social",
            "I social funzionano? Per rispondere non servono strumenti costosi né trenta grafici: servono pochi numeri scelti bene, " +
            "letti con costanza e raccontati in una pagina a chi decide.",
            [
                new("Obiettivi misurabili per i social di una piccola impresa",
                    "Si misura rispetto a un obiettivo: se non l'hai ancora scritto, comincia da qui."),
                new("Tre numeri da guardare ogni mese",
                    "Dalle decine di statistiche disponibili, le tre che dicono se ti vedono, se interessi e se servi all'azienda."),
                new("Sapere da dove arrivano i clienti: link tracciati e una domanda in negozio",
                    "Le statistiche dei social si fermano al clic: così segui le persone fino alla richiesta o all'acquisto."),
                new("Ascolto della rete in mezz'ora alla settimana",
                    "Non tutto si conta: quello che si dice di te, anche dove non sei presente, completa i numeri."),
                new("Report mensile dei social in una pagina",
                    "I numeri servono se qualcuno li legge: un modello per raccontarli in direzione in mezz'ora."),
                new("Una cantina che conta le visite prenotate dai social",
                    "Tutti i passi messi insieme da una cantina di famiglia, con i numeri prima e dopo."),
            ]),
    ];

    public sealed record Term(string Name, string Definition, string[] Related);

    public static readonly Term[] Glossary =
    [
        new("Piano editoriale", "Il calendario di che cosa pubblicare, dove e quando. Evita di decidere ogni mattina che cosa scrivere e tiene insieme temi e obiettivi.",
            ["Primo piano editoriale per una PMI in quattro settimane"]),
        new("Engagement", "Quanto le persone interagiscono con i contenuti: commenti, condivisioni, salvataggi, clic. Conta più del numero di follower.",
            ["Rispondere ai commenti: cinque regole per chi comincia"]),
        new("Community manager", "La persona che cura le conversazioni attorno a un marchio: risponde, modera, ascolta e riporta in azienda quello che sente.",
            ["Rispondere ai commenti: cinque regole per chi comincia"]),
        new("Ascolto della rete", "Tenere d'occhio che cosa si dice online di un marchio, dei suoi prodotti e dei concorrenti, anche dove il marchio non è presente.",
            ["Ascolto della rete in mezz'ora alla settimana"]),
        new("Social media policy", "Le regole scritte su come l'azienda e i suoi dipendenti usano i social: che cosa si può dire, chi risponde, cosa fare in caso di problemi.",
            ["Modello di policy per l'uso dei social da parte dei dipendenti"]),
        new("Caso aziendale", "Il racconto di che cosa un'organizzazione ha fatto, come e con quali risultati. Nel repertorio del Club si chiama storia.",
            ["Come un mobilificio di provincia ha trovato clienti su Instagram"]),
        new("Reputazione online", "L'idea che le persone si fanno di un'azienda a partire da quello che trovano in rete: recensioni, commenti, articoli, passaparola.",
            ["Ascolto della rete in mezz'ora alla settimana", "Rispondere ai commenti: cinque regole per chi comincia"]),
        new("Contenuto organico", "Un post pubblicato senza pagare la piattaforma per mostrarlo: lo vede chi segue la pagina e chi lo riceve condiviso.", []),
        new("Sponsorizzata", "Un contenuto che l'azienda paga perché la piattaforma lo mostri a un pubblico scelto per età, luogo o interessi.", []),
        new("Storytelling", "Raccontare l'azienda attraverso storie di persone e situazioni concrete invece che con elenchi di caratteristiche.",
            ["Come un mobilificio di provincia ha trovato clienti su Instagram"]),
    ];

    public sealed record DemoComment(string Practice, string AuthorHandle, string Body, string? ReplyHandle = null, string? ReplyBody = null);

    public static readonly DemoComment[] Comments =
    [
        new("Primo piano editoriale per una PMI in quattro settimane", "luca-colombo",
            "L'abbiamo seguito in laboratorio: il passo più difficile è stato rinunciare al terzo canale, ma aveva ragione il metodo.",
            "valentina-bruno", "Succede quasi sempre! Dopo due mesi, se il ritmo tiene, il terzo canale si può valutare con i numeri in mano."),
        new("Come un mobilificio di provincia ha trovato clienti su Instagram", "francesca-ricci",
            "Bellissimo caso. Quanto tempo vi chiedevano a settimana i video degli artigiani?",
            "luca-colombo", "Circa tre ore in tutto, riprese comprese. Il montaggio lo facciamo direttamente dal telefono."),
        new("Rispondere ai commenti: cinque regole per chi comincia", "sara-conti",
            "La regola della firma l'abbiamo portata anche nella intranet aziendale: le risposte firmate ricevono molte più domande di seguito."),
    ];

    /// <summary>Who found which practice useful (by title and handle): counts come from these marks.</summary>
    public static readonly (string Practice, string[] Members)[] Useful =
    [
        ("Primo piano editoriale per una PMI in quattro settimane", ["luca-colombo", "marco-bianchi", "sara-conti", "giulia-ferrari"]),
        ("Guida ai canali social per chi parte da zero", ["marco-bianchi", "luca-colombo"]),
        ("Come un mobilificio di provincia ha trovato clienti su Instagram", ["francesca-ricci", "elena-galli", "paolo-costa"]),
        ("Rispondere ai commenti: cinque regole per chi comincia", ["chiara-romano"]),
    ];
}
