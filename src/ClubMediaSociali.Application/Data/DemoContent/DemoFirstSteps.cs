namespace ClubMediaSociali.Application.Data.DemoContent;

/// <summary>The demo's learning path for newcomers, its glossary, and some conversation on the practices.</summary>
internal static class DemoFirstSteps
{
    public const string PathTitle = "Primi passi sui social media per la tua impresa";

    public const string PathIntro =
        "Se in azienda i social sono ancora un territorio sconosciuto, parti da qui: quattro letture brevi, " +
        "dalla scelta dei canali alla prima risposta a un cliente che commenta.";

    /// <summary>The path's practices in reading order, by title.</summary>
    public static readonly string[] PathPractices =
    [
        "Guida ai canali social per chi parte da zero",
        "Primo piano editoriale per una PMI in quattro settimane",
        "Rispondere ai commenti: cinque regole per chi comincia",
        "Modello di policy per l'uso dei social da parte dei dipendenti",
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
