using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Members;
using Npgsql;

namespace ClubMediaSociali.Tools.LargeData;

/// <summary>The network of ideas at scale: ideas, votes, followers, comments and decisions.</summary>
public sealed partial class LargeDataSeeder
{
    private static readonly string[] Proposals =
        ["Un gruppo di lavoro", "Una guida condivisa", "Un incontro mensile", "Un archivio di esempi", "Una sfida tra soci",
         "Un corso breve", "Un modello comune", "Una bacheca di casi", "Un osservatorio", "Uno sportello di consulenza"];

    private static readonly string[] CommentTexts =
        [
            "Mi piace: nella mia azienda ne avremmo avuto bisogno l'anno scorso.",
            "Ci sto. Posso portare l'esperienza di due progetti simili.",
            "Serve una regola chiara su chi se ne occupa, altrimenti resta sulla carta.",
            "Ho un dubbio sui costi: chi paga il tempo dei soci che partecipano?",
            "Proporrei di partire in piccolo, con una regione, e poi allargare.",
            "Utile anche per chi lavora nella pubblica amministrazione.",
            "Aggiungerei una verifica dei risultati dopo sei mesi.",
            "Ne abbiamo parlato in ufficio: siamo pronti a provarla.",
        ];

    /// <summary>A public reason for each status after "nuova", in the order of <see cref="IdeaStatus"/>.</summary>
    private static readonly string[] Reasons =
        [
            "Molto sostegno ma anche obiezioni serie: apriamo la discussione prima di decidere.",
            "Ci sono soci disponibili a curarla: selezionata.",
            "Il lavoro è cominciato con un gruppo di tre soci.",
            "Realizzata: i risultati sono raccontati nel repertorio.",
            "Non accolta: richiede risorse che oggi il Club non ha.",
            "Propone la stessa cosa di un'idea precedente: uniamo la discussione.",
        ];

    private async Task SeedIdeasAsync(
        NpgsqlConnection connection, LargeDataSize size, List<Member> members, int[] roleIds, Random random, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var bodies = Bodies(random).ToArray();
        var comments = CommentTexts.Select(text => (text, markdown.ToSafeHtml(text))).ToArray();
        var ideas = Ideas(size.Ideas, members, roleIds, bodies, random, now).ToList();
        var votes = IdeaVotes(ideas, members, size.Votes, random, now).ToList();
        var talk = IdeaComments(ideas, members, comments, random, now).ToList();
        var moderator = members[0].Id;
        var decisions = ideas.Where(i => i.Status != IdeaStatus.New).Select(i => new IdeaDecision
        {
            IdeaId = i.Id,
            FromStatus = IdeaStatus.New,
            ToStatus = i.Status,
            Reason = Reasons[(int)i.Status - 1],
            DecidedById = moderator,
            At = Min(i.CreatedAt.AddDays(random.Next(1, 10)), now),
        }).ToList();

        await BulkCopy.WriteAsync(db, connection, ideas, cancellationToken);
        await BulkCopy.WriteAsync(db, connection, votes, cancellationToken);
        await BulkCopy.WriteAsync(db, connection, talk, cancellationToken);
        await BulkCopy.WriteAsync(db, connection, decisions, cancellationToken);
        await BulkCopy.WriteAsync(db, connection,
            ideas.Where(i => i.AuthorId is not null).Select(IdeaFollower.Author),
            cancellationToken);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static IEnumerable<Idea> Ideas(
        int count, List<Member> members, int[] roleIds, (string Markdown, string Html)[] bodies, Random random, DateTimeOffset now)
    {
        Guid? previous = null;
        for (var i = 0; i < count; i++)
        {
            // Two years of ideas, oldest first, so a duplicate can point to an earlier one.
            var created = now.AddMinutes(-(2 * 365 * 24 * 60) * (double)(count - i) / count + random.Next(60));
            var body = bodies[random.Next(bodies.Length)];
            var status = random.Next(100) switch
            {
                < 70 => IdeaStatus.New,
                < 82 => IdeaStatus.UnderDiscussion,
                < 87 => IdeaStatus.Selected,
                < 90 => IdeaStatus.InProgress,
                < 93 => IdeaStatus.Realised,
                < 98 => IdeaStatus.Declined,
                _ => IdeaStatus.Duplicate,
            };
            if (status == IdeaStatus.Duplicate && previous is null)
            {
                status = IdeaStatus.New;
            }

            var idea = new Idea
            {
                Id = Guid.CreateVersion7(created),
                Title = $"{Proposals[random.Next(Proposals.Length)]} per {Audiences[random.Next(Audiences.Length)]}: {Topics[random.Next(Topics.Length)]} {Angles[random.Next(Angles.Length)]}",
                BodyMarkdown = body.Markdown,
                BodyHtml = body.Html,
                Tags = Pick(Tags, random, 1, 4),
                RoleIds = [.. Pick(roleIds, random, 0, 3).Order()],
                AuthorId = members[random.Next(members.Count)].Id,
                Status = status,
                DuplicateOfId = status == IdeaStatus.Duplicate ? previous : null,
                CreatedAt = created,
                UpdatedAt = created,
            };
            idea.Rank();
            previous = idea.Id;
            yield return idea;
        }
    }

    /// <summary>
    /// About <paramref name="target"/> votes with a long tail: most ideas get a handful, a few get
    /// thousands. Each idea has its own share of votes in favour. Duplicates keep none: merging moved them.
    /// </summary>
    private static IEnumerable<IdeaVote> IdeaVotes(List<Idea> ideas, List<Member> members, int target, Random random, DateTimeOffset now)
    {
        var weights = ideas.Select(i => i.Status == IdeaStatus.Duplicate ? 0 : Math.Pow(1.0001 - random.NextDouble(), -0.7)).ToArray();
        var scale = target / Math.Max(weights.Sum(), 1);
        for (var i = 0; i < ideas.Count; i++)
        {
            var idea = ideas[i];
            var count = Math.Min((int)Math.Round(weights[i] * scale), members.Count - 1);
            var inFavour = 0.2 + 0.75 * random.NextDouble();
            var span = Math.Max(1, (int)(now - idea.CreatedAt).TotalMinutes);
            var chosen = new HashSet<Guid>();
            while (chosen.Count < count)
            {
                var member = members[random.Next(members.Count)];
                if (member.Id == idea.AuthorId || !chosen.Add(member.Id))
                {
                    continue;
                }

                var value = random.NextDouble() < inFavour ? IdeaVote.For : IdeaVote.Against;
                idea.CountVote(value);

                yield return new IdeaVote { IdeaId = idea.Id, MemberId = member.Id, Value = value, At = idea.CreatedAt.AddMinutes(random.Next(span)) };
            }

            if (count > 0)
            {
                idea.EngagedAt = idea.CreatedAt.AddMinutes(1);
            }
        }
    }

    /// <summary>A few comments on most ideas and dozens on some; comment_count counts exactly these.</summary>
    private static IEnumerable<Comment> IdeaComments(
        List<Idea> ideas, List<Member> members, (string Markdown, string Html)[] texts, Random random, DateTimeOffset now)
    {
        foreach (var idea in ideas.Where(i => i.Status != IdeaStatus.Duplicate))
        {
            var count = (int)(Math.Pow(random.NextDouble(), 10) * 24);
            var span = Math.Max(1, (int)(now - idea.CreatedAt).TotalMinutes);
            for (var c = 0; c < count; c++)
            {
                var text = texts[random.Next(texts.Length)];
                var at = idea.CreatedAt.AddMinutes(random.Next(span));
                yield return new Comment
                {
                    Id = Guid.CreateVersion7(at),
                    ThreadKind = CommentThreadKind.Idea,
                    ThreadId = idea.Id,
                    AuthorId = members[random.Next(members.Count)].Id,
                    BodyMarkdown = text.Markdown,
                    BodyHtml = text.Html,
                    Status = CommentStatus.Visible,
                    CreatedAt = at,
                };
            }

            idea.CommentCount = count;
            if (count > 0)
            {
                idea.EngagedAt ??= idea.CreatedAt.AddMinutes(1);
            }
        }
    }
}
