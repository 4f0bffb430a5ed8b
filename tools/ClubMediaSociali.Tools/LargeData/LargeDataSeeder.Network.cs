using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Connections;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Network;
using ClubMediaSociali.Application.Domain.Repertoire;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ClubMediaSociali.Tools.LargeData;

/// <summary>
/// The members' network at scale: contacts; follows with the long tail of real networks (most members follow a few
/// people and subjects, a few follow up to <see cref="MaxFollows"/>); and, for the bacheca, two years of activity
/// (<see cref="LargeDataSize.Activities"/> lines), topped up with ordinary comments when the content seeded so far
/// leaves it short.
/// </summary>
public sealed partial class LargeDataSeeder
{
    /// <summary>The most things one seeded member follows: the busiest bacheca the bench measures.</summary>
    public const int MaxFollows = 300;

    private async Task SeedNetworkAsync(
        NpgsqlConnection connection, LargeDataSize size, List<Member> members, int[] roleIds, Random random, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var companyIds = await db.Companies.Select(c => c.Id).OrderBy(id => id).ToListAsync(cancellationToken);
        await BulkCopy.WriteAsync(db, connection, Connections(members, random, now), cancellationToken);

        var memberFollows = new List<MemberFollow>();
        var companyFollows = new List<CompanyFollow>();
        var tagFollows = new List<TagFollow>();
        var roleFollows = new List<RoleFollow>();
        for (var i = 0; i < members.Count; i++)
        {
            var follower = members[i];
            // The last member follows the most (the bench's busiest bacheca); the others draw from a long tail.
            var count = i == members.Count - 1 ? MaxFollows : (int)(MaxFollows * Math.Pow(random.NextDouble(), 4));
            var at = follower.JoinedAt;
            var people = new HashSet<Guid> { follower.Id };
            var organisations = new HashSet<Guid>();
            var tags = new HashSet<string>(StringComparer.Ordinal);
            var roles = new HashSet<int>();
            // Draws that repeat a follow are drawn again, a bounded number of times.
            var added = 0;
            for (var f = 0; added < count && f < 4 * count; f++)
            {
                var when = at.AddMinutes(random.Next(Math.Max(1, (int)(now - at).TotalMinutes)));
                var pick = random.Next(100);
                // Well-known members and organisations (the first ones) are followed more, as in any network.
                var role = roleIds[random.Next(roleIds.Length)];
                var tag = Tags[random.Next(Tags.Length)];
                var organisation = companyIds.Count > 0 ? companyIds[(int)(companyIds.Count * Math.Pow(random.NextDouble(), 2))] : Guid.Empty;
                var person = members[(int)(members.Count * Math.Pow(random.NextDouble(), 2))].Id;
                if (pick < 10 && roles.Add(role))
                {
                    roleFollows.Add(new RoleFollow { FollowerId = follower.Id, RoleId = role, At = when });
                    added++;
                }
                else if (pick is >= 10 and < 25 && tags.Add(tag))
                {
                    tagFollows.Add(new TagFollow { FollowerId = follower.Id, Tag = tag, At = when });
                    added++;
                }
                else if (pick is >= 25 and < 40 && organisation != Guid.Empty && organisations.Add(organisation))
                {
                    companyFollows.Add(new CompanyFollow { FollowerId = follower.Id, CompanyId = organisation, At = when });
                    added++;
                }
                else if (pick >= 40 && people.Add(person))
                {
                    memberFollows.Add(new MemberFollow { FollowerId = follower.Id, MemberId = person, At = when });
                    added++;
                }
            }
        }

        await BulkCopy.WriteAsync(db, connection, memberFollows, cancellationToken);
        await BulkCopy.WriteAsync(db, connection, companyFollows, cancellationToken);
        await BulkCopy.WriteAsync(db, connection, tagFollows, cancellationToken);
        await BulkCopy.WriteAsync(db, connection, roleFollows, cancellationToken);
    }

    /// <summary>A version 7 identifier for <paramref name="at"/> whose random part comes from the seeded draw, so a draw made again gives it again.</summary>
    private static Guid Version7(DateTimeOffset at, Random draw)
    {
        Span<byte> bytes = stackalloc byte[16];
        draw.NextBytes(bytes);
        var milliseconds = at.ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        }

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    private sealed record Thread(CommentThreadKind Kind, ActivitySubject Subject, Guid Id, string Title, DateTimeOffset Since);

    /// <summary>Accepted contacts, a long tail again: a few members with a hundred, most with a handful.</summary>
    private static IEnumerable<Connection> Connections(List<Member> members, Random random, DateTimeOffset now)
    {
        var pairs = new HashSet<(Guid, Guid)>();
        foreach (var member in members)
        {
            var count = (int)(40 * Math.Pow(random.NextDouble(), 3));
            for (var c = 0; c < count; c++)
            {
                var other = members[random.Next(members.Count)];
                var key = member.Id.CompareTo(other.Id) < 0 ? (member.Id, other.Id) : (other.Id, member.Id);
                if (other.Id == member.Id || !pairs.Add(key))
                {
                    continue;
                }

                var since = member.JoinedAt > other.JoinedAt ? member.JoinedAt : other.JoinedAt;
                var at = since.AddMinutes(random.Next(Math.Max(1, (int)(now - since).TotalMinutes)));
                var tie = Connection.Request(member.Id, other.Id, null, at);
                tie.Answer(accept: true, Min(at.AddHours(random.Next(1, 72)), now));
                yield return tie;
            }
        }
    }

    /// <summary>
    /// The bacheca's lines for everything seeded, as the effects would have written them, then ordinary comments on ideas
    /// and practices until the Club holds about <see cref="LargeDataSize.Activities"/> lines; the ideas' comment counts follow.
    /// </summary>
    private async Task SeedActivityAsync(
        NpgsqlConnection connection, LargeDataSize size, List<Member> members, Random random, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await Application.Features.Home.ActivityBackfill.RunAsync(db, cancellationToken, skipExisting: false);
        var written = await db.Activities.CountAsync(cancellationToken);
        var missing = size.Activities - written;
        if (missing <= 0)
        {
            return;
        }

        var ideas = await db.Ideas.Where(i => i.Status != IdeaStatus.Duplicate)
            .Select(i => new Thread(CommentThreadKind.Idea, ActivitySubject.Idea, i.Id, i.Title, i.CreatedAt)).ToListAsync(cancellationToken);
        var practices = await db.Practices.Where(p => p.Status == PracticeStatus.Published)
            .Select(p => new Thread(CommentThreadKind.Practice, ActivitySubject.Practice, p.Id, p.Title, p.PublishedAt!.Value)).ToListAsync(cancellationToken);
        var threads = ideas.Concat(practices).ToArray();
        if (threads.Length == 0)
        {
            return;
        }

        var texts = CommentTexts.Select(text => (Markdown: text, Html: markdown.ToSafeHtml(text))).ToArray();
        var from = now.AddYears(-2);
        var seed = random.Next();

        // The same draw twice (one seed): the comments, then their lines, each streamed into its table.
        IEnumerable<(Comment Comment, Activity Line)> More()
        {
            var draw = new Random(seed);
            for (var c = 0; c < missing; c++)
            {
                var thread = threads[draw.Next(threads.Length)];
                var start = Min(thread.Since > from ? thread.Since : from, now);
                var at = start.AddMinutes(draw.Next(Math.Max(1, (int)(now - start).TotalMinutes)));
                var text = texts[draw.Next(texts.Length)];
                var comment = new Comment
                {
                    Id = Version7(at, draw),
                    ThreadKind = thread.Kind,
                    ThreadId = thread.Id,
                    AuthorId = members[draw.Next(members.Count)].Id,
                    BodyMarkdown = text.Markdown,
                    BodyHtml = text.Html,
                    Status = CommentStatus.Visible,
                    CreatedAt = at,
                };
                yield return (comment, new Activity
                {
                    Id = Version7(at, draw),
                    Kind = ActivityKind.CommentPosted,
                    ActorId = comment.AuthorId,
                    SubjectKind = thread.Subject,
                    SubjectId = thread.Id,
                    Part = comment.Id.ToString(),
                    Title = thread.Title,
                    At = at,
                });
            }
        }

        await BulkCopy.WriteAsync(db, connection, More().Select(m => m.Comment), cancellationToken);
        await BulkCopy.WriteAsync(db, connection, More().Select(m => m.Line), cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            $"""
            UPDATE ideas i SET comment_count = n.count, engaged_at = coalesce(i.engaged_at, i.created_at + interval '1 minute')
            FROM (SELECT thread_id, count(*)::int AS count FROM comments WHERE thread_kind = {(int)CommentThreadKind.Idea} AND status = {(int)CommentStatus.Visible} GROUP BY thread_id) n
            WHERE n.thread_id = i.id AND i.comment_count <> n.count
            """,
            cancellationToken);
    }
}
