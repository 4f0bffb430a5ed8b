using System.Globalization;
using System.Text.Encodings.Web;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Network;
using ClubMediaSociali.Application.Features.Home;
using ClubMediaSociali.Web.Features.Ideas;
using ClubMediaSociali.Web.Features.Reputation;
using ClubMediaSociali.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Home;

/// <summary>The bacheca's sentences, in the reader's language, with the people and the item as links.</summary>
public static class FeedTexts
{
    public static string PathOf(FeedItem item)
    {
        var target = item.SubjectKind switch
        {
            ActivitySubject.Practice => Target.Practice(item.SubjectId),
            ActivitySubject.Idea => Target.Idea(item.SubjectId),
            ActivitySubject.Opportunity => Target.Opportunity(item.SubjectId),
            _ => Target.Member((item.Member ?? item.Actor)!.Handle),
        };
        return ClubLinks.PathOf(item.Kind == ActivityKind.CommentPosted && Guid.TryParse(item.Part, out var comment) ? target.AtComment(comment) : target);
    }

    public static IHtmlContent Sentence(IStringLocalizer text, FeedItem item)
    {
        var title = Link(PathOf(item), text["«{0}»", item.Title]);
        var actor = item.Actor is { } who ? Person(who) : "";
        return item.Kind switch
        {
            ActivityKind.PracticePublished => Format(text["{0} ha pubblicato la pratica {1}"], actor, title),
            ActivityKind.IdeaPosted => Format(text["{0} ha proposto l'idea {1}"], actor, title),
            ActivityKind.IdeaDecided => Format(
                text["Decisione sull'idea {0}: {1}"], title,
                Enum.TryParse<IdeaStatus>(item.Part, out var status) ? Encode(IdeaTexts.Status(text, status)) : ""),
            ActivityKind.CommentPosted => item.Others switch
            {
                [] => Format(text["{0} ha commentato {1}"], actor, title),
                [var other] => Format(text["{0} e {1} hanno commentato {2}"], actor, Person(other), title),
                _ => Format(text["{0} e altri {1} hanno commentato {2}"], actor, Encode(item.Others.Count.ToString(CultureInfo.CurrentCulture)), title),
            },
            ActivityKind.OpportunityOpened => item.Company is { } company
                ? Format(text["{0} ha pubblicato l'opportunità {1}"], Link($"/aziende/{Uri.EscapeDataString(company.Slug)}", company.Name), title)
                : Format(text["{0} ha pubblicato l'opportunità {1}"], actor, title),
            ActivityKind.BadgeEarned => Format(
                text["{0} ha ottenuto il riconoscimento {1}"], actor,
                Link($"/riconoscimenti/{Uri.EscapeDataString(item.Part ?? "")}", ReputationTexts.BadgeName(text, item.Part ?? ""))),
            ActivityKind.ContactsConnected => Format(text["{0} e {1} ora sono in contatto"], actor, item.Member is { } member ? Person(member) : ""),
            _ => HtmlString.Empty,
        };
    }

    public static string Reason(IStringLocalizer text, FeedReason reason) => reason.Kind switch
    {
        FeedReasonKind.FollowedIdea => text["perché segui l'idea"],
        FeedReasonKind.Contact => text["dal tuo contatto {0}", reason.Name ?? ""],
        FeedReasonKind.FollowedMember => text["perché segui {0}", reason.Name ?? ""],
        FeedReasonKind.FollowedCompany => text["perché segui {0}", reason.Name ?? ""],
        FeedReasonKind.FollowedTag => text["perché segui #{0}", reason.Name ?? ""],
        _ => text["per il ruolo {0}", reason.Name ?? ""],
    };

    private static string Person(FeedPerson person) => Link($"/membri/{Uri.EscapeDataString(person.Handle)}", person.DisplayName);

    private static string Link(string href, string label) => $"<a href=\"{Encode(href)}\">{Encode(label)}</a>";

    private static string Encode(string value) => HtmlEncoder.Default.Encode(value);

    /// <summary>The localized sentence, encoded, with its placeholders filled by HTML made here from encoded parts.</summary>
    private static HtmlString Format(LocalizedString template, params object[] parts) =>
        new(string.Format(CultureInfo.CurrentCulture, Encode(template.Value), parts));
}
