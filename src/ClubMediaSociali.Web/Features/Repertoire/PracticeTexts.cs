using ClubMediaSociali.Application.Domain.Repertoire;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Repertoire;

/// <summary>The names of the repertoire's kinds, levels, formats, states and channels, in the reader's language.</summary>
public static class PracticeTexts
{
    public static string Kind(IStringLocalizer text, PracticeKind kind) => kind switch
    {
        PracticeKind.Resource => text["Risorsa"],
        PracticeKind.Story => text["Storia"],
        PracticeKind.Technique => text["Tecnica"],
        _ => text["Metodo"],
    };

    /// <summary>What each kind is for, as the form's first step tells it.</summary>
    public static string KindDescription(IStringLocalizer text, PracticeKind kind) => kind switch
    {
        PracticeKind.Resource => text["Un articolo, una guida, un modello, un video o uno strumento che hai trovato utile, con il suo indirizzo."],
        PracticeKind.Story => text["Un caso vissuto: che cosa ha fatto un'organizzazione, in quale settore, e com'è andata."],
        PracticeKind.Technique => text["Un modo preciso di fare una cosa, spiegato in pochi passi."],
        _ => text["Un percorso più ampio, in passi che chi lo segue può spuntare uno alla volta."],
    };

    public static string Level(IStringLocalizer text, PracticeLevel level) => level switch
    {
        PracticeLevel.Introductory => text["Introduttivo"],
        PracticeLevel.Intermediate => text["Intermedio"],
        _ => text["Avanzato"],
    };

    public static string Format(IStringLocalizer text, ResourceFormat format) => format switch
    {
        ResourceFormat.Article => text["Articolo"],
        ResourceFormat.Video => text["Video"],
        ResourceFormat.Slides => text["Presentazione"],
        ResourceFormat.Tool => text["Strumento"],
        ResourceFormat.Template => text["Modello"],
        ResourceFormat.Study => text["Studio"],
        _ => text["Libro"],
    };

    public static string Status(IStringLocalizer text, PracticeStatus status) => status switch
    {
        PracticeStatus.Draft => text["Bozza"],
        PracticeStatus.Submitted => text["In revisione"],
        PracticeStatus.Published => text["Pubblicata"],
        PracticeStatus.ChangesRequested => text["Da modificare"],
        PracticeStatus.Rejected => text["Non accolta"],
        _ => text["Archiviata"],
    };

    public static string RevisionStatus(IStringLocalizer text, RevisionStatus status) => status switch
    {
        Application.Domain.Repertoire.RevisionStatus.Draft => text["Bozza"],
        Application.Domain.Repertoire.RevisionStatus.Submitted => text["In revisione"],
        Application.Domain.Repertoire.RevisionStatus.Published => text["Pubblicata"],
        Application.Domain.Repertoire.RevisionStatus.ChangesRequested => text["Da modificare"],
        _ => text["Non accolta"],
    };

    public static string Channel(string key) => key switch
    {
        "facebook" => "Facebook",
        "linkedin" => "LinkedIn",
        "x" => "X",
        "instagram" => "Instagram",
        "youtube" => "YouTube",
        "tiktok" => "TikTok",
        "flickr" => "Flickr",
        "slideshare" => "SlideShare",
        _ => char.ToUpperInvariant(key[0]) + key[1..],
    };
}
