using ClubMediaSociali.Application.Common.Content;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Following;

/// <summary>
/// Which "@handle"s of a text are members of the Club, so that the text is rendered with links to their profiles.
/// Telling them is the work of <see cref="NotifyMentioned"/>, once the text can be read.
/// </summary>
public sealed class MentionedMembers(ClubDbContext db, MarkdownRenderer markdown, IClubLinks links)
{
    /// <summary>More handles than any text needs; the rest stay plain text.</summary>
    private const int MaxLooked = 100;

    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    /// <summary>The members' handles written in the texts, with the addresses of their profiles.</summary>
    public async Task<IReadOnlyDictionary<string, string>> InAsync(IEnumerable<string?> texts, CancellationToken cancellationToken)
    {
        var handles = texts.SelectMany(MarkdownRenderer.FindMentions).Distinct(StringComparer.Ordinal).Take(MaxLooked).ToList();
        if (handles.Count == 0)
        {
            return None;
        }

        var members = await db.Users.AsNoTracking().Where(MemberVisibility.Active).Where(m => handles.Contains(m.Handle))
            .Select(m => m.Handle).ToListAsync(cancellationToken);
        return members.ToDictionary(h => h, h => links.Path(Target.Member(h)), StringComparer.Ordinal);
    }

    /// <summary>The text as safe HTML, its members' handles linked.</summary>
    public async Task<string> RenderAsync(string? text, CancellationToken cancellationToken) =>
        markdown.ToSafeHtml(text, await InAsync([text], cancellationToken));
}
