using ClubMediaSociali.Application.Common.Content;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Application.Domain.Reputation;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Reputation;

/// <summary>
/// Links from members the Club does not know yet, the usual shape of spam. A newcomer's comment with links
/// waits for a moderator; their other public texts (ideas, profile, company page) may carry a couple of
/// links and are refused, with a clear message, beyond that.
/// </summary>
public sealed class NewcomerLinks(ClubDbContext db, MarkdownRenderer markdown, TimeProvider clock)
{
    /// <summary>Links a newcomer may put in one text: enough to cite a source, too few to advertise.</summary>
    public const int MaxLinks = 2;

    /// <summary>
    /// Links out of the Club in rendered (sanitized) HTML: bare addresses become links too, so the HTML is what counts.
    /// Links within the Club (a mentioned member's profile) lead nowhere a spammer wants.
    /// </summary>
    public static int CountIn(string html)
    {
        var count = 0;
        for (var at = html.IndexOf("<a ", StringComparison.OrdinalIgnoreCase); at >= 0; at = html.IndexOf("<a ", at + 3, StringComparison.OrdinalIgnoreCase))
        {
            if (string.CompareOrdinal(html, at, "<a href=\"/", 0, 10) != 0)
            {
                count++;
            }
        }

        return count;
    }

    public int CountInMarkdown(string? text) => string.IsNullOrWhiteSpace(text) ? 0 : CountIn(markdown.ToSafeHtml(text));

    /// <summary>
    /// Whether the member's links appear at once: from trust level "membro" up, or once they have something
    /// published in the repertoire.
    /// </summary>
    public async Task<bool> MayPostLinksAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var member = await db.Users.Where(m => m.Id == memberId).Select(m => new { m.Reputation, m.JoinedAt }).SingleOrDefaultAsync(cancellationToken);
        return member is not null
            && (TrustLevels.For(member.Reputation, member.JoinedAt, clock.GetUtcNow()) >= TrustLevel.Member
                || await db.Practices.AnyAsync(p => p.AuthorId == memberId && (p.Status == PracticeStatus.Published || p.Status == PracticeStatus.Archived), cancellationToken));
    }

    /// <summary>A text within what the member may link: few links, or a member the Club trusts with more.</summary>
    public async Task<bool> AllowsAsync(Guid memberId, string? text, CancellationToken cancellationToken) =>
        CountInMarkdown(text) <= MaxLinks || await MayPostLinksAsync(memberId, cancellationToken);
}
