using ClubMediaSociali.Application.Domain.Conversations;
using ClubMediaSociali.Application.Domain.Members;
using Npgsql;

namespace ClubMediaSociali.Tools.LargeData;

public sealed partial class LargeDataSeeder
{
    /// <summary>The messages of the one long conversation the bench's member has (it pages back through "messaggi precedenti").</summary>
    public const int LongConversation = 1_000;

    /// <summary>Conversations the bench's member (the last one) takes part in, besides the long one: a full list page and more.</summary>
    private const int BenchMemberConversations = 40;

    /// <summary>
    /// About <see cref="LargeDataSize.Conversations"/> conversations holding about <see cref="LargeDataSize.Messages"/>
    /// messages over two years: most between two members, one in twenty a group of three to six; the last member (the
    /// bench's) has <see cref="LongConversation"/> messages with the one before them and a few dozen other conversations.
    /// Read states are those of an ordinary day: most members have read everything, some have a few messages waiting,
    /// and each count equals the messages of others after what they read (as the application keeps it). Nothing waits
    /// for mail, so a bench never sends any.
    /// </summary>
    private async Task SeedConversationsAsync(
        NpgsqlConnection connection, LargeDataSize size, List<Member> members, Random random, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var texts = CommentTexts.Select(text => (Markdown: text, Html: markdown.ToSafeHtml(text))).ToArray();
        var mean = Math.Max(1.0, (double)(size.Messages - LongConversation) / Math.Max(1, size.Conversations - 1));
        var seed = random.Next();

        // The same draw for each table (one seed): conversations, their participants, their messages.
        IEnumerable<(Conversation Conversation, List<ConversationParticipant> People, List<Message> Messages)> All()
        {
            var draw = new Random(seed);
            var bench = members[^1];
            for (var c = 0; c < size.Conversations; c++)
            {
                var isGroup = c > 0 && draw.Next(20) == 0;
                var people = new List<Member>();
                if (c == 0)
                {
                    people.AddRange([bench, members[^2]]);
                }
                else if (c <= BenchMemberConversations)
                {
                    people.Add(bench);
                }

                var wanted = isGroup ? 3 + draw.Next(4) : 2;
                while (people.Count < wanted)
                {
                    // Well-known members are written to more, as in any network.
                    var someone = members[(int)(members.Count * Math.Pow(draw.NextDouble(), 1.5))];
                    if (!people.Contains(someone))
                    {
                        people.Add(someone);
                    }
                }

                var count = c == 0 ? LongConversation : Math.Min(200, 1 + (int)(-(mean - 1) * Math.Log(1 - draw.NextDouble())));
                var gaps = Enumerable.Range(0, count).Select(_ => 1 + draw.Next(600)).ToArray();
                var span = gaps.Sum();
                var start = now.AddMinutes(-span - draw.Next(2 * 365 * 24 * 60));
                var at = start;
                var conversation = new Conversation
                {
                    Id = Version7(start, draw),
                    Title = isGroup ? $"Gruppo {Topics[draw.Next(Topics.Length)]}" : null,
                    IsGroup = isGroup,
                    StartedById = people[0].Id,
                    StartedAt = start,
                    LastSeq = count,
                };
                var messages = new List<Message>(count);
                for (var seq = 1; seq <= count; seq++)
                {
                    at = at.AddMinutes(gaps[seq - 1]);
                    var text = texts[draw.Next(texts.Length)];
                    messages.Add(new Message
                    {
                        Id = Version7(at, draw),
                        ConversationId = conversation.Id,
                        Seq = seq,
                        AuthorId = (seq == 1 ? people[0] : people[draw.Next(people.Count)]).Id,
                        BodyMarkdown = text.Markdown,
                        BodyHtml = text.Html,
                        At = at,
                    });
                }

                conversation.LastMessageAt = at;
                var participants = people.Select(p =>
                {
                    // Four in five have read everything; the others are a few messages behind.
                    var read = draw.Next(5) == 0 ? Math.Max(0, count - 1 - draw.Next(5)) : count;
                    return new ConversationParticipant
                    {
                        ConversationId = conversation.Id,
                        MemberId = p.Id,
                        JoinedAt = start,
                        ReadSeq = read,
                        Unread = messages.Count(m => m.Seq > read && m.AuthorId != p.Id),
                        MailedSeq = count,
                    };
                }).ToList();
                yield return (conversation, participants, messages);
            }
        }

        await BulkCopy.WriteAsync(db, connection, All().Select(a => a.Conversation), cancellationToken);
        await BulkCopy.WriteAsync(db, connection, All().SelectMany(a => a.People), cancellationToken);
        await BulkCopy.WriteAsync(db, connection, All().SelectMany(a => a.Messages), cancellationToken);
    }
}
