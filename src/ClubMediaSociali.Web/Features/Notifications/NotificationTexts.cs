using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Web.Features.Ideas;
using ClubMediaSociali.Web.Features.Opportunities;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Notifications;

/// <summary>
/// The sentence of each kind in <see cref="NotificationKinds"/>, in the reader's language, with the
/// state it carries by its label. A kind without a sentence here fails NotificationCatalogueTests.
/// </summary>
public static class NotificationTexts
{
    private static readonly Dictionary<NotificationKind, Func<IStringLocalizer, string, int?, string>> Sentences = new()
    {
        [NotificationKinds.CommentNew] = (text, subject, _) => text["Nuovo commento su «{0}»", subject],
        [NotificationKinds.CommentReply] = (text, subject, _) => text["Hanno risposto al tuo commento su «{0}»", subject],
        [NotificationKinds.CommentRemoved] = (text, subject, _) => text["Un tuo commento su «{0}» è stato rimosso", subject],
        [NotificationKinds.IdeaComment] = (text, subject, _) => text["Nuovo commento sull'idea che segui «{0}»", subject],
        [NotificationKinds.IdeaStatus] = (text, subject, state) => text["Nuovo stato per l'idea «{0}»: {1}", subject, IdeaTexts.Status(text, (IdeaStatus)(state ?? 0))],
        [NotificationKinds.IdeaPracticeDraft] = (text, subject, _) => text["Dalla tua idea «{0}» è nata una bozza di pratica da completare", subject],
        [NotificationKinds.PracticePublished] = (text, subject, _) => text["La tua pratica «{0}» è pubblicata", subject],
        [NotificationKinds.PracticeChangesRequested] = (text, subject, _) => text["I moderatori chiedono modifiche alla pratica «{0}»", subject],
        [NotificationKinds.PracticeRejected] = (text, subject, _) => text["La pratica «{0}» non è stata accolta", subject],
        [NotificationKinds.PracticeFeatured] = (text, subject, _) => text["La tua pratica «{0}» è in evidenza", subject],
        [NotificationKinds.PracticeArchived] = (text, subject, _) => text["La pratica «{0}» è stata archiviata", subject],
        [NotificationKinds.PracticeRestored] = (text, subject, _) => text["La pratica «{0}» è di nuovo nel repertorio", subject],
        [NotificationKinds.PracticeRevisionPublished] = (text, subject, _) => text["La modifica alla pratica «{0}» è pubblicata", subject],
        [NotificationKinds.PracticeRevisionChangesRequested] = (text, subject, _) => text["I moderatori chiedono ritocchi alla modifica di «{0}»", subject],
        [NotificationKinds.PracticeRevisionRejected] = (text, subject, _) => text["La modifica alla pratica «{0}» non è stata accolta", subject],
        [NotificationKinds.CompanyJoinRequest] = (text, subject, _) => text["Qualcuno chiede di rappresentare «{0}»", subject],
        [NotificationKinds.CompanyJoinAccepted] = (text, subject, _) => text["Ora rappresenti «{0}»", subject],
        [NotificationKinds.CompanyJoinDeclined] = (text, subject, _) => text["La tua richiesta per «{0}» non è stata accolta", subject],
        [NotificationKinds.OpportunityResponse] = (text, subject, _) => text["Nuova risposta all'opportunità «{0}»", subject],
        [NotificationKinds.OpportunityResponseStatus] = (text, subject, state) => text["Nuovo stato della tua risposta a «{0}»: {1}", subject, OpportunityTexts.Response(text, (ResponseStatus)(state ?? 0))],
        [NotificationKinds.OpportunityRemoved] = (text, subject, _) => text["L'opportunità «{0}» è stata rimossa dai moderatori", subject],
        [NotificationKinds.EventPromoted] = (text, subject, _) => text["Si è liberato un posto: sei iscritto a «{0}»", subject],
        [NotificationKinds.EventChanged] = (text, subject, _) => text["L'evento «{0}» ha cambiato orario o luogo", subject],
        [NotificationKinds.EventCancelled] = (text, subject, _) => text["L'evento «{0}» è stato annullato", subject],
        [NotificationKinds.ConnectionRequest] = (text, subject, _) => text["{0} chiede di collegarvi", subject],
        [NotificationKinds.ConnectionAccepted] = (text, subject, _) => text["{0} ha accettato di collegarvi", subject],
        [NotificationKinds.Mention] = (text, subject, _) => text["Ti hanno menzionato in «{0}»", subject],
        [NotificationKinds.FileRemoved] = (text, subject, _) => subject.Length > 0
            ? text["I moderatori hanno rimosso il tuo file «{0}»", subject]
            : text["I moderatori hanno rimosso una tua immagine"],
        [NotificationKinds.BadgeEarned] = (text, subject, _) => text["Hai ottenuto il riconoscimento «{0}»", Reputation.ReputationTexts.BadgeName(text, subject)],
    };

    public static string Describe(IStringLocalizer text, string kind, string subject, int? state) =>
        Sentence(text, kind, subject, state) ?? subject;

    /// <summary>The kind's sentence; null for a kind without one.</summary>
    public static string? Sentence(IStringLocalizer text, string kind, string subject, int? state) =>
        NotificationKinds.Find(kind) is { } known && Sentences.TryGetValue(known, out var sentence) ? sentence(text, subject, state) : null;

    public static string Category(IStringLocalizer text, string category) => category switch
    {
        NotificationCategories.Connection => text["Richieste di contatto e nuovi contatti"],
        NotificationCategories.Comment => text["Commenti sui tuoi contenuti e su ciò che segui"],
        NotificationCategories.Mention => text["Menzioni con @ nei testi degli altri"],
        NotificationCategories.Idea => text["Idee tue o che segui"],
        NotificationCategories.Practice => text["Le tue pratiche e la loro revisione"],
        NotificationCategories.Opportunity => text["Opportunità e risposte"],
        NotificationCategories.Company => text["Organizzazioni che rappresenti"],
        NotificationCategories.Event => text["Eventi a cui sei iscritto"],
        NotificationCategories.Badge => text["Riconoscimenti ottenuti"],
        NotificationCategories.Files => text["Immagini e file rimossi dai moderatori"],
        _ => category,
    };
}
