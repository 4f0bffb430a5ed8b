using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Content;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Data.DemoContent;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Connections;
using ClubMediaSociali.Application.Domain.Conversations;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Network;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Domain.Repertoire;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ClubMediaSociali.Tools.LargeData;

/// <summary>How much data <c>seed</c> adds; <paramref name="Votes"/> is a target, met within a few per cent.</summary>
/// <param name="Activities">The bacheca's lines over two years, a target met with ordinary comments; 0 seeds no network (contacts, follows, activity).</param>
/// <param name="Conversations">Members' conversations; 0 seeds none.</param>
/// <param name="Messages">The messages in them, a target met within a few per cent.</param>
/// <param name="Events">Events over two years and the next six months, with their registrations; 0 seeds none.</param>
public sealed record LargeDataSize(
    int Members, int Practices, int Ideas = 0, int Votes = 0, int Companies = 0, int Opportunities = 0, int Activities = 0, int Conversations = 0, int Messages = 0,
    int Events = 0)
{
    public static readonly LargeDataSize Default = new(20_000, 50_000, 100_000, 1_000_000, 1_000, 20_000, 2_000_000, 200_000, 2_000_000, 20_000);
}

/// <summary>
/// Fills an empty database with large, realistic data for benchmarks and query plans:
/// <c>dotnet run --project tools/ClubMediaSociali.Tools -- seed --members 20000 --practices 50000 --ideas 100000 --votes 1000000
/// --companies 1000 --opportunities 20000</c>.
/// Rows go in with binary COPY; the counters and scores it stores (useful_count, votes, comment_count,
/// hot and Wilson scores) are computed from the rows it writes with the application's own formulas,
/// so they equal what the application would hold. Every member can sign in with the demo
/// password. The same seed gives the same data.
/// </summary>
public sealed partial class LargeDataSeeder(ClubDbContext db, MarkdownRenderer markdown, TimeProvider clock, ILogger<LargeDataSeeder> logger)
{
    public const string EmailPrefix = "socio";

    private static readonly string[] FirstNames =
        ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Matteo", "Sara", "Andrea", "Elena", "Davide", "Martina", "Simone",
         "Valentina", "Federico", "Alessia", "Stefano", "Silvia", "Riccardo", "Laura", "Paolo", "Beatrice", "Tommaso", "Irene", "Nicola"];

    private static readonly string[] LastNames =
        ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo",
         "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani"];

    private static readonly string[] Skills =
        ["copywriting", "analisi dati", "social advertising", "community management", "video", "fotografia", "seo", "newsletter",
         "relazioni con i media", "brand identity", "crisis management", "employer branding", "influencer marketing", "ux writing",
         "customer care", "eventi", "podcast", "strategia digitale", "formazione", "e-commerce"];

    private static readonly string[] Topics =
        ["piano editoriale", "calendario dei contenuti", "gestione delle crisi", "ascolto della rete", "campagne a pagamento",
         "newsletter aziendale", "racconto del marchio", "video brevi", "collaborazioni con creator", "assistenza ai clienti",
         "comunicazione interna", "misurazione dei risultati", "presenza su LinkedIn", "fotografia di prodotto", "eventi dal vivo",
         "comunità di clienti", "reputazione online", "lancio di un prodotto", "ricerca di personale", "sostenibilità raccontata"];

    private static readonly string[] Audiences =
        ["una PMI", "un'azienda artigiana", "un negozio di quartiere", "una cooperativa", "uno studio professionale", "un ente pubblico",
         "una startup", "un'associazione", "un'università", "un marchio di moda", "un'azienda vinicola", "un hotel"];

    private static readonly string[] Angles =
        ["in quattro settimane", "senza budget", "con due ore alla settimana", "passo dopo passo", "dagli errori più comuni",
         "con un gruppo piccolo", "partendo da zero", "misurando ogni mese", "insieme ai colleghi", "in tempi di crisi"];

    private static readonly string[] Sectors =
        ["alimentare", "moda", "turismo", "meccanica", "servizi finanziari", "sanità", "istruzione", "commercio", "cultura", "energia"];

    private static readonly string[] Paragraphs =
        [
            "Abbiamo cominciato da una domanda semplice: **a chi stiamo parlando** e che cosa vogliamo che faccia dopo averci letto.",
            "Il gruppo di lavoro era piccolo, quindi abbiamo scelto due canali e li abbiamo curati con costanza invece di inseguirli tutti.",
            "Ogni lunedì una persona raccoglie le domande arrivate dai clienti: diventano i temi della settimana.",
            "I risultati si misurano a fine mese, guardando le conversazioni nate dai contenuti e non soltanto i *mi piace*.",
            "La parte più difficile è stata convincere i colleghi a rispondere in prima persona, con il proprio nome.",
            "Quando qualcosa va storto conviene rispondere presto, ammettere l'errore e dire che cosa si farà per rimediare.",
            "Le immagini scattate in azienda hanno funzionato meglio di quelle di repertorio: mostrano persone vere al lavoro.",
            "Un foglio condiviso basta per cominciare; gli strumenti a pagamento servono quando i volumi crescono.",
            "Abbiamo scritto una breve guida di tono: tre aggettivi che ci descrivono e tre che vogliamo evitare.",
            "Dopo tre mesi le richieste di informazioni arrivate dai social erano il doppio di quelle del trimestre precedente.",
            "Coinvolgere i dipendenti come ambasciatori ha richiesto regole chiare e nessun obbligo.",
            "La newsletter mensile raccoglie il meglio dei social e porta le persone sul sito, dove possono approfondire.",
            "Conviene preparare in anticipo le risposte alle domande frequenti, lasciando spazio per personalizzarle.",
            "Il confronto con altre imprese del territorio ci ha fatto scoprire idee che da soli non avremmo avuto.",
            "Per i video brevi abbiamo usato solo lo smartphone, una luce e un microfono da pochi euro.",
            "Abbiamo deciso di pubblicare meno ma meglio: due contenuti curati a settimana invece di uno al giorno.",
        ];

    private static readonly string[] Steps =
        [
            "Scrivi in tre righe a chi vuoi parlare.", "Scegli al massimo due canali.", "Decidi tre temi ricorrenti.",
            "Prepara un calendario per il mese.", "Rispondi a ogni commento entro un giorno.", "Misura che cosa ha funzionato.",
            "Raccogli le domande dei clienti.", "Coinvolgi un collega che ti faccia da revisore.", "Condividi i risultati con il gruppo.",
        ];

    private static readonly string[] Tags =
        ["piano editoriale", "pmi", "primi passi", "ascolto", "analisi dati", "reputazione", "crisi", "video", "newsletter", "linkedin",
         "instagram", "advertising", "community", "employer branding", "storytelling", "seo", "eventi", "customer care", "creator",
         "misurazione", "brand", "comunicazione interna", "e-commerce", "turismo", "artigianato", "pubblica amministrazione",
         "sostenibilità", "fotografia", "podcast", "formazione"];

    /// <summary>
    /// Seeds an empty Club in one transaction, so that a failure half-way leaves the database as it was
    /// (PostgreSQL's DDL is transactional: the indexes and foreign keys it drops come back), and records
    /// <see cref="SeedRecord.Version"/> with the size. A database that already holds members is refused.
    /// </summary>
    public async Task<SeedOutcome> SeedAsync(LargeDataSize size, int seed = 20261124, CancellationToken cancellationToken = default)
    {
        var members = await db.Users.CountAsync(cancellationToken);
        if (members > 0)
        {
            return new SeedOutcome.Refused(members);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await WriteAsync(size, seed, cancellationToken);
            await SeedRecord.WriteAsync(db, size, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        return new SeedOutcome.Seeded();
    }

    private async Task WriteAsync(LargeDataSize size, int seed, CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var now = clock.GetUtcNow().ToUniversalTime();
        var roleIds = await db.ProfessionalRoles.Select(r => r.Id).OrderBy(id => id).ToArrayAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // Every table it fills is empty: their indexes and foreign keys are built once, after the rows are in
            // (inside the caller's transaction, so a failure brings them back).
            var started = clock.GetTimestamp();
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            var deferred = await DeferredIndexes.DropAsync(db, [.. SeededTables()], cancellationToken);
            var members = Members(size.Members, roleIds, random, now).ToList();
            await BulkCopy.WriteAsync(db, connection, members, cancellationToken);
            logger.LogInformation("Seed: {Count} members in {Elapsed}", members.Count, clock.GetElapsedTime(started));

            started = clock.GetTimestamp();
            var bodies = Bodies(random).ToArray();
            var practices = Practices(size.Practices, members, roleIds, bodies, random, now).ToList();
            var marks = UsefulMarks(practices, members, random, now).ToList();
            await BulkCopy.WriteAsync(db, connection, practices, cancellationToken);
            await BulkCopy.WriteAsync(db, connection, FirstRevisions(practices), cancellationToken);
            await BulkCopy.WriteAsync(db, connection, marks, cancellationToken);
            logger.LogInformation("Seed: {Count} practices with revisions and useful marks in {Elapsed}", practices.Count, clock.GetElapsedTime(started));

            if (size.Ideas > 0)
            {
                started = clock.GetTimestamp();
                await SeedIdeasAsync(connection, size, members, roleIds, random, now, cancellationToken);
                logger.LogInformation("Seed: {Count} ideas with votes, comments and decisions in {Elapsed}", size.Ideas, clock.GetElapsedTime(started));
            }

            if (size.Companies > 0)
            {
                started = clock.GetTimestamp();
                await SeedBusinessAsync(connection, size, members, roleIds, random, now, cancellationToken);
                logger.LogInformation("Seed: {Count} companies with opportunities and responses in {Elapsed}", size.Companies, clock.GetElapsedTime(started));
            }

            if (size.Activities > 0)
            {
                started = clock.GetTimestamp();
                await SeedNetworkAsync(connection, size, members, roleIds, random, now, cancellationToken);
                await SeedActivityAsync(connection, size, members, random, now, cancellationToken);
                logger.LogInformation("Seed: contacts, follows and {Count} lines of activity in {Elapsed}", size.Activities, clock.GetElapsedTime(started));
            }

            if (size.Conversations > 0 && size.Members >= 2)
            {
                started = clock.GetTimestamp();
                await SeedConversationsAsync(connection, size, members, random, now, cancellationToken);
                logger.LogInformation("Seed: {Count} conversations and their messages in {Elapsed}", size.Conversations, clock.GetElapsedTime(started));
            }

            if (size.Events > 0 && size.Members >= 2)
            {
                started = clock.GetTimestamp();
                await SeedEventsAsync(connection, size, members, roleIds, random, now, cancellationToken);
                logger.LogInformation("Seed: {Count} events and their registrations in {Elapsed}", size.Events, clock.GetElapsedTime(started));
            }

            started = clock.GetTimestamp();
            await deferred.RestoreAsync(cancellationToken);
            logger.LogInformation("Seed: indexes and foreign keys in {Elapsed}", clock.GetElapsedTime(started));

            // Statistics before the ledger's big joins, so that they are planned for the rows now there.
            started = clock.GetTimestamp();
            await db.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);
            logger.LogInformation("Seed: ANALYZE in {Elapsed}", clock.GetElapsedTime(started));

            // The reputation the seeded practices, marks, votes and decisions earned, as the use cases would give it.
            started = clock.GetTimestamp();
            await Application.Features.Reputation.ReputationRebuild.RunAsync(db, cancellationToken);
            logger.LogInformation("Seed: reputation ledger in {Elapsed}", clock.GetElapsedTime(started));

            await db.Database.ExecuteSqlRawAsync("ANALYZE reputation_events, members", cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private IEnumerable<string> SeededTables() =>
        new[]
        {
            typeof(Member), typeof(Practice), typeof(PracticeRevision), typeof(PracticeUsefulMark), typeof(Idea), typeof(IdeaVote),
            typeof(Comment), typeof(IdeaDecision), typeof(IdeaFollower), typeof(Company), typeof(CompanyMember), typeof(Opportunity),
            typeof(OpportunityResponse), typeof(Connection), typeof(MemberFollow), typeof(CompanyFollow), typeof(TagFollow), typeof(RoleFollow),
            typeof(Activity), typeof(Conversation), typeof(ConversationParticipant), typeof(Message), typeof(Application.Domain.Events.Event),
            typeof(Application.Domain.Events.EventRegistration),
        }.Select(type => db.Model.FindEntityType(type)!.GetTableName()!);

    private static IEnumerable<Member> Members(int count, int[] roleIds, Random random, DateTimeOffset now)
    {
        // One hash for all: hashing 20,000 passwords would take minutes and prove nothing.
        var passwordHash = new PasswordHasher<Member>().HashPassword(new Member(), DemoContentSeeder.DemoPassword);
        var regions = Enum.GetValues<ItalianRegion>();
        for (var i = 1; i <= count; i++)
        {
            var first = FirstNames[random.Next(FirstNames.Length)];
            var last = LastNames[random.Next(LastNames.Length)];
            var email = $"{EmailPrefix}{i:D6}@{DemoContentSeeder.EmailDomain}";
            yield return new Member
            {
                Id = Guid.CreateVersion7(),
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                PasswordHash = passwordHash,
                SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
                ConcurrencyStamp = Guid.NewGuid().ToString(),
                LockoutEnabled = true,
                DisplayName = $"{first} {last}",
                Handle = $"{Slugs.From($"{first} {last}")}-{i}",
                PrimaryRoleId = roleIds[random.Next(roleIds.Length)],
                SecondaryRoleIds = random.Next(3) == 0 ? [roleIds[random.Next(roleIds.Length)]] : [],
                Headline = $"{Topics[random.Next(Topics.Length)]} per {Audiences[random.Next(Audiences.Length)]}",
                Region = regions[random.Next(regions.Length)],
                Skills = Pick(Skills, random, 1, 4),
                OffersTags = Pick(Skills, random, 0, 3),
                SeeksTags = Pick(Skills, random, 0, 3),
                JoinedAt = now.AddMinutes(-random.Next(3 * 365 * 24 * 60)),
            };
        }
    }

    private IEnumerable<(string Markdown, string Html)> Bodies(Random random)
    {
        for (var i = 0; i < 200; i++)
        {
            var text = string.Join("\n\n", Pick(Paragraphs, random, 2, 4));
            yield return (text, markdown.ToSafeHtml(text));
        }
    }

    private static IEnumerable<Practice> Practices(
        int count, List<Member> members, int[] roleIds, (string Markdown, string Html)[] bodies, Random random, DateTimeOffset now)
    {
        var kinds = Enum.GetValues<PracticeKind>();
        var levels = Enum.GetValues<PracticeLevel>();
        var formats = Enum.GetValues<ResourceFormat>();
        var featured = 0;
        for (var i = 0; i < count; i++)
        {
            var kind = kinds[random.Next(kinds.Length)];
            var created = now.AddMinutes(-random.Next(3 * 365 * 24 * 60));
            var body = bodies[random.Next(bodies.Length)];
            var roll = random.Next(100);
            var status = roll switch
            {
                < 93 => PracticeStatus.Published,
                < 96 => PracticeStatus.Submitted,
                < 99 => PracticeStatus.Draft,
                _ => PracticeStatus.Archived,
            };
            var sent = status == PracticeStatus.Draft ? (DateTimeOffset?)null : created.AddHours(random.Next(1, 72));
            var published = status is PracticeStatus.Published or PracticeStatus.Archived ? Min(sent!.Value.AddHours(random.Next(1, 48)), now) : (DateTimeOffset?)null;
            var topic = Topics[random.Next(Topics.Length)];
            yield return new Practice
            {
                Id = Guid.CreateVersion7(created),
                Kind = kind,
                Title = $"{char.ToUpperInvariant(topic[0])}{topic[1..]} per {Audiences[random.Next(Audiences.Length)]} {Angles[random.Next(Angles.Length)]}",
                Summary = $"Come abbiamo affrontato {topic} per {Audiences[random.Next(Audiences.Length)]}: che cosa ha funzionato e che cosa rifaremmo diversamente.",
                BodyMarkdown = body.Markdown,
                BodyHtml = body.Html,
                Level = levels[random.Next(levels.Length)],
                Channels = Pick(PracticeChannels.All, random, 1, 3),
                TargetRoleIds = [.. Pick(roleIds, random, 1, 3).Order()],
                Tags = Pick(Tags, random, 1, 4),
                AuthorId = members[random.Next(members.Count)].Id,
                Status = status,
                Featured = status == PracticeStatus.Published && featured++ < 12,
                ResourceUrl = kind == PracticeKind.Resource ? $"https://risorse.example/{i}" : null,
                ResourceFormat = kind == PracticeKind.Resource ? formats[random.Next(formats.Length)] : null,
                StoryOrganisation = kind == PracticeKind.Story ? $"{LastNames[random.Next(LastNames.Length)]} S.r.l." : null,
                StorySector = kind == PracticeKind.Story ? Sectors[random.Next(Sectors.Length)] : null,
                StoryYear = kind == PracticeKind.Story ? now.Year - random.Next(8) : null,
                StoryOutcome = kind == PracticeKind.Story ? "Più richieste di contatto e un gruppo di clienti che partecipa alle discussioni." : null,
                Steps = kind is PracticeKind.Method or PracticeKind.Technique ? Pick(Steps, random, 3, 6) : [],
                CreatedAt = created,
                UpdatedAt = published ?? sent ?? created,
                SubmittedAt = sent,
                PublishedAt = published,
            };
        }
    }

    /// <summary>The version 1 the application writes when a practice is first published.</summary>
    private static IEnumerable<PracticeRevision> FirstRevisions(IEnumerable<Practice> practices) =>
        practices.Where(p => p.PublishedAt is not null).Select(p => PracticeRevision.FirstPublished(p, decidedById: null, p.PublishedAt!.Value));

    /// <summary>Most practices get a few marks, a few get many; each practice's counter is set to its marks.</summary>
    private static IEnumerable<PracticeUsefulMark> UsefulMarks(List<Practice> practices, List<Member> members, Random random, DateTimeOffset now)
    {
        foreach (var practice in practices.Where(p => p.Status == PracticeStatus.Published))
        {
            var count = (int)(Math.Pow(random.NextDouble(), 4) * Math.Min(80, members.Count - 1));
            var span = Math.Max(1, (int)(now - practice.PublishedAt!.Value).TotalMinutes);
            var chosen = new HashSet<Guid>();
            while (chosen.Count < count)
            {
                var member = members[random.Next(members.Count)];
                if (member.Id != practice.AuthorId && chosen.Add(member.Id))
                {
                    yield return new PracticeUsefulMark { PracticeId = practice.Id, MemberId = member.Id, At = practice.PublishedAt!.Value.AddMinutes(random.Next(span)) };
                }
            }

            practice.UsefulCount = chosen.Count;
        }
    }

    private static T[] Pick<T>(IReadOnlyList<T> pool, Random random, int min, int max)
    {
        var count = random.Next(min, max + 1);
        var picked = new List<T>(count);
        while (picked.Count < count && picked.Count < pool.Count)
        {
            var item = pool[random.Next(pool.Count)];
            if (!picked.Contains(item))
            {
                picked.Add(item);
            }
        }

        return [.. picked];
    }
}
