using ClubMediaSociali.Application.Domain.Reputation;
using ClubMediaSociali.Application.Features.Reputation;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Reputation;

/// <summary>Badges, trust levels, reputation reasons and value kinds in the reader's language.</summary>
public static class ReputationTexts
{
    public static string BadgeName(IStringLocalizer text, string key) => key switch
    {
        "biglietto-da-visita" => text["Biglietto da visita"],
        "prima-pratica" => text["Prima pratica"],
        "in-vetrina" => text["In vetrina"],
        "mentore" => text["Mentore"],
        "proponente" => text["Proponente"],
        "idea-scelta" => text["Idea scelta"],
        "idea-realizzata" => text["Idea realizzata"],
        "ponte-tra-mondi" => text["Ponte tra mondi"],
        "rete-ampia" => text["Rete ampia"],
        "voce-del-club" => text["Voce del Club"],
        "scelto-da-un-azienda" => text["Scelto da un'azienda"],
        "primo-percorso" => text["Primo percorso"],
        "leader" => text["Leader"],
        _ => key,
    };

    public static string BadgeDescription(IStringLocalizer text, string key) => key switch
    {
        "biglietto-da-visita" => text["Ha un profilo completo: chi è, cosa porta e cosa cerca nel Club."],
        "prima-pratica" => text["Ha pubblicato la sua prima pratica nel repertorio."],
        "in-vetrina" => text["Una sua pratica è stata messa in evidenza dai moderatori."],
        "mentore" => text["Le sue pratiche sono state segnate utili {0} volte.", Badges.MentorUsefulMarks],
        "proponente" => text["Ha proposto {0} idee al Club.", Badges.ProposerIdeas],
        "idea-scelta" => text["Una sua idea è stata scelta dal Club."],
        "idea-realizzata" => text["Una sua idea è diventata realtà."],
        "ponte-tra-mondi" => text["Ha contatti in {0} aree professionali diverse.", Badges.BridgeRoleGroups],
        "rete-ampia" => text["Ha {0} contatti nel Club.", Badges.WideNetworkContacts],
        "voce-del-club" => text["Ha scritto {0} commenti nelle discussioni.", Badges.VoiceComments],
        "scelto-da-un-azienda" => text["Un'azienda ha scelto la sua risposta a un'opportunità."],
        "primo-percorso" => text["Ha completato un percorso di Primi passi, dal primo all'ultimo passo."],
        "leader" => text["Ha raggiunto il livello di fiducia più alto."],
        _ => key,
    };

    public static string Trust(IStringLocalizer text, TrustLevel level) => level switch
    {
        TrustLevel.Member => text["Membro"],
        TrustLevel.Expert => text["Esperto"],
        TrustLevel.Leader => text["Leader"],
        _ => text["Nuovo"],
    };

    public static string TrustPrivilege(IStringLocalizer text, TrustLevel level) => level switch
    {
        TrustLevel.Member => text["I commenti con collegamenti compaiono subito."],
        TrustLevel.Expert => text["Le sue segnalazioni contano il doppio."],
        TrustLevel.Leader => text["Una sua segnalazione nasconde subito un commento, finché un moderatore non lo esamina."],
        _ => text["Può pubblicare tutto; i commenti con collegamenti aspettano un moderatore."],
    };

    public static string Reason(IStringLocalizer text, string reason) => reason switch
    {
        "practice.published" => text["Pratica pubblicata"],
        "practice.featured" => text["Pratica messa in evidenza"],
        "practice.useful" => text["Pratica segnata utile da un membro"],
        "idea.voted_for" => text["Voto a favore di una tua idea"],
        "idea.voted_against" => text["Voto contrario a una tua idea"],
        "idea.selected" => text["Idea scelta dal Club"],
        "idea.realised" => text["Idea realizzata"],
        "opportunity.response_selected" => text["Risposta scelta da un'azienda"],
        "connection.accepted" => text["Nuovo contatto"],
        "path.completed" => text["Percorso di Primi passi completato"],
        "event.held" => text["Evento organizzato che si è tenuto, con almeno {0} partecipanti", ReputationReasons.EventAttendees],
        "event.spoke" => text["Intervento come relatore a un evento che si è tenuto, con almeno {0} partecipanti", ReputationReasons.EventAttendees],
        _ => reason,
    };

    public static string ValueKind(IStringLocalizer text, string kind) => kind switch
    {
        "practices" => text["Pratiche pubblicate"],
        "ideas" => text["Idee proposte al Club"],
        "comments" => text["Commenti"],
        "responses" => text["Risposte alle opportunità"],
        "useful_given" => text["Segni «utile» dati"],
        "votes_given" => text["Voti dati alle idee"],
        "useful_received" => text["Segni «utile» ricevuti"],
        "votes_received" => text["Voti a favore ricevuti"],
        "contacts" => text["Nuovi contatti"],
        "responses_received" => text["Risposte alle tue opportunità"],
        "selections" => text["Risposte scelte dalle aziende"],
        _ => kind,
    };

    public static string Period(IStringLocalizer text, LeaderboardPeriod period) => period switch
    {
        LeaderboardPeriod.Week => text["Ultima settimana"],
        LeaderboardPeriod.Month => text["Ultimo mese"],
        _ => text["Da sempre"],
    };

    public static string PeriodSlug(LeaderboardPeriod period) => period switch
    {
        LeaderboardPeriod.Week => "settimana",
        LeaderboardPeriod.Month => "mese",
        _ => "sempre",
    };

    public static LeaderboardPeriod ParsePeriod(string? slug) => slug switch
    {
        "settimana" => LeaderboardPeriod.Week,
        "sempre" => LeaderboardPeriod.AllTime,
        _ => LeaderboardPeriod.Month,
    };
}
