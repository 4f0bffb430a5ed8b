using ClubMediaSociali.Application.Features.Conversations;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Conversations;

/// <summary>How a conversation is named in lists and headings: its group name, or its people.</summary>
public static class ConversationTexts
{
    public static string Name(IStringLocalizer text, string? title, IReadOnlyList<Participant> others) =>
        title ?? (others.Count == 0 ? text["Solo tu"] : string.Join(", ", others.Select(o => PersonName(text, o))));

    /// <summary>A deleted account shows as "Ex membro".</summary>
    public static string PersonName(IStringLocalizer text, Participant person) => person.Former ? text["Ex membro"] : person.DisplayName;
}
