namespace ClubMediaSociali.Tests.Features.Moderation;

/// <summary>
/// Texts written for the spam check's tests: spam of the kinds that reach communities like the Club, in Italian
/// and English, and ordinary posts of the Club's members, many with links. Every text is posted by a new account,
/// the case the check is strictest with. Spam must be held, ordinary posts must pass.
/// </summary>
internal static class SpamCorpus
{
    public const int WaveAccounts = 3;

    public sealed record Group(string Name, bool Spam, IReadOnlyList<string> Texts, bool PostedByThreeAccounts = false);

    public static IReadOnlyList<Group> Groups { get; } =
    [
        new("link farm", Spam: true,
        [
            "Risorse utili: https://casa-prestiti.it https://prestiti-veloci.net https://mutui-online.info https://assicurazioni-top.com https://carte-credito.biz https://ricarica-facile.org",
            "Best tools for marketers: [tool 1](https://seo-tools-best.com) [tool 2](https://rank-checker.net) [tool 3](https://traffic-boost.org) [tool 4](https://free-backlinks.info)",
            "Guarda qui https://promo-vacanze.it e qui https://offerte-voli.it e anche qui https://hotel-scontati.it",
            "Top sites 2025: https://a-deals.com, https://b-deals.com, https://c-deals.com, https://d-deals.com, https://e-deals.com, https://f-deals.com, https://g-deals.com",
            "Ciao a tutti! https://bit.ly/3xYz9Ab",
            "Interesting read, more here: https://tinyurl.com/cheap-pills-now",
            "Arredamento di design a prezzi outlet: https://mobili-outlet.shop https://divani-outlet.shop https://cucine-outlet.shop",
            "Nuovo sito di ricette https://ricette-gratis.top visitatelo!",
        ]),
        new("SEO text", Spam: true,
        [
            "Servizi SEO professionali: backlink dofollow di alta qualità, guest post su siti autorevoli e prima pagina di Google garantita in 30 giorni! Contattaci su https://seo-rank-italia.xyz",
            "We offer SEO services for your business: rank your website on the first page of Google with high authority backlinks. Limited offer, act now!",
            "Vendiamo pacchetti di link building: 100 backlinks dofollow a soli 49 euro. Posizionamento garantito, scrivici in privato.",
            "Guest posting on 500+ high DA sites. Cheap prices, guaranteed results. Visit my website for the full list.",
            "Compra follower reali e like reali per il tuo profilo Instagram! Offerta limitata solo per oggi, clicca qui: https://followers-boost.click",
            "Buy followers for Instagram, TikTok and YouTube. Real followers, fast delivery, cheap. Check out my page https://insta-growth.top",
            "VUOI ESSERE PRIMO SU GOOGLE??? IL NOSTRO TEAM TI PORTA IN PRIMA PAGINA DI GOOGLE CON BACKLINK DI QUALITA, CHIAMA ORA!!!",
            "Posizionamento SEO garantito per il tuo e-commerce: link building dofollow e guest post, prezzi imbattibili su https://seo-pro-italia.work",
        ]),
        new("crypto", Spam: true,
        [
            "Ho guadagnato 2.500€ in una settimana con il trading automatico di Bitcoin! Nessun rischio, rendimento garantito. Scrivimi su WhatsApp +39 351 234 5678 per iniziare.",
            "I made $4,000 per week with this crypto investment opportunity. Passive income guaranteed, DM me on Telegram @cryptoking to double your money!",
            "Bitcoin sta cambiando il mondo, entra anche tu: https://btc-profit.xyz",
            "Il mio consulente forex mi ha fatto raddoppiare i risparmi in un mese. Reddito passivo senza rischi, contattami in privato per il suo contatto Telegram.",
            "Smetti di lavorare per gli altri: con le criptovalute guadagni fino a 800 euro al giorno da casa. Posti limitati! https://crypto-libertà.online",
            "Binary options and forex signals with 95% win rate. Earn up to 1000 dollars a day. Join our Telegram group now: t.me/forexwinners",
            "Investimento sicuro in criptovaluta con rendimenti garantiti del 20% al mese. Scrivici su WhatsApp.",
            "Crypto casino with instant bonus: deposit 10 USDT and get 100 free spins. Betting has never been this easy! https://luckyspin.bet",
        ]),
        new("fake job offer", Spam: true,
        [
            "Cerchiamo 10 persone per lavoro da casa, guadagno 300€ al giorno, nessuna esperienza richiesta! Scrivi su WhatsApp al 333 123 4567",
            "Work from home and earn money fast! No experience needed, $500 per day guaranteed. Hiring now, send me a message on WhatsApp.",
            "Assunzione immediata per operatori online, 2.000 euro al mese lavorando 2 ore al giorno da casa. Senza esperienza. Info: https://lavoro-subito.site",
            "Opportunità unica: guadagna da casa con il tuo smartphone, bastano 30 minuti al giorno. Clicca sul link per iniziare: https://bit.ly/lavoro-smart",
            "We are hiring now: data entry from home, earn up to $3,000 per month, no experience required. Apply on Telegram.",
            "Cerchiamo promoter per nuovo progetto di marketing: guadagna fino a 1500€ a settimana con le tue amicizie social. Contattami in privato!",
            "Lavora da casa come tester di prodotti: ricevi campioni gratis e guadagni garantiti. Iscriviti qui https://tester-prodotti.xyz",
            "Remote job for social media managers! Earn money with simple tasks, 50$ per hour. DM me on WhatsApp +44 7700 900123",
        ]),
        new("copy-pasted reply", Spam: true, PostedByThreeAccounts: true, Texts:
        [
            "Ottimo articolo, grazie mille per la condivisione! Ho trovato informazioni molto utili anche sul mio blog, passate a trovarmi quando volete.",
            "Great post, thanks for sharing this with the community. I wrote something similar on my own blog, feel free to check it out anytime.",
            "Molto interessante questo punto di vista, sono d'accordo su tutto quello che hai scritto. Seguitemi per altri consigli come questi ogni giorno.",
            "Complimenti per il contenuto di qualità, lo condivido subito con i miei contatti. Chi vuole saperne di più mi può scrivere quando vuole.",
        ]),
        new("ordinary post with links", Spam: false,
        [
            "Secondo il rapporto Digital 2024 di We Are Social (https://wearesocial.com/it/blog/2024/01/digital-2024/) gli italiani passano in media 1 ora e 48 minuti al giorno sui social. Per una piccola azienda significa scegliere bene i canali: meglio due profili curati che cinque abbandonati. Nel nostro caso abbiamo tenuto Instagram e LinkedIn e misurato ogni mese i contatti arrivati dal sito.",
            "Lo studio dell'Osservatorio Internet Media del Politecnico di Milano (https://www.osservatori.net/it/ricerche/osservatori-attivi/internet-media) mostra che la pubblicità online ha superato la televisione. Vale la pena rileggerlo prima di decidere il budget del prossimo anno: i numeri sui video brevi sorprendono.",
            "Tecnica che usiamo in agenzia per i calendari editoriali: un foglio condiviso con tre colonne (tema, formato, obiettivo) e una revisione ogni lunedì. Il modello è qui: https://docs.google.com/spreadsheets/d/1AbC/edit e la guida di HubSpot che ci ha ispirato è https://blog.hubspot.com/marketing/content-calendar",
            "Per chi chiedeva come misurare il ritorno di una campagna locale: la guida di Google Analytics sulle campagne con parametri UTM (https://support.google.com/analytics/answer/10917952) spiega tutto. Noi aggiungiamo sempre utm_source e utm_campaign ai link dei volantini con QR code, così vediamo quanti arrivano dal cartaceo.",
            "Il metodo che proponiamo si basa su tre fonti: il Reuters Digital News Report (https://reutersinstitute.politics.ox.ac.uk/digital-news-report/2024), i dati Audiweb (https://www.audiweb.it) e le nostre interviste a venti titolari di negozi in Emilia. Ne esce una regola semplice: rispondere ai commenti entro un giorno vale più di un post in più alla settimana.",
            "Una buona pratica per le storie aziendali: raccontare il dietro le quinte, non solo il prodotto. Il caso del pastificio che abbiamo seguito è descritto su https://www.pastificiorossi.it/blog/la-nostra-filiera e ha portato il 30% di visite in più al negozio online in sei mesi.",
            "Chi si occupa di SEO locale sa che le recensioni contano: la ricerca di BrightLocal (https://www.brightlocal.com/research/local-consumer-review-survey/) dice che il 98% dei consumatori legge recensioni online. Il nostro consiglio ai negozi del Club è chiedere una recensione a ogni cliente soddisfatto, senza comprarne mai. E sì, un paio di backlink dai giornali locali aiutano più di cento link di directory.",
            "Idea per il Club: una raccolta di casi studio di piccole aziende italiane che hanno iniziato con i social da zero. Potremmo partire dalle storie già pubblicate su https://www.clubmediasociali.it/repertorio e chiedere ai membri di aggiungere i dati di un anno dopo.",
        ]),
        new("ordinary opportunity", Spam: false,
        [
            "Cerchiamo un'agenzia per la comunicazione del nostro nuovo frantoio in Puglia. Budget indicativo 8.000 € per sei mesi. Trovate chi siamo su https://www.frantoiodelsole.it e il brief completo su https://www.frantoiodelsole.it/brief-2025.pdf. Scriveteci qui sul Club.",
            "Studio di architettura di Bologna cerca un social media manager freelance per due giorni a settimana, anche da remoto. Compenso 250 € al giorno, contratto di un anno. Il nostro portfolio è su https://www.studioarchibo.it. Per informazioni potete chiamare lo 051 234567 o rispondere qui.",
            "Cantina di Montalcino cerca fotografo e videomaker per la vendemmia di settembre: tre giornate di riprese e un montaggio per Instagram e YouTube. Tutte le informazioni su https://www.cantinailpoggio.it/lavora-con-noi",
            "Offriamo una collaborazione a un copywriter che conosca il settore turistico: testi per il sito https://www.agriturismolecolline.it e una newsletter al mese. Siamo una piccola realtà di famiglia, preferiamo chi abita in Toscana.",
            "La nostra startup di Torino (https://www.mobilitaverde.it) cerca un consulente per impostare la prima campagna LinkedIn verso le aziende. Ci serve anche capire come misurare i risultati: chi ha esperienza con LinkedIn Campaign Manager risponda pure.",
        ]),
        new("ordinary comment or profile", Spam: false,
        [
            "Grazie mille!",
            "Sono d'accordo, anche noi abbiamo visto che i video brevi funzionano meglio dei caroselli per le aziende di servizi.",
            "Mi occupo di comunicazione per le cantine del Friuli da dieci anni. Offro consulenza su Instagram e sulla fotografia di prodotto; cerco aziende con cui sperimentare le dirette.",
            "Bella proposta! Io aggiungerei una sezione sulle fiere di settore, dove molte piccole aziende raccolgono contatti che poi non seguono sui social.",
            "Responsabile marketing di un'azienda metalmeccanica di Brescia. Cerco confronto con altri B2B su LinkedIn e sulle newsletter ai clienti.",
            "Attenzione a chi vi propone di comprare follower o like: i numeri salgono ma le interazioni crollano, e l'algoritmo se ne accorge. Meglio crescere piano.",
        ]),
    ];
}
