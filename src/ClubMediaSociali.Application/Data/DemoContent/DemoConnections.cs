namespace ClubMediaSociali.Application.Data.DemoContent;

/// <summary>
/// Who knows whom among the demo members: enough contacts for contacts of contacts to show, two requests
/// waiting for Giulia Ferrari's answer, and one she sent.
/// </summary>
internal static class DemoConnections
{
    /// <summary>Accepted connections: requester, addressee, days ago.</summary>
    public static readonly (string From, string To, int DaysAgo)[] Accepted =
    [
        ("giulia-ferrari", "francesca-ricci", 120),
        ("giulia-ferrari", "elena-galli", 95),
        ("giulia-ferrari", "marco-bianchi", 60),
        ("marco-bianchi", "luca-colombo", 150),
        ("marco-bianchi", "alessandro-greco", 80),
        ("francesca-ricci", "elena-galli", 70),
        ("francesca-ricci", "stefano-fontana", 45),
        ("chiara-romano", "stefano-fontana", 200),
        ("chiara-romano", "davide-marino", 30),
        ("paolo-costa", "davide-marino", 25),
        ("paolo-costa", "valentina-bruno", 18),
        ("valentina-bruno", "sara-conti", 40),
        ("alessandro-greco", "chiara-romano", 12),
        ("luca-colombo", "paolo-costa", 9),
        ("elena-galli", "davide-marino", 5),
    ];

    /// <summary>Requests not answered yet: requester, addressee, message.</summary>
    public static readonly (string From, string To, string? Message)[] Pending =
    [
        ("alessandro-greco", "giulia-ferrari", "Ciao Giulia, lavoro sui dati delle community: mi piacerebbe confrontare i nostri numeri."),
        ("valentina-bruno", "giulia-ferrari", null),
        ("giulia-ferrari", "chiara-romano", "Ho letto il tuo caso sulla gestione di una crisi: posso chiederti due consigli?"),
    ];
}
