using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Features.Moderation;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Moderation;

/// <summary>The spam check's reasons and the kinds of contribution, told to moderators in their language.</summary>
public static class SpamTexts
{
    /// <summary>One stored reason ("code:detail") as a sentence; a code from a later version is shown as it is.</summary>
    public static string Reason(IStringLocalizer text, string stored)
    {
        var (code, detail) = SpamReason.Parse(stored);
        return (code switch
        {
            SpamReasons.MarkedDomain => text["Collega un dominio segnato come spam: {0}", detail],
            SpamReasons.MarkedPhrase => text["Contiene una frase segnata come spam: «{0}»", detail],
            SpamReasons.ManyLinks => text["Molti collegamenti da un account nuovo: {0}", detail],
            SpamReasons.LinkDrop => text["Un collegamento con poche parole attorno ({0}) da un account nuovo", detail],
            SpamReasons.ShortenedLink => text["Collegamento accorciato, che nasconde dove porta: {0}", detail],
            SpamReasons.RiskyDomain => text["Dominio con un'estensione molto usata dallo spam: {0}", detail],
            SpamReasons.SpamWords => text["Parole tipiche dello spam: {0}", detail],
            SpamReasons.ContactBait => detail == "tel"
                ? text["Invita a telefonare a un numero"]
                : text["Invita a continuare altrove: {0}", detail.Replace(' ', '.')],
            SpamReasons.MoneyPromise => text["Promette guadagni al giorno, alla settimana o al mese"],
            SpamReasons.Shouting => text["Scritto in maiuscolo o con molti punti esclamativi"],
            SpamReasons.RepeatedAcrossAccounts => text["Lo stesso testo da {0} account nuovi nell'ultima ora", detail],
            SpamReasons.RepeatedByAuthor => text["Lo stesso testo pubblicato {0} volte nell'ultima ora", detail],
            SpamReasons.AccountsFromOneAddress => text["{0} account creati dallo stesso indirizzo in un giorno", detail],
            SpamReasons.NewcomerLinks => text["Collegamenti nel commento di chi non ha ancora pubblicato nulla: {0}", detail],
            _ => (LocalizedString?)null,
        })?.Value ?? stored;
    }

    public static string Kind(IStringLocalizer text, ContentKind kind) => (kind switch
    {
        ContentKind.Comment => text["Commento"],
        ContentKind.Idea => text["Idea"],
        ContentKind.Opportunity => text["Opportunità"],
        ContentKind.OpportunityResponse => text["Risposta a un'opportunità"],
        ContentKind.Company => text["Pagina di un'organizzazione"],
        ContentKind.Message => text["Messaggio privato"],
        _ => text["Profilo"],
    }).Value;

    public static string MarkerKind(IStringLocalizer text, SpamMarkerKind kind) =>
        (kind == SpamMarkerKind.Domain ? text["Dominio"] : text["Frase"]).Value;
}
