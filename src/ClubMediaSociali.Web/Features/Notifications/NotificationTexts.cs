using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Notifications;

/// <summary>A notification's stable kind turned into a sentence in the reader's language.</summary>
public static class NotificationTexts
{
    public static string Describe(IStringLocalizer text, string kind, string subject) => kind switch
    {
        "comment.new" => text["Nuovo commento su «{0}»", subject],
        "comment.reply" => text["Hanno risposto al tuo commento su «{0}»", subject],
        "comment.removed" => text["Un tuo commento su «{0}» è stato rimosso", subject],
        "idea.comment" => text["Nuovo commento sull'idea che segui «{0}»", subject],
        "idea.status" => text["L'idea «{0}» ha cambiato stato", subject],
        "idea.practice_draft" => text["Dalla tua idea «{0}» è nata una bozza di pratica da completare", subject],
        "practice.published" => text["La tua pratica «{0}» è pubblicata", subject],
        "practice.changes_requested" => text["I moderatori chiedono modifiche alla pratica «{0}»", subject],
        "practice.rejected" => text["La pratica «{0}» non è stata accolta", subject],
        "practice.featured" => text["La tua pratica «{0}» è in evidenza", subject],
        "practice.archived" => text["La pratica «{0}» è stata archiviata", subject],
        "practice.restored" => text["La pratica «{0}» è di nuovo nel repertorio", subject],
        "practice.revision_published" => text["La modifica alla pratica «{0}» è pubblicata", subject],
        "practice.revision_changes_requested" => text["I moderatori chiedono ritocchi alla modifica di «{0}»", subject],
        "practice.revision_rejected" => text["La modifica alla pratica «{0}» non è stata accolta", subject],
        "company.join_request" => text["Qualcuno chiede di rappresentare «{0}»", subject],
        "company.join_accepted" => text["Ora rappresenti «{0}»", subject],
        "company.join_declined" => text["La tua richiesta per «{0}» non è stata accolta", subject],
        "opportunity.response" => text["Nuova risposta all'opportunità «{0}»", subject],
        "opportunity.response_status" => text["La tua risposta a «{0}» ha un nuovo stato", subject],
        "opportunity.removed" => text["L'opportunità «{0}» è stata rimossa dai moderatori", subject],
        "connection.request" => text["{0} chiede di collegarvi", subject],
        "connection.accepted" => text["{0} ha accettato di collegarvi", subject],
        "badge.earned" => text["Hai ottenuto il riconoscimento «{0}»", Reputation.ReputationTexts.BadgeName(text, subject)],
        _ => subject,
    };

    public static string Category(IStringLocalizer text, string category) => category switch
    {
        "connection" => text["Richieste di contatto e nuovi contatti"],
        "comment" => text["Commenti sui tuoi contenuti e su ciò che segui"],
        "idea" => text["Idee tue o che segui"],
        "practice" => text["Le tue pratiche e la loro revisione"],
        "opportunity" => text["Opportunità e risposte"],
        "company" => text["Organizzazioni che rappresenti"],
        "badge" => text["Riconoscimenti ottenuti"],
        _ => category,
    };
}
