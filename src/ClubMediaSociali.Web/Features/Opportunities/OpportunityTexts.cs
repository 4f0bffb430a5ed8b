using System.Globalization;
using ClubMediaSociali.Application.Domain.Opportunities;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Opportunities;

/// <summary>Names of opportunity kinds and response states in the reader's language, and the kinds' address words.</summary>
public static class OpportunityTexts
{
    public static string Kind(IStringLocalizer text, OpportunityKind kind) => kind switch
    {
        OpportunityKind.Collaboration => text["Collaborazione"],
        OpportunityKind.Project => text["Progetto"],
        OpportunityKind.Job => text["Lavoro o selezione"],
        OpportunityKind.Partnership => text["Partnership"],
        OpportunityKind.ConsultingRequest => text["Richiesta di consulenza"],
        _ => text["Evento"],
    };

    public static string Response(IStringLocalizer text, ResponseStatus status) => status switch
    {
        ResponseStatus.Sent => text["Inviata"],
        ResponseStatus.UnderReview => text["In valutazione"],
        ResponseStatus.Selected => text["Selezionata"],
        ResponseStatus.NotSelected => text["Non selezionata"],
        _ => text["Ritirata"],
    };

    public static string? Budget(IStringLocalizer text, int? min, int? max)
    {
        var culture = CultureInfo.CurrentCulture;
        return (min, max) switch
        {
            ({ } a, { } b) when a == b => text["{0} euro", a.ToString("N0", culture)].Value,
            ({ } a, { } b) => text["da {0} a {1} euro", a.ToString("N0", culture), b.ToString("N0", culture)].Value,
            ({ } a, null) => text["da {0} euro", a.ToString("N0", culture)].Value,
            (null, { } b) => text["fino a {0} euro", b.ToString("N0", culture)].Value,
            _ => null,
        };
    }

    public static readonly IReadOnlyDictionary<OpportunityKind, string> KindSlugs = new Dictionary<OpportunityKind, string>
    {
        [OpportunityKind.Collaboration] = "collaborazione",
        [OpportunityKind.Project] = "progetto",
        [OpportunityKind.Job] = "lavoro",
        [OpportunityKind.Partnership] = "partnership",
        [OpportunityKind.ConsultingRequest] = "consulenza",
        [OpportunityKind.Event] = "evento",
    };

    public static OpportunityKind? ParseKind(string? slug) => KindSlugs.FirstOrDefault(k => k.Value == slug) is { Value: not null } hit ? hit.Key : null;
}
