using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Connections;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Network;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Domain.Repertoire;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Home;

/// <summary>
/// The member's bacheca: what happened among the people, companies, tags, roles and ideas they follow and their
/// contacts, newest first, a page at a time (keyset on the activity's time and id). Several comments on one item in
/// one day come as one line; one member's many contributions are capped per page and counted.
/// </summary>
public sealed record GetActivityFeed(Language Language, string? After = null) : IQuery<FeedPage>
{
    /// <summary>Activity lines read for one page: the page shows them grouped, so it may show fewer items.</summary>
    public const int PageSize = 30;

    /// <summary>Items of one member shown on one page before the rest are counted under the last.</summary>
    public const int PerActor = 3;
}

public enum FeedReasonKind
{
    FollowedIdea,
    Contact,
    FollowedMember,
    FollowedCompany,
    FollowedTag,
    FollowedRole,
}

/// <summary>Why the member sees an item: <see cref="Name"/> is a person's, company's or role's name, or a tag; <see cref="Key"/> its address part.</summary>
public sealed record FeedReason(FeedReasonKind Kind, string? Name = null, string? Key = null);

public sealed record FeedPerson(Guid Id, string DisplayName, string Handle, string? PhotoHash);

public sealed record FeedCompany(Guid Id, string Name, string Slug, string? LogoHash);

public sealed record FeedItem(
    Guid Id, ActivityKind Kind, ActivitySubject SubjectKind, Guid SubjectId, string? Part, string Title, FeedPerson? Actor,
    FeedCompany? Company, FeedReason Reason, DateTimeOffset At, bool New)
{
    /// <summary>The other members who did the same on the same item that day (comments), newest first.</summary>
    public IReadOnlyList<FeedPerson> Others { get; init; } = [];

    /// <summary>For two members now in contact: the other one.</summary>
    public FeedPerson? Member { get; init; }

    /// <summary>More items of the same actor on this page, folded under this one.</summary>
    public int MoreByActor { get; init; }
}

public sealed record FeedPage(IReadOnlyList<FeedItem> Items, string? Next, bool FollowsAnything);

public sealed class GetActivityFeedHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<GetActivityFeed, FeedPage>
{
    private sealed record FollowRow(int Kind, Guid? Id, string? Tag, int? Role, DateTimeOffset? At);

    public async ValueTask<FeedPage> Handle(GetActivityFeed query, CancellationToken cancellationToken)
    {
        var me = currentMember.RequiredId;
        var follows = await FollowsAsync(me, query.Language, cancellationToken);
        if (!follows.Any)
        {
            return new FeedPage([], null, false);
        }

        var (people, companies, tags, roles, ideas) = (follows.People.ToArray(), follows.Companies.ToArray(), follows.Tags.ToArray(), follows.Roles.Keys.ToArray(), follows.Ideas.ToArray());
        // Who the member blocked or muted is out, whichever follow would bring them (a tag, a company, a contact).
        var hidden = follows.Hidden.ToArray();
        var activities = db.Activities.AsNoTracking()
            .Where(a => a.ActorId != me && a.SubjectId != me)
            .Where(a => a.ActorId == null || !hidden.Contains(a.ActorId.Value))
            .Where(a => a.Kind != ActivityKind.ContactsConnected || !hidden.Contains(a.SubjectId))
            .Where(a => (a.ActorId != null && people.Contains(a.ActorId.Value))
                || (a.Kind == ActivityKind.ContactsConnected && people.Contains(a.SubjectId))
                || (a.CompanyId != null && companies.Contains(a.CompanyId.Value))
                || a.Tags.Any(t => tags.Contains(t))
                || a.RoleIds.Any(r => roles.Contains(r))
                || (a.SubjectKind == ActivitySubject.Idea && ideas.Contains(a.SubjectId)));
        if (KeysetCursor.Parse(query.After) is { } after)
        {
            activities = activities.Where(a => EF.Functions.LessThan(ValueTuple.Create(a.At, a.Id), ValueTuple.Create(after.At, after.Id)));
        }

        var rows = await activities.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(GetActivityFeed.PageSize + 1).ToListAsync(cancellationToken);
        var next = rows.Count > GetActivityFeed.PageSize ? new KeysetCursor(rows[GetActivityFeed.PageSize - 1].At, rows[GetActivityFeed.PageSize - 1].Id).ToString() : null;
        rows = [.. rows.Take(GetActivityFeed.PageSize)];

        var seen = await SeenAsync(rows, cancellationToken);
        var previousVisit = follows.PreviousVisit;
        var items = new List<FeedItem>();
        var byActor = new Dictionary<Guid, int>();
        foreach (var row in rows.Where(seen.Shows))
        {
            var actor = row.ActorId is { } actorId ? seen.People[actorId] : null;
            if (row.Kind == ActivityKind.CommentPosted && items.FindIndex(i => i.Kind == ActivityKind.CommentPosted && i.SubjectId == row.SubjectId && i.At.Date == row.At.Date) is var same and >= 0)
            {
                if (actor is not null && items[same].Actor?.Id != actor.Id && items[same].Others.All(o => o.Id != actor.Id))
                {
                    items[same] = items[same] with { Others = [.. items[same].Others, actor] };
                }

                continue;
            }

            if (actor is not null)
            {
                var count = byActor[actor.Id] = byActor.GetValueOrDefault(actor.Id) + 1;
                if (count > GetActivityFeed.PerActor)
                {
                    var last = items.FindLastIndex(i => i.Actor?.Id == actor.Id);
                    items[last] = items[last] with { MoreByActor = items[last].MoreByActor + 1 };
                    continue;
                }
            }

            items.Add(new FeedItem(
                row.Id, row.Kind, row.SubjectKind, row.SubjectId, row.Part, row.Title, actor,
                row.CompanyId is { } companyId ? seen.Companies.GetValueOrDefault(companyId) : null,
                follows.ReasonFor(row, seen), row.At, previousVisit is { } visit && row.At > visit)
            {
                Member = row.Kind == ActivityKind.ContactsConnected ? seen.People[row.SubjectId] : null,
            });
        }

        return new FeedPage(items, next, true);
    }

    private async Task<Follows> FollowsAsync(Guid me, Language language, CancellationToken cancellationToken)
    {
        var accepted = (int)ConnectionStatus.Accepted;
        var english = language == Language.English;
        var rows = await db.Database.SqlQuery<FollowRow>($"""
            SELECT 0 AS kind, NULL::uuid AS id, NULL::text AS tag, NULL::int AS role, previous_visit_at AS at FROM members WHERE id = {me}
            UNION ALL SELECT 1, CASE WHEN low_id = {me} THEN high_id ELSE low_id END, NULL, NULL, NULL
                FROM connections WHERE status = {accepted} AND (low_id = {me} OR high_id = {me})
            UNION ALL SELECT 2, member_id, NULL, NULL, NULL FROM member_follows WHERE follower_id = {me}
            UNION ALL SELECT 3, company_id, NULL, NULL, NULL FROM company_follows WHERE follower_id = {me}
            UNION ALL SELECT 4, NULL, tag, NULL, NULL FROM tag_follows WHERE follower_id = {me}
            UNION ALL SELECT 5, NULL, CASE WHEN {english} THEN r.name_en ELSE r.name_it END, f.role_id, NULL
                FROM role_follows f JOIN professional_roles r ON r.id = f.role_id WHERE f.follower_id = {me}
            UNION ALL SELECT 6, idea_id, NULL, NULL, NULL FROM idea_followers WHERE member_id = {me}
            UNION ALL SELECT 7, other_id, NULL, NULL, NULL FROM member_blocks WHERE member_id = {me}
            """).ToListAsync(cancellationToken);
        return new Follows(
            [.. rows.Where(r => r.Kind == 1).Select(r => r.Id!.Value)],
            [.. rows.Where(r => r.Kind == 2).Select(r => r.Id!.Value)],
            [.. rows.Where(r => r.Kind == 3).Select(r => r.Id!.Value)],
            [.. rows.Where(r => r.Kind == 4).Select(r => r.Tag!)],
            rows.Where(r => r.Kind == 5).ToDictionary(r => r.Role!.Value, r => r.Tag!),
            [.. rows.Where(r => r.Kind == 6).Select(r => r.Id!.Value)],
            rows.SingleOrDefault(r => r.Kind == 0)?.At,
            [.. rows.Where(r => r.Kind == 7).Select(r => r.Id!.Value)]);
    }

    /// <summary>
    /// What of the page's subjects a reader may see now: published practices, listed ideas, open or closed
    /// opportunities, visible comments (screening filters apply), members whose account is there. Three queries
    /// per page (subjects, people, companies), whatever its length.
    /// </summary>
    private async Task<Seen> SeenAsync(List<Activity> rows, CancellationToken cancellationToken)
    {
        Guid[] Of(ActivitySubject kind) => [.. rows.Where(r => r.SubjectKind == kind).Select(r => r.SubjectId).Distinct()];
        var (practiceIds, ideaIds, opportunityIds) = (Of(ActivitySubject.Practice), Of(ActivitySubject.Idea), Of(ActivitySubject.Opportunity));
        Guid[] commentIds = [.. rows.Where(r => r.Kind == ActivityKind.CommentPosted && Guid.TryParse(r.Part, out _)).Select(r => Guid.Parse(r.Part!))];
        Guid[] personIds = [.. rows.Where(r => r.ActorId != null).Select(r => r.ActorId!.Value).Concat(Of(ActivitySubject.Member)).Distinct()];
        Guid[] companyIds = [.. rows.Where(r => r.CompanyId != null).Select(r => r.CompanyId!.Value).Distinct()];

        // One UNION ALL, each part under its screening filter.
        var visible = rows.Count == 0 ? [] : (await db.Practices.Where(p => practiceIds.Contains(p.Id) && p.Status == PracticeStatus.Published).Select(p => p.Id)
            .Concat(db.Ideas.Where(i => ideaIds.Contains(i.Id) && i.Status != IdeaStatus.Duplicate).Select(i => i.Id))
            .Concat(db.Opportunities.Where(o => opportunityIds.Contains(o.Id) && o.Status != OpportunityStatus.Draft && o.RemovedReason == null).Select(o => o.Id))
            .Concat(db.Comments.Where(c => commentIds.Contains(c.Id) && c.Status == CommentStatus.Visible).Select(c => c.Id))
            .ToListAsync(cancellationToken)).ToHashSet();

        var people = personIds.Length == 0 ? [] : await db.Users.Where(m => personIds.Contains(m.Id) && m.DeletedAt == null && m.SuspendedAt == null)
            .Select(m => new FeedPerson(m.Id, m.DisplayName, m.Handle, m.PhotoHash)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var companies = companyIds.Length == 0 ? [] : await db.Companies.Where(c => companyIds.Contains(c.Id))
            .Select(c => new FeedCompany(c.Id, c.Name, c.Slug, c.LogoHash)).ToDictionaryAsync(c => c.Id, cancellationToken);
        return new Seen(visible, people, companies);
    }

    private sealed record Seen(HashSet<Guid> Visible, Dictionary<Guid, FeedPerson> People, Dictionary<Guid, FeedCompany> Companies)
    {
        public bool Shows(Activity row) =>
            (row.ActorId is not { } actor || People.ContainsKey(actor))
            && (row.SubjectKind == ActivitySubject.Member ? People.ContainsKey(row.SubjectId) : Visible.Contains(row.SubjectId))
            && (row.Kind != ActivityKind.CommentPosted || (Guid.TryParse(row.Part, out var comment) && Visible.Contains(comment)))
            && (row.CompanyId is not { } company || Companies.ContainsKey(company));
    }

    private sealed record Follows(
        HashSet<Guid> Contacts, HashSet<Guid> Members, HashSet<Guid> Companies, HashSet<string> Tags, Dictionary<int, string> Roles, HashSet<Guid> Ideas,
        DateTimeOffset? PreviousVisit, HashSet<Guid> Hidden)
    {
        public bool Any => Contacts.Count + Members.Count + Companies.Count + Tags.Count + Roles.Count + Ideas.Count > 0;

        public IEnumerable<Guid> People => Contacts.Union(Members);

        /// <summary>The first of the reasons that brought the line, most personal first.</summary>
        public FeedReason ReasonFor(Activity row, Seen seen)
        {
            if (row.SubjectKind == ActivitySubject.Idea && Ideas.Contains(row.SubjectId))
            {
                return new FeedReason(FeedReasonKind.FollowedIdea);
            }

            foreach (var person in new[] { row.ActorId, row.Kind == ActivityKind.ContactsConnected ? row.SubjectId : null }.OfType<Guid>())
            {
                if (Contacts.Contains(person) || Members.Contains(person))
                {
                    var who = seen.People[person];
                    return new FeedReason(Contacts.Contains(person) ? FeedReasonKind.Contact : FeedReasonKind.FollowedMember, who.DisplayName, who.Handle);
                }
            }

            if (row.CompanyId is { } company && Companies.Contains(company))
            {
                var followed = seen.Companies[company];
                return new FeedReason(FeedReasonKind.FollowedCompany, followed.Name, followed.Slug);
            }

            if (row.Tags.FirstOrDefault(Tags.Contains) is { } tag)
            {
                return new FeedReason(FeedReasonKind.FollowedTag, tag, tag);
            }

            var role = row.RoleIds.First(Roles.ContainsKey);
            return new FeedReason(FeedReasonKind.FollowedRole, Roles[role], role.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
