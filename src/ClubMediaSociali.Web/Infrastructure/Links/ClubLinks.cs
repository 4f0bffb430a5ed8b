using ClubMediaSociali.Application.Common.Links;

namespace ClubMediaSociali.Web.Infrastructure.Links;

/// <summary>
/// The one place that turns a <see cref="Target"/> into the address of its page (ADR-007): requests,
/// notifications and mail name what they lead to; only the web layer knows where it lives.
/// </summary>
public static class ClubLinks
{
    public static string PathOf(Target target)
    {
        var key = Uri.EscapeDataString(target.Key);
        var path = target.Kind switch
        {
            TargetKind.Practice => $"/repertorio/{key}",
            TargetKind.PracticeEdit => $"/repertorio/{key}/modifica",
            TargetKind.PracticeRevision => $"/repertorio/{key}/versioni/{Uri.EscapeDataString(target.Part ?? "")}",
            TargetKind.Idea => $"/idee/{key}",
            TargetKind.IdeaDecision => $"/idee/decisioni/{key}",
            TargetKind.Opportunity => $"/opportunita/{key}",
            TargetKind.OpportunityResponses => $"/opportunita/{key}/risposte",
            TargetKind.Member => $"/membri/{key}",
            TargetKind.Company => $"/aziende/{key}",
            TargetKind.Badge => $"/riconoscimenti/{key}",
            TargetKind.Contacts => "/rete",
            TargetKind.NewsletterConfirm => $"/aggiornamenti/conferma?t={key}",
            TargetKind.NewsletterUnsubscribe => $"/aggiornamenti/disiscriviti?t={key}",
            TargetKind.LearningPath => $"/primi-passi/{key}",
            TargetKind.GlossaryTerm => $"/glossario#{key}",
            TargetKind.ProfessionalRoles => "/admin/ruoli",
            TargetKind.NewsletterEdition => $"/aggiornamenti/edizioni/{key}",
            TargetKind.Home => "/",
            TargetKind.Event => $"/eventi/{key}",
            _ => throw new ArgumentOutOfRangeException(nameof(target), target.Kind, "A target kind without an address."),
        };
        return HoldsComments(target.Kind) && target.Part is { } comment ? $"{path}#{CommentAnchor(comment)}" : path;
    }

    /// <summary>The id of a comment's element on its page, which links to it jump to.</summary>
    public static string CommentAnchor(object commentId) => $"commento-{commentId}";

    private static bool HoldsComments(TargetKind kind) => kind is TargetKind.Practice or TargetKind.Idea or TargetKind.IdeaDecision;
}
