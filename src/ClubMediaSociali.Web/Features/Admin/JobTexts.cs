using ClubMediaSociali.Web.Infrastructure.Jobs;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Admin;

/// <summary>What each recurring job of <see cref="ClubJobs.Schedule"/> does and when, told to admins.</summary>
public static class JobTexts
{
    public static string? Describe(IStringLocalizer text, string jobId) => (jobId switch
    {
        ClubJobs.OpportunityExpiry => text["Ogni 15 minuti chiude le opportunità la cui scadenza è passata."],
        ClubJobs.NotificationEmails => text["Ogni 5 minuti manda per email le notifiche nuove ai membri che le vogliono per posta, un messaggio per membro."],
        ClubJobs.Digests => text["Ogni ora manda il riepilogo giornaliero o settimanale ai membri a cui tocca, solo se c'è qualcosa da raccontare."],
        ClubJobs.HeldEvents => text["Ogni 15 minuti guarda gli eventi finiti: se si sono tenuti con almeno {0} partecipanti, dà i punti di reputazione a chi li ha organizzati e ai relatori.", Application.Domain.Reputation.ReputationReasons.EventAttendees],
        ClubJobs.EventReminders => text["Ogni minuto manda il promemoria a chi è iscritto a un evento: 24 ore prima e un'ora prima, una volta ciascuno."],
        ClubJobs.MessageMails => text["Ogni minuto manda per email i messaggi rimasti da leggere da 15 minuti, una volta sola, un'email per conversazione."],
        ClubJobs.AllowancePurge => text["Ogni ora cancella i conteggi scaduti dei limiti (tentativi di accesso, email richieste, contributi)."],
        ClubJobs.UnusedUploadsPurge => text["Ogni notte cancella le immagini e gli allegati caricati da più di due giorni e mai usati in un testo salvato."],
        ClubJobs.SpamTracesPurge => text["Ogni ora cancella le impronte dei testi più vecchie di un giorno e gli indirizzi di iscrizione più vecchi di due giorni, usati contro lo spam."],
        ClubJobs.NewsletterDraft => text["Il lunedì alle 7 prepara la bozza dell'edizione settimanale degli aggiornamenti, per i moderatori."],
        ClubJobs.NewsletterSend => text["Ogni minuto avvia le edizioni programmate e invia agli iscritti un numero limitato di email, una sola a ciascuno."],
        _ => (LocalizedString?)null,
    })?.Value;
}
