using System.Globalization;
using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Features.Editions;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Editions;

/// <summary>Where an edition stands, said for moderators.</summary>
public static class EditionTexts
{
    public static string State(IStringLocalizer text, EditionSummary e) => e.Status switch
    {
        Application.Domain.Newsletter.EditionStatus.Draft => text["Bozza"],
        Application.Domain.Newsletter.EditionStatus.Scheduled => text["Programmata per il {0}", When(e.ScheduledFor)],
        Application.Domain.Newsletter.EditionStatus.Sending => text["In invio: {0} email su {1}", e.Sent, e.Recipients],
        _ => text["Inviata il {0} a {1} iscritti", When(e.SentAt), e.Sent],
    };

    public static string State(IStringLocalizer text, EditionView view) => State(text, new EditionSummary(
        view.Edition.Id, view.Edition.Number, view.Edition.WeekOf, view.Edition.TitleIt, view.Edition.Status,
        view.Edition.ScheduledFor, view.Edition.SentAt, view.Edition.Recipients, view.Sent));

    public static string When(DateTimeOffset? instant) =>
        instant is { } at ? ItalianCalendar.ToItalianTime(at).ToString("d MMMM yyyy, HH:mm", CultureInfo.CurrentCulture) : "";
}
