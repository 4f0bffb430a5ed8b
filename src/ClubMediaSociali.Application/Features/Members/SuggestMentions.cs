using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Connections;
using ClubMediaSociali.Application.Domain.Network;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Members;

/// <summary>
/// The members an "@" being typed may mean, for the editors' autocomplete: handles that start with the text or names
/// that contain it (without accents), my contacts and the people I follow first. Never me, nor anyone a block stands between.
/// </summary>
public sealed record SuggestMentions(string Text) : IQuery<IReadOnlyList<MentionSuggestion>>
{
    public const int Limit = 8;

    /// <summary>Fewer letters match half the Club.</summary>
    public const int MinLength = 2;

    public const int MaxLength = 60;
}

public sealed record MentionSuggestion(Guid Id, string Handle, string DisplayName, string? Headline, string? PhotoHash);

public sealed class SuggestMentionsHandler(ClubDbContext db, ICurrentMember currentMember) : IQueryHandler<SuggestMentions, IReadOnlyList<MentionSuggestion>>
{
    public async ValueTask<IReadOnlyList<MentionSuggestion>> Handle(SuggestMentions query, CancellationToken cancellationToken)
    {
        var text = query.Text.Trim().TrimStart('@');
        if (text.Length < SuggestMentions.MinLength || text.Length > SuggestMentions.MaxLength)
        {
            return [];
        }

        var me = currentMember.RequiredId;
        var handle = text.ToLowerInvariant().Replace("\\", "", StringComparison.Ordinal).Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        var pattern = Search.TextSearch.ContainsPattern(text);
        return await db.Users.AsNoTracking().Where(MemberVisibility.Listed)
            .Where(m => m.Id != me)
            .Where(m => m.Handle.StartsWith(handle) || EF.Functions.ILike(ClubDbContext.Unaccent(m.DisplayName), pattern, "\\"))
            .Where(Following.Blocks.NoneWith(db, me))
            .OrderByDescending(m => db.MemberFollows.Any(f => f.FollowerId == me && f.MemberId == m.Id)
                || db.Connections.Any(c => c.Status == ConnectionStatus.Accepted
                    && ((c.LowId == me && c.HighId == m.Id) || (c.HighId == me && c.LowId == m.Id))))
            .ThenByDescending(m => m.Reputation)
            .ThenBy(m => m.Handle)
            .Take(SuggestMentions.Limit)
            .Select(m => new MentionSuggestion(m.Id, m.Handle, m.DisplayName, m.Headline, m.PhotoHash))
            .ToListAsync(cancellationToken);
    }
}
