using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Connections;
using ClubMediaSociali.Application.Domain.Members;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Connections;

/// <summary>A member as the network pages show them.</summary>
public sealed record Person(Guid Id, string Handle, string DisplayName, string? Headline, string PrimaryRole, string RoleGroup);

/// <summary>How two members stand to each other, seen from the viewer.</summary>
public enum ConnectionState
{
    None,
    RequestSent,
    RequestReceived,
    Connected,

    /// <summary>The other member declined the viewer's request less than a month ago.</summary>
    Declined,
}

internal static class People
{
    public static IQueryable<Person> Project(IQueryable<Member> members, string culture) =>
        culture == "en"
            ? members.Select(m => new Person(m.Id, m.Handle, m.DisplayName, m.Headline, m.PrimaryRole!.NameEn, m.PrimaryRole!.Group!.NameEn))
            : members.Select(m => new Person(m.Id, m.Handle, m.DisplayName, m.Headline, m.PrimaryRole!.NameIt, m.PrimaryRole!.Group!.NameIt));

    /// <summary>The given members as people, by id.</summary>
    public static Task<Dictionary<Guid, Person>> ByIdAsync(ClubDbContext db, IReadOnlyCollection<Guid> ids, string culture, CancellationToken cancellationToken) =>
        Project(db.Users.AsNoTracking().Where(m => ids.Contains(m.Id)), culture).ToDictionaryAsync(p => p.Id, cancellationToken);

    /// <summary>The ids of a member's contacts.</summary>
    public static IQueryable<Guid> ContactIds(ClubDbContext db, Guid memberId) =>
        db.Connections
            .Where(c => c.Status == ConnectionStatus.Accepted && (c.LowId == memberId || c.HighId == memberId))
            .Select(c => c.LowId == memberId ? c.HighId : c.LowId);

    public static async Task<ConnectionState> StateAsync(ClubDbContext db, Guid viewerId, Guid otherId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (low, high) = Connection.Pair(viewerId, otherId);
        var connection = await db.Connections.AsNoTracking().SingleOrDefaultAsync(c => c.LowId == low && c.HighId == high, cancellationToken);
        return connection switch
        {
            null => ConnectionState.None,
            { Status: ConnectionStatus.Accepted } => ConnectionState.Connected,
            { Status: ConnectionStatus.Pending } c => c.RequesterId == viewerId ? ConnectionState.RequestSent : ConnectionState.RequestReceived,
            var c => c.MayAskAgain(viewerId, now) ? ConnectionState.None : ConnectionState.Declined,
        };
    }
}

/// <summary>The signed-in member's own network page: requests waiting for them, requests they sent, how many contacts.</summary>
public sealed record GetMyNetwork(Guid MemberId, string Culture) : IQuery<MyNetwork>;

public sealed record NetworkRequest(Person Person, string? Message, DateTimeOffset At);

public sealed record MyNetwork(IReadOnlyList<NetworkRequest> Received, IReadOnlyList<NetworkRequest> Sent, int ContactCount);

public sealed class GetMyNetworkHandler(ClubDbContext db) : IQueryHandler<GetMyNetwork, MyNetwork>
{
    public async ValueTask<MyNetwork> Handle(GetMyNetwork query, CancellationToken cancellationToken)
    {
        var me = query.MemberId;
        var pending = await db.Connections.AsNoTracking()
            .Where(c => c.Status == ConnectionStatus.Pending && (c.LowId == me || c.HighId == me))
            .OrderByDescending(c => c.RequestedAt)
            .Take(200)
            .Select(c => new { Other = c.LowId == me ? c.HighId : c.LowId, Received = c.RequesterId != me, c.Message, c.RequestedAt })
            .ToListAsync(cancellationToken);
        var ids = pending.Select(p => p.Other).ToList();
        var people = await People.Project(db.Users.AsNoTracking().Where(m => ids.Contains(m.Id) && m.DeletedAt == null), query.Culture)
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var requests = pending
            .Where(p => people.ContainsKey(p.Other))
            .Select(p => (p.Received, Request: new NetworkRequest(people[p.Other], p.Message, p.RequestedAt)))
            .ToList();
        var count = await People.ContactIds(db, me).CountAsync(cancellationToken);
        return new MyNetwork(
            requests.Where(r => r.Received).Select(r => r.Request).ToList(),
            requests.Where(r => !r.Received).Select(r => r.Request).ToList(),
            count);
    }
}

/// <summary>
/// A member's contacts, by name, a page at a time, if the member's setting lets the viewer see them:
/// everyone, members, contacts only, or no one but the member.
/// </summary>
public sealed record ListContacts(string Handle, Guid? ViewerId, string Culture, string? After = null) : IQuery<Result<ContactsPage>>
{
    public const int PageSize = 48;
}

public sealed record ContactsPage(Person Owner, ContactsVisibility Visibility, int Count, IReadOnlyList<Person> Contacts, string? Next);

public static class ContactsErrors
{
    /// <summary>The member keeps their contacts from this viewer.</summary>
    public static readonly Error Hidden = new("connections.contacts_hidden");
}

public sealed class ListContactsHandler(ClubDbContext db) : IQueryHandler<ListContacts, Result<ContactsPage>>
{
    public async ValueTask<Result<ContactsPage>> Handle(ListContacts query, CancellationToken cancellationToken)
    {
        var owner = await db.Users.AsNoTracking()
            .Where(m => m.Handle == query.Handle && m.DeletedAt == null)
            .Select(m => new { m.Id, m.Visibility, m.ContactsVisibility })
            .SingleOrDefaultAsync(cancellationToken);
        if (owner is null)
        {
            return ConnectionErrors.NotFound;
        }

        if (!await ContactLists.MayViewerSeeAsync(db, owner.Id, owner.Visibility, owner.ContactsVisibility, query.ViewerId, cancellationToken))
        {
            return ContactsErrors.Hidden;
        }

        var ids = People.ContactIds(db, owner.Id);
        var contacts = db.Users.AsNoTracking().Where(m => ids.Contains(m.Id) && m.DeletedAt == null);
        var count = await contacts.CountAsync(cancellationToken);
        if (NameCursor.Parse(query.After) is { } cursor)
        {
            contacts = contacts.Where(m => EF.Functions.GreaterThan(ValueTuple.Create(m.DisplayName, m.Id), ValueTuple.Create(cursor.Name, cursor.Id)));
        }

        var page = await People.Project(contacts.OrderBy(m => m.DisplayName).ThenBy(m => m.Id).Take(ListContacts.PageSize + 1), query.Culture)
            .ToListAsync(cancellationToken);
        var ownerPerson = await People.Project(db.Users.Where(m => m.Id == owner.Id), query.Culture).SingleAsync(cancellationToken);
        var next = page.Count > ListContacts.PageSize ? new NameCursor(page[ListContacts.PageSize - 1].DisplayName, page[ListContacts.PageSize - 1].Id).ToString() : null;
        return new ContactsPage(ownerPerson, owner.ContactsVisibility, count, page.Take(ListContacts.PageSize).ToList(), next);
    }
}

internal static class ContactLists
{
    public static async Task<bool> MayViewerSeeAsync(
        ClubDbContext db, Guid ownerId, ProfileVisibility profile, ContactsVisibility contacts, Guid? viewerId, CancellationToken cancellationToken)
    {
        if (viewerId == ownerId)
        {
            return true;
        }

        if (viewerId is null && profile == ProfileVisibility.MembersOnly)
        {
            return false;
        }

        return contacts switch
        {
            ContactsVisibility.Everyone => true,
            ContactsVisibility.Members => viewerId is not null,
            ContactsVisibility.Contacts => viewerId is { } viewer && await People.ContactIds(db, ownerId).ContainsAsync(viewer, cancellationToken),
            _ => false,
        };
    }
}

/// <summary>
/// Contatti dei contatti: members two steps away, with how many contacts they share with the member and
/// who the first few are. People the member already has any tie with (asked, declined) are left out.
/// </summary>
public sealed record GetContactsOfContacts(Guid MemberId, string Culture) : IQuery<IReadOnlyList<SecondDegree>>
{
    public const int Limit = 30;

    public const int NamesShown = 3;
}

public sealed record SecondDegree(Person Person, int InCommon, IReadOnlyList<Person> Through);

public sealed class GetContactsOfContactsHandler(ClubDbContext db) : IQueryHandler<GetContactsOfContacts, IReadOnlyList<SecondDegree>>
{
    private sealed record Row(Guid Id, Guid Via);

    public async ValueTask<IReadOnlyList<SecondDegree>> Handle(GetContactsOfContacts query, CancellationToken cancellationToken)
    {
        var me = query.MemberId;
        var accepted = (int)ConnectionStatus.Accepted;

        // Each of my contacts' contacts, walked through the two indexes of the pair; one row per path.
        var paths = await db.Database.SqlQuery<Row>($"""
            WITH mine AS (
                SELECT CASE WHEN low_id = {me} THEN high_id ELSE low_id END AS id
                FROM connections WHERE status = {accepted} AND (low_id = {me} OR high_id = {me})),
            paths AS (
                SELECT theirs.id, mine.id AS via
                FROM mine
                CROSS JOIN LATERAL (
                    SELECT CASE WHEN c.low_id = mine.id THEN c.high_id ELSE c.low_id END AS id
                    FROM connections c WHERE c.status = {accepted} AND (c.low_id = mine.id OR c.high_id = mine.id)) theirs
                WHERE theirs.id <> {me}
                  AND NOT EXISTS (SELECT 1 FROM connections t WHERE t.low_id = least(theirs.id, {me}) AND t.high_id = greatest(theirs.id, {me}))),
            ranked AS (
                SELECT paths.id FROM paths JOIN members m ON m.id = paths.id AND m.deleted_at IS NULL
                GROUP BY paths.id ORDER BY count(*) DESC, paths.id LIMIT {GetContactsOfContacts.Limit})
            SELECT paths.id AS id, paths.via AS via FROM paths JOIN ranked ON ranked.id = paths.id
            """).ToListAsync(cancellationToken);

        var ids = paths.Select(p => p.Id).Concat(paths.Select(p => p.Via)).Distinct().ToList();
        var people = await People.ByIdAsync(db, ids, query.Culture, cancellationToken);
        return paths
            .GroupBy(p => p.Id)
            .Select(g => new SecondDegree(
                people[g.Key],
                g.Count(),
                g.Select(p => people[p.Via]).OrderBy(p => p.DisplayName, StringComparer.CurrentCulture).Take(GetContactsOfContacts.NamesShown).ToList()))
            .OrderByDescending(s => s.InCommon).ThenBy(s => s.Person.DisplayName, StringComparer.CurrentCulture)
            .ToList();
    }
}

/// <summary>
/// People the member may want to meet: those who bring what the member seeks and those who seek what the
/// member brings, favouring people whose work is in another role group (the Club exists to bridge
/// marketing, branding and PR people with social-media people). Each comes with its reasons.
/// </summary>
public sealed record SuggestContacts(Guid MemberId, string Culture) : IQuery<Suggestions>
{
    public const int Limit = 12;

    /// <summary>Candidates read before ranking; the ranking itself needs the tags in common.</summary>
    public const int Candidates = 300;
}

public sealed record Suggestion(Person Person, IReadOnlyList<string> BringsWhatYouSeek, IReadOnlyList<string> SeeksWhatYouBring, bool OtherRoleGroup);

/// <param name="ProfileHasNoTags">The member has said neither what they bring nor what they seek, so nothing can be matched.</param>
public sealed record Suggestions(IReadOnlyList<Suggestion> People, bool ProfileHasNoTags);

public sealed class SuggestContactsHandler(ClubDbContext db) : IQueryHandler<SuggestContacts, Suggestions>
{
    public async ValueTask<Suggestions> Handle(SuggestContacts query, CancellationToken cancellationToken)
    {
        var me = query.MemberId;
        var mine = await db.Users.AsNoTracking().Where(m => m.Id == me)
            .Select(m => new { m.OffersTags, m.SeeksTags, m.PrimaryRole!.GroupId })
            .SingleAsync(cancellationToken);
        if (mine.OffersTags.Length == 0 && mine.SeeksTags.Length == 0)
        {
            return new Suggestions([], true);
        }

        var (offers, seeks) = (mine.OffersTags, mine.SeeksTags);
        var candidates = await db.Users.AsNoTracking()
            .Where(m => m.Id != me && m.DeletedAt == null)
            .Where(m => m.OffersTags.Any(t => seeks.Contains(t)) || m.SeeksTags.Any(t => offers.Contains(t)))
            .Where(m => !db.Connections.Any(c => (c.LowId == me && c.HighId == m.Id) || (c.HighId == me && c.LowId == m.Id)))
            .OrderByDescending(m => m.PrimaryRole!.GroupId != mine.GroupId).ThenByDescending(m => m.JoinedAt)
            .Take(SuggestContacts.Candidates)
            .Select(m => new { m.Id, m.OffersTags, m.SeeksTags, OtherGroup = m.PrimaryRole!.GroupId != mine.GroupId })
            .ToListAsync(cancellationToken);

        var ranked = candidates
            .Select(c => new
            {
                c.Id,
                Brings = c.OffersTags.Where(t => seeks.Contains(t)).ToList(),
                Seeks = c.SeeksTags.Where(t => offers.Contains(t)).ToList(),
                c.OtherGroup,
            })
            .Select(c => new { c.Id, c.Brings, c.Seeks, c.OtherGroup, Score = (2 * c.Brings.Count) + c.Seeks.Count + (c.OtherGroup ? 2 : 0) })
            .OrderByDescending(c => c.Score)
            .Take(SuggestContacts.Limit)
            .ToList();
        var ids = ranked.Select(r => r.Id).ToList();
        var people = await People.ByIdAsync(db, ids, query.Culture, cancellationToken);
        return new Suggestions(ranked.Select(r => new Suggestion(people[r.Id], r.Brings, r.Seeks, r.OtherGroup)).ToList(), false);
    }
}
