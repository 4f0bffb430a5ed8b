using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Features.Search;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Connections;

/// <summary>
/// People the member may want to meet: those who bring what the member seeks and those who seek what the
/// member brings, favouring people whose work is in another role group (the Club exists to bridge
/// marketing, branding and PR people with social-media people). Each comes with its reasons.
/// </summary>
public sealed record SuggestContacts(Language Language) : IQuery<Suggestions>
{
    public const int Limit = 12;

    /// <summary>Candidates read before ranking; the ranking itself needs the tags in common.</summary>
    public const int Candidates = 300;
}

public sealed record Suggestion(Person Person, IReadOnlyList<string> BringsWhatYouSeek, IReadOnlyList<string> SeeksWhatYouBring, bool OtherRoleGroup);

/// <param name="ProfileHasNoTags">The member has said neither what they bring nor what they seek, so nothing can be matched.</param>
public sealed record Suggestions(IReadOnlyList<Suggestion> People, bool ProfileHasNoTags);

public sealed class SuggestContactsHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<SuggestContacts, Suggestions>
{
    public async ValueTask<Suggestions> Handle(SuggestContacts query, CancellationToken cancellationToken)
    {
        var me = currentMember.RequiredId;
        var mine = await db.Users.AsNoTracking().Where(m => m.Id == me)
            .Select(m => new { m.OffersTags, m.SeeksTags, m.PrimaryRole!.GroupId })
            .SingleAsync(cancellationToken);
        if (mine.OffersTags.Length == 0 && mine.SeeksTags.Length == 0)
        {
            return new Suggestions([], true);
        }

        var (offers, seeks) = (mine.OffersTags, mine.SeeksTags);
        // Tags match in any Italian form, in SQL with the stemmer and here with the same forms (ItalianQuery).
        var bringing = TextSearch.MembersBringing(db, ItalianQuery.AnyOf(seeks));
        var seeking = TextSearch.MembersSeeking(db, ItalianQuery.AnyOf(offers));
        var candidates = await db.Users.AsNoTracking()
            .Where(MemberVisibility.Listed).Where(m => m.Id != me)
            .Where(m => bringing.Contains(m.Id) || seeking.Contains(m.Id))
            .Where(m => !db.Connections.Any(c => (c.LowId == me && c.HighId == m.Id) || (c.HighId == me && c.LowId == m.Id)))
            .OrderByDescending(m => m.PrimaryRole!.GroupId != mine.GroupId).ThenByDescending(m => m.JoinedAt)
            .Take(SuggestContacts.Candidates)
            .Select(m => new { m.Id, m.OffersTags, m.SeeksTags, OtherGroup = m.PrimaryRole!.GroupId != mine.GroupId })
            .ToListAsync(cancellationToken);

        var ranked = candidates
            .Select(c => new
            {
                c.Id,
                Brings = c.OffersTags.Where(t => seeks.Any(s => ItalianQuery.SameTag(s, t))).ToList(),
                Seeks = c.SeeksTags.Where(t => offers.Any(o => ItalianQuery.SameTag(o, t))).ToList(),
                c.OtherGroup,
            })
            .Select(c => new { c.Id, c.Brings, c.Seeks, c.OtherGroup, Score = (2 * c.Brings.Count) + c.Seeks.Count + (c.OtherGroup ? 2 : 0) })
            .OrderByDescending(c => c.Score)
            .Take(SuggestContacts.Limit)
            .ToList();
        var ids = ranked.Select(r => r.Id).ToList();
        var people = await People.ByIdAsync(db, ids, query.Language, cancellationToken);
        return new Suggestions(ranked.Select(r => new Suggestion(people[r.Id], r.Brings, r.Seeks, r.OtherGroup)).ToList(), false);
    }
}
