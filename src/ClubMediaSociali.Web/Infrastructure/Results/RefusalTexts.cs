using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Domain.Conversations;
using ClubMediaSociali.Application.Features.Admin;
using ClubMediaSociali.Application.Features.Comments;
using ClubMediaSociali.Application.Features.Companies;
using ClubMediaSociali.Application.Features.Conversations;
using ClubMediaSociali.Application.Features.Events;
using ClubMediaSociali.Application.Features.Ideas;
using ClubMediaSociali.Application.Features.Moderation;
using ClubMediaSociali.Application.Features.Opportunities;
using ClubMediaSociali.Application.Features.Repertoire;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Infrastructure.Results;

/// <summary>
/// What a refusal says to the member, by its code, in their language: the one place where a use case's
/// "no" becomes a sentence. Codes without a sentence of their own get their kind's general one.
/// </summary>
public sealed class RefusalTexts(IStringLocalizer<SharedResource> text)
{
    public string For(Error error) => (error.Code switch
    {
        var c when c == ConversationErrors.UnknownMember.Code => text["Nessun membro con questo indirizzo: controlla di averlo scritto come nel suo profilo."],
        var c when c == ConversationErrors.Self.Code => text["Scegli a chi scrivere: non puoi scrivere solo a te stesso."],
        var c when c == ConversationErrors.NoRecipient.Code => text["Scegli a chi scrivere."],
        var c when c == ConversationErrors.TooManyPeople.Code => text["Un gruppo ha al massimo {0} persone, tu compreso.", Conversation.MaxParticipants],
        var c when c == ConversationErrors.MayNotWrite.Code => text["Non è possibile scrivere a questo membro: accetta messaggi solo da chi sceglie."],
        var c when c == ConversationErrors.TooManyToday.Code => text["Oggi hai già iniziato {0} conversazioni: ne potrai iniziare altre domani. Intanto puoi rispondere in quelle aperte.", StartConversation.NewcomerPerDay],
        var c when c == ConversationErrors.Left.Code => text["Sei uscito da questo gruppo: non puoi più scriverci."],
        var c when c == EventErrors.CheckInClosed.Code => text["Gli arrivi si segnano dal giorno prima dell'evento fino a una settimana dopo."],
        var c when c == IdeaErrors.Locked.Code =>
            text["Questa idea non si può più modificare: ha già ricevuto voti o commenti, e chi ha votato deve ritrovare il testo che ha votato. Se serve una correzione, scrivila in un commento o chiedila a un moderatore."],
        var c when c == IdeaGovernanceErrors.SameStatus.Code => text["L'idea è già in questo stato: scegline un altro."],
        var c when c == IdeaGovernanceErrors.BadOriginal.Code => text["Indica un'altra idea, non duplicata: copia l'indirizzo della sua pagina."],
        var c when c == StaffErrors.LastAdmin.Code => text["Il Club deve avere almeno un amministratore."],
        var c when c == StaffErrors.MemberNotFound.Code => text["Nessun membro con questo indirizzo."],
        var c when c == IdeaErrors.Closed.Code => text["Questa idea è chiusa: non si vota e non si trasforma più."],
        var c when c == IdeaErrors.OwnIdea.Code => text["Non puoi votare la tua idea: il voto è degli altri membri."],
        var c when c == IdeaErrors.DailyLimit.Code => text["Hai raggiunto il limite di {0} voti in 24 ore: riprova domani.", VoteOnIdea.DailyLimit],
        var c when c == CommentErrors.AlreadyFlagged.Code => text["Hai già segnalato questo commento: i moderatori lo stanno guardando."],
        var c when c == CommentErrors.OwnComment.Code => text["Non puoi segnalare un tuo commento: se vuoi, modificalo o eliminalo."],
        var c when c == CommentErrors.NotPending.Code => text["Questo commento è già stato deciso da un altro moderatore."],
        var c when c == CommentErrors.TooLate.Code => text["Il tempo per modificare questo commento è passato."],
        var c when c == ModerationErrors.Staff.Code => text["Un membro dello staff non si segna come spam né si sospende: prima un amministratore gli toglie il ruolo."],
        var c when c == ModerationErrors.AlreadyDecided.Code => text["Un altro moderatore ha già deciso."],
        var c when c == ModerationErrors.AlreadySuspended.Code => text["Questo account è già sospeso."],
        var c when c == ModerationErrors.NotSuspended.Code => text["Questo account non è sospeso."],
        var c when c == ModerationErrors.MarkerExists.Code => text["È già nell'elenco."],
        var c when c == AppealSuspensionHandler.AlreadySent.Code => text["Hai già chiesto una revisione: i moderatori la stanno leggendo."],
        var c when c == CompanyErrors.AlreadyTied.Code => text["Sei già legato a questa organizzazione, o la tua richiesta è in attesa."],
        var c when c == OpportunityErrors.AlreadyResponded.Code => text["Hai già risposto a questa opportunità: trovi la tua risposta nella sua pagina."],
        var c when c == OpportunityErrors.NotOpen.Code => text["Questa opportunità non è aperta: non riceve risposte."],
        var c when c == OpportunityErrors.OwnCompany.Code => text["Non puoi rispondere a un'opportunità della tua organizzazione."],
        var c when c == PracticeErrors.NotEditable.Code => text["Questa pratica non si può modificare ora: è in revisione dai moderatori o è già stata decisa."],
        var c when c == PracticeErrors.OwnPractice.Code => text["Non puoi segnare come utile una tua pratica."],
        var c when c == PracticeErrors.NotSubmitted.Code || c == PracticeErrors.ChangedMeanwhile.Code =>
            text["Qualcuno ha cambiato questa pratica mentre la guardavi: la tua decisione non è stata registrata."],
        _ => error.Kind switch
        {
            ErrorKind.TooMany => text["Hai raggiunto un limite del Club: riprova più tardi."],
            ErrorKind.Conflict => text["Non si può fare ora: la situazione è cambiata. Ricarica la pagina e controlla."],
            _ => text["Qualcosa non ha funzionato: riprova."],
        },
    }).Value;
}
