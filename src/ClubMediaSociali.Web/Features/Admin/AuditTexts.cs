using System.Globalization;
using System.Net;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Features.Admin;
using ClubMediaSociali.Web.Features.Ideas;
using ClubMediaSociali.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Admin;

/// <summary>
/// The audit log told as sentences in the reader's language ("Ha pubblicato la pratica «…»"), what was
/// acted on linked to its page. Every code of <see cref="AuditActions"/> has its sentence here.
/// </summary>
public static class AuditTexts
{
    /// <summary>The sentence's template: {0} is what was acted on; {1} and {2} what the action needs besides.</summary>
    public static string? Template(IStringLocalizer text, string action) => (action switch
    {
        AuditActions.GrantStaffRole => text["Ha dato a {0} {1}."],
        AuditActions.RevokeStaffRole => text["Ha tolto a {0} {1}."],
        AuditActions.CreateProfessionalRole => text["Ha aggiunto il ruolo professionale {0}."],
        AuditActions.RenameProfessionalRole => text["Ha rinominato un ruolo professionale: {0}."],
        AuditActions.VerifyCompany => text["Ha verificato l'organizzazione {0}."],
        AuditActions.UnverifyCompany => text["Ha tolto la verifica all'organizzazione {0}."],
        AuditActions.MarkFoundingPartner => text["Ha indicato {0} come socio fondatore."],
        AuditActions.UnmarkFoundingPartner => text["Ha tolto a {0} il titolo di socio fondatore."],
        AuditActions.SaveGlossaryTerm => text["Ha salvato la voce del glossario {0}."],
        AuditActions.DeleteGlossaryTerm => text["Ha eliminato la voce del glossario {0}."],
        AuditActions.CreateLearningPath => text["Ha creato il percorso {0}."],
        AuditActions.SaveLearningPath => text["Ha salvato il percorso {0}."],
        AuditActions.PublishLearningPath => text["Ha pubblicato il percorso {0}."],
        AuditActions.UnpublishLearningPath => text["Ha riportato in bozza il percorso {0}."],
        AuditActions.DeleteLearningPath => text["Ha eliminato il percorso {0}."],
        AuditActions.SaveEdition => text["Ha modificato l'edizione degli aggiornamenti {0}."],
        AuditActions.ScheduleEdition => text["Ha programmato l'invio dell'edizione {0}."],
        AuditActions.UnscheduleEdition => text["Ha annullato l'invio programmato dell'edizione {0}."],
        AuditActions.RemoveComment => text["Ha rimosso un commento su {0}."],
        AuditActions.RestoreComment => text["Ha ripristinato un commento su {0}."],
        AuditActions.ChangeIdeaStatus => text["Ha spostato l'idea {0} da «{1}» a «{2}»."],
        AuditActions.TurnIdeaIntoPractice => text["Ha trasformato l'idea {0} in una pratica."],
        AuditActions.RemoveOpportunity => text["Ha rimosso l'opportunità {0}."],
        AuditActions.RemoveUpload => text["Ha rimosso il file caricato {0}."],
        AuditActions.PublishPractice => text["Ha pubblicato la pratica {0}."],
        AuditActions.RequestPracticeChanges => text["Ha chiesto modifiche alla pratica {0}."],
        AuditActions.RejectPractice => text["Non ha accolto la pratica {0}."],
        AuditActions.PublishRevision => text["Ha pubblicato una nuova versione della pratica {0}."],
        AuditActions.RequestRevisionChanges => text["Ha chiesto modifiche alla nuova versione della pratica {0}."],
        AuditActions.RejectRevision => text["Non ha accolto la nuova versione della pratica {0}."],
        AuditActions.FeaturePractice => text["Ha messo in evidenza la pratica {0}."],
        AuditActions.UnfeaturePractice => text["Ha tolto dall'evidenza la pratica {0}."],
        AuditActions.ArchivePractice => text["Ha archiviato la pratica {0}."],
        AuditActions.RestorePractice => text["Ha ripristinato la pratica {0}."],
        AuditActions.ApproveHeld => text["Ha approvato un contenuto trattenuto dal controllo antispam: {0}."],
        AuditActions.MarkSpam => text["Ha segnato {0} come spam: contenuti nascosti e account sospeso.{1}"],
        AuditActions.ClearSpam => text["Ha indicato che {0} non è spam: contenuti di nuovo visibili e sospensione tolta.{1}"],
        AuditActions.AddSpamMarker => text["Ha aggiunto {0} all'elenco dello spam."],
        AuditActions.RemoveSpamMarker => text["Ha tolto {0} dall'elenco dello spam."],
        AuditActions.SuspendMember => text["Ha sospeso l'account di {0}."],
        AuditActions.ReinstateMember => text["Ha tolto la sospensione a {0}."],
        AuditActions.DismissAppeal => text["Ha archiviato il ricorso di {0}: la sospensione resta."],
        AuditActions.ReadMessageReport => text["Ha letto i messaggi segnalati da {0}."],
        AuditActions.ActOnMessageReport => text["Ha chiuso la segnalazione di messaggi di {0}, dopo aver agito."],
        AuditActions.DismissMessageReport => text["Ha chiuso la segnalazione di messaggi di {0}: nulla da fare."],
        _ => (LocalizedString?)null,
    })?.Value;

    public static IHtmlContent Sentence(IStringLocalizer text, AuditLine line)
    {
        var template = Template(text, line.Action);
        if (template is null)
        {
            // A code from a later version of the Club: say what is known rather than nothing.
            return new HtmlString(WebUtility.HtmlEncode($"{line.Action}: {line.Subject}"));
        }

        string extra1 = "", extra2 = "";
        if (line is { FromStatus: { } from, ToStatus: { } to })
        {
            (extra1, extra2) = (IdeaTexts.Status(text, from), IdeaTexts.Status(text, to));
        }
        else if (line.Action is AuditActions.GrantStaffRole or AuditActions.RevokeStaffRole)
        {
            extra1 = line.Details == StaffRoles.Admin ? text["il ruolo di amministratore"] : text["il ruolo di moderatore"];
        }
        else if (line.Action is AuditActions.MarkSpam or AuditActions.ClearSpam && line.Details is { Length: > 0 } domains)
        {
            extra1 = " " + (line.Action == AuditActions.MarkSpam ? text["Domini segnati: {0}.", domains] : text["Domini tolti dall'elenco: {0}.", domains]);
        }

        // The sentence is encoded around the subject, which goes in as a link when its page exists.
        var parts = string.Format(CultureInfo.CurrentCulture, template, "\u0000", extra1, extra2).Split('\u0000');
        var named = line.Action is AuditActions.GrantStaffRole or AuditActions.RevokeStaffRole or AuditActions.RenameProfessionalRole
            || line.Link is { Kind: Application.Common.Links.TargetKind.Member };
        var subject = line.Subject.Length == 0 ? text["un ex membro"].Value : named ? line.Subject : $"«{line.Subject}»";
        var subjectHtml = line.Link is { } link
            ? $"<a href=\"{WebUtility.HtmlEncode(ClubLinks.PathOf(link))}\">{WebUtility.HtmlEncode(subject)}</a>"
            : WebUtility.HtmlEncode(subject);
        return new HtmlString(string.Join(subjectHtml, parts.Select(WebUtility.HtmlEncode)));
    }
}
