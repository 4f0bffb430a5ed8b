using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Features.Ideas;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Ideas;

/// <summary>The names of the ideas' states and orders in the reader's language, and their address words.</summary>
public static class IdeaTexts
{
    public static string Status(IStringLocalizer text, IdeaStatus status) => status switch
    {
        IdeaStatus.New => text["Nuova"],
        IdeaStatus.UnderDiscussion => text["In discussione"],
        IdeaStatus.Selected => text["Selezionata"],
        IdeaStatus.InProgress => text["In realizzazione"],
        IdeaStatus.Realised => text["Realizzata"],
        IdeaStatus.Declined => text["Non accolta"],
        _ => text["Duplicata"],
    };

    /// <summary>"1 commento" or "5 commenti": Italian and English both need only one and many.</summary>
    public static string Comments(IStringLocalizer text, int count) =>
        count == 1 ? text["1 commento"] : text["{0} commenti", count];

    public static string Followers(IStringLocalizer text, int count) =>
        count == 1 ? text["1 persona segue l'idea"] : text["{0} persone seguono l'idea", count];

    public static string Sort(IStringLocalizer text, IdeaSort sort) => sort switch
    {
        IdeaSort.Hot => text["Di tendenza"],
        IdeaSort.Best => text["Le migliori"],
        IdeaSort.New => text["Nuove"],
        IdeaSort.Discussed => text["Più discusse"],
        IdeaSort.BestOfWeek => text["Migliori della settimana"],
        _ => text["Migliori del mese"],
    };

    /// <summary>The word each order has in the address: /idee?ordine=migliori.</summary>
    public static readonly IReadOnlyDictionary<IdeaSort, string> SortSlugs = new Dictionary<IdeaSort, string>
    {
        [IdeaSort.Hot] = "tendenza",
        [IdeaSort.Best] = "migliori",
        [IdeaSort.New] = "nuove",
        [IdeaSort.Discussed] = "discusse",
        [IdeaSort.BestOfWeek] = "settimana",
        [IdeaSort.BestOfMonth] = "mese",
    };

    public static IdeaSort ParseSort(string? slug) =>
        SortSlugs.FirstOrDefault(s => s.Value == slug) is { Value: not null } found ? found.Key : IdeaSort.Hot;

    /// <summary>The word each listed status has in the address: /idee?stato=selezionata.</summary>
    public static readonly IReadOnlyDictionary<IdeaStatus, string> StatusSlugs = new Dictionary<IdeaStatus, string>
    {
        [IdeaStatus.New] = "nuova",
        [IdeaStatus.UnderDiscussion] = "in-discussione",
        [IdeaStatus.Selected] = "selezionata",
        [IdeaStatus.InProgress] = "in-realizzazione",
        [IdeaStatus.Realised] = "realizzata",
        [IdeaStatus.Declined] = "non-accolta",
    };

    public static IdeaStatus? ParseStatus(string? slug) =>
        StatusSlugs.Where(s => s.Value == slug).Select(s => (IdeaStatus?)s.Key).FirstOrDefault();
}
